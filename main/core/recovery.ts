/** What every door says when the database cannot be opened, and how to restore the latest backup. */
import { join } from 'node:path';
import { DATABASE_FILE } from './context';
import { listBackups, restoreBackupFile } from './db/backup';
import { AppError } from './errors';

export interface StartupFailure {
  message: string;
  latestBackup: string | null;
}

export function describeStartupFailure(error: unknown, dataDir: string): StartupFailure {
  const latest = listBackups(dataDir)[0]?.name ?? null;
  const base = error instanceof AppError ? error.message : `Không mở được dữ liệu: ${String(error)}`;
  const offer = latest
    ? ` Có thể khôi phục bản sao lưu gần nhất (${latest}); tệp hiện tại sẽ được giữ lại bên cạnh, không bị ghi đè.`
    : ' Không có bản sao lưu nào trong thư mục dữ liệu.';
  return { message: base + offer, latestBackup: latest };
}

/** Restores a backup (by name, or the latest) in place of a database that would not open. */
export function restoreForStartup(dataDir: string, name: string | 'latest'): { restored: string; movedAside: string | null } {
  const chosen = name === 'latest' ? listBackups(dataDir)[0]?.name : name;
  if (!chosen) throw new AppError('not_found', 'Không có bản sao lưu nào để khôi phục.');
  const { movedAside } = restoreBackupFile(dataDir, join(dataDir, DATABASE_FILE), chosen);
  return { restored: chosen, movedAside };
}
