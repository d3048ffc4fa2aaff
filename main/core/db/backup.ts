/**
 * Automatic backups with SQLite's online backup API: before every import and once a day, keeping
 * the last few. A backup counts only once verified: it is written under a temporary name, checked
 * (`PRAGMA integrity_check`, in a worker thread) and only then renamed to its final name, so a
 * process killed while it is written leaves no backup that looks whole. Restoring never overwrites
 * a file: the current one is kept aside, and the swap is one rename.
 *
 * A backup runs while the window keeps answering (one is taken before every import): the pages are
 * copied a few at a time between turns of the event loop, the file is synced through libuv's
 * thread pool, and the check of anything but a tiny file runs in a worker thread.
 */
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backups';
import { msg, type MessageRef } from '../../../shared/messages/types';
import { AppError } from '../errors';
import type { Db } from './database';
import { damageError, markDamaged, nativeBindingOf } from './health';
import { runIntegrityCheck } from './integrity-check';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 10;
const NAME = /^gop-y-hdnd-(\d{8}-\d{6}(?:-\d+)?)-([a-z-]+)\.sqlite$/u;
/** A backup being written or checked: never listed, never restored. */
const PARTIAL = '.dang-ghi';
/** A partial file older than this was left by a process that died (no backup takes an hour). */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

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
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name, 'en', { numeric: true }));
}

/**
 * Pages copied per turn of the event loop (4 KB each): a step of 32 takes about a millisecond, so a
 * backup of any size never holds the main thread for long.
 */
export const BACKUP_PAGES_PER_STEP = 32;
/** After this many restarts (another connection wrote meanwhile) the rest is copied in one step. */
const MAX_RESTARTS = 3;
/** Below this size the backup's integrity check takes a few milliseconds: no worker for it. */
export const CHECK_IN_THREAD_BELOW_BYTES = 1024 * 1024;

/**
 * The progress handler of `db.backup`: a few pages per step. SQLite starts the copy again when
 * another connection writes to the source meanwhile (the same connection's writes are carried
 * over); after a few restarts the rest goes in one step, so a busy writer cannot keep it going.
 */
function smallSteps(): (p: { totalPages: number; remainingPages: number }) => number {
  let last = Infinity;
  let restarts = 0;
  return ({ remainingPages }) => {
    if (remainingPages > last) restarts++;
    last = remainingPages;
    return restarts >= MAX_RESTARTS ? 0x7fffffff : BACKUP_PAGES_PER_STEP;
  };
}

/** fsync on libuv's thread pool: the main thread goes on meanwhile. */
async function syncFileAsync(file: string, flags: 'r' | 'r+' = 'r+'): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a file's data and its directory entry to the disk. */
function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDir(dir: string): void {
  if (process.platform === 'win32') return; // Directories cannot be opened for fsync there.
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeStalePartials(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(PARTIAL)) continue;
    const file = join(dir, name);
    if (now - statSync(file).mtimeMs > STALE_PARTIAL_MS) rmSync(file, { force: true });
  }
}

/**
 * Backs the live database up; returns the backup's name. Refused (and the database marked damaged,
 * so that nothing more is written into it) when the copy fails its integrity check: a damaged
 * database is not backed up as if it were good. Old backups beyond KEEP_BACKUPS go.
 */
