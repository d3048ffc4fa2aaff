export interface BackupInfo {
  /** File name inside the data folder's backups/. */
  name: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

export interface RestoreResult {
  restored: string;
  /** Where the replaced database file was moved (kept, never deleted). */
  movedAside: string | null;
}
