/**
 * Automatic backups with SQLite's online backup API: before every import and once a day, keeping
 * the last few. Restoring never overwrites a damaged file: it is moved aside first.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backups';
import { AppError } from '../errors';
import type { Db } from './database';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 10;
const NAME = /^gop-y-hdnd-(\d{8}-\d{6}(?:-\d+)?)-([a-z-]+)\.sqlite$/u;

const stamp = (d: Date): string => d.toISOString().slice(0, 19).replace(/[-:]/gu, '').replace('T', '-');

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .map((name) => {
      const [, stampText, reason] = NAME.exec(name)!;
      const s = stampText.slice(0, 15); // YYYYMMDD-HHMMSS, without a "-2" added on a name clash
      // The time is in the name (UTC): copying the folder elsewhere does not change it.
      const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.000Z`;
      return { name, reason, createdAt, bytes: statSync(join(dir, name)).size };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** Backs the live database up; returns the backup's name. Old backups beyond KEEP_BACKUPS go. */
export async function backupDatabase(
  db: Db,
  dataDir: string,
  reason: 'import' | 'daily' | 'restore' | 'manual',
  now = new Date(),
): Promise<string> {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  let name = `gop-y-hdnd-${stamp(now)}-${reason}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `gop-y-hdnd-${stamp(now)}-${n}-${reason}.sqlite`;
  await db.backup(join(dir, name));
  // Kept per reason, so a day of imports does not push out the daily and manual backups.
  for (const old of listBackups(dataDir)
    .filter((b) => b.reason === reason)
    .slice(KEEP_BACKUPS))
    rmSync(join(dir, old.name), { force: true });
  return name;
}

/** A backup before an import, unless one was made in the last minutes (an import sent in batches). */
export async function backupBeforeImport(db: Db, dataDir: string, now = new Date()): Promise<string | null> {
  const recent = listBackups(dataDir).find((b) => b.reason === 'import');
  if (recent && now.getTime() - Date.parse(recent.createdAt) < IMPORT_BACKUP_INTERVAL_MS) return null;
  return backupDatabase(db, dataDir, 'import', now);
}

const IMPORT_BACKUP_INTERVAL_MS = 2 * 60 * 1000;

/** A daily backup when none was made today. */
export async function dailyBackupIfDue(db: Db, dataDir: string, now = new Date()): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  if (listBackups(dataDir).some((b) => b.name.includes(`-${today}-`))) return null;
  return backupDatabase(db, dataDir, 'daily', now);
}

/**
 * Puts a backup in place of the database file (closed by the caller). The current file, damaged
 * or not, is moved aside with its WAL, never overwritten or deleted.
 */
export function restoreBackupFile(
  dataDir: string,
  dbFile: string,
  backupName: string,
  now = new Date(),
): { movedAside: string | null } {
  if (!NAME.test(backupName) || basename(backupName) !== backupName)
    throw new AppError('invalid_input', 'Tên bản sao lưu không hợp lệ.');
  const source = join(dataDir, BACKUP_DIR, backupName);
  if (!existsSync(source)) throw new AppError('not_found', `Không tìm thấy bản sao lưu "${backupName}".`);
  let movedAside: string | null = null;
  if (existsSync(dbFile)) {
    movedAside = `${dbFile}.truoc-khoi-phuc-${stamp(now)}`;
    renameSync(dbFile, movedAside);
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, (movedAside ?? dbFile) + suffix);
  }
  copyFileSync(source, dbFile);
  return { movedAside };
}