export async function backupDatabase(
  db: Db,
  dataDir: string,
  reason: 'import' | 'daily' | 'restore' | 'manual',
  now = new Date(),
): Promise<string> {
  const dir = join(dataDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  removeStalePartials(dir, Date.now());
  let name = `gop-y-hdnd-${stamp(now)}-${reason}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)) || existsSync(join(dir, name + PARTIAL)); n++)
    name = `gop-y-hdnd-${stamp(now)}-${n}-${reason}.sqlite`;
  const partial = join(dir, name + PARTIAL);
  try {
    await db.backup(partial, { progress: smallSteps() });
    await syncFileAsync(partial);
    const inWorker = statSync(partial).size >= CHECK_IN_THREAD_BELOW_BYTES;
    const check = await runIntegrityCheck({ dbFile: partial, nativeBinding: nativeBindingOf(db), standalone: true, inWorker });
    if ('failed' in check) throw new AppError('internal', 'backup.check_failed', { detail: check.failed });
    if (check.problems !== null) {
      markDamaged(db, check.problems);
      throw damageError(db.name, check.problems);
    }
    renameSync(partial, join(dir, name));
    if (process.platform !== 'win32') await syncFileAsync(dir, 'r'); // Directories cannot be opened for fsync there.
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(leftover, { force: true });
  }
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
 * What is wrong with a backup file, or null when it is a sound database (full integrity check,
 * on this thread: used by the restore, when nothing else is running). SQLite's own words are
 * technical detail, passed on as they are (200 characters at most).
 */
export function backupProblem(file: string, nativeBinding?: string): MessageRef | null {
  const detail = (text: string): MessageRef => msg('text.raw', { text: text.slice(0, 200) });
  let db: Database.Database | null = null;
  try {
    if (statSync(file).size === 0) return msg('backup.empty_file');
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('integrity_check(3)') as Array<Record<string, string>>;
    const problems = rows.map((r) => Object.values(r)[0]);
    return problems.length === 1 && problems[0] === 'ok' ? null : detail(problems.join('; '));
  } catch (error) {
    return detail((error as Error).message);
  } finally {
    db?.close();
    // Reading a backup left in WAL mode (made by an older version) creates an empty log beside it.
    if (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size === 0) {
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
    }
  }
}

export interface GoodBackup {
  name: string;
  /** Newer backups passed over because they failed their check, each with why. */
  skipped: Array<{ name: string; problem: MessageRef }>;
}

/** The newest backup that passes its integrity check, or null (with the ones that failed). */
export function newestGoodBackup(dataDir: string, nativeBinding?: string): GoodBackup | null {
  const skipped: GoodBackup['skipped'] = [];
  for (const b of listBackups(dataDir)) {
    const problem = backupProblem(join(dataDir, BACKUP_DIR, b.name), nativeBinding);
    if (problem === null) return { name: b.name, skipped };
    skipped.push({ name: b.name, problem });
  }
  return null;
}

function checkedBackupName(dataDir: string, backupName: string, nativeBinding?: string): string {
  if (!NAME.test(backupName) || basename(backupName) !== backupName) throw new AppError('invalid_input', 'backup.bad_name');
  const source = join(dataDir, BACKUP_DIR, backupName);
  if (!existsSync(source)) throw new AppError('not_found', 'backup.not_found', { name: backupName });
  const problem = backupProblem(source, nativeBinding);
  if (problem !== null) throw new AppError('db_corrupt', 'backup.damaged', { name: backupName, detail: problem });
  return source;
}

/**
 * Puts a backup (checked first) in place of the database file (closed by the caller). The current
 * file is kept aside (a hard link, its WAL moved beside it), then the checked copy replaces it in
 * one rename: a process killed at any point leaves either the old database or the restored one,
 * never a half-copied file nor no file at all.
 */
export function restoreBackupFile(
  dataDir: string,
  dbFile: string,
  backupName: string,
  now = new Date(),
  nativeBinding?: string,
): { movedAside: string | null } {
  const source = checkedBackupName(dataDir, backupName, nativeBinding);
  const incoming = `${dbFile}.dang-khoi-phuc`;
  copyFileSync(source, incoming);
  syncFile(incoming);
  let movedAside: string | null = null;
  if (existsSync(dbFile)) {
    movedAside = `${dbFile}.truoc-khoi-phuc-${stamp(now)}`;
    for (let n = 2; existsSync(movedAside); n++) movedAside = `${dbFile}.truoc-khoi-phuc-${stamp(now)}-${n}`;
    try {
      linkSync(dbFile, movedAside);
    } catch {
      copyFileSync(dbFile, movedAside); // A file system without hard links.
    }
  }
  // The old log must not be replayed into the restored file: it goes with the old file.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, (movedAside ?? `${dbFile}.log-cu-${stamp(now)}`) + suffix);
  }
  renameSync(incoming, dbFile);
  syncDir(dirname(dbFile));
  return { movedAside };
}
