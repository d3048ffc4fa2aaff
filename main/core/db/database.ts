/**
 * Opens the SQLite database: pragmas, then migrations one transaction each. A database written by a
 * newer app version is refused, never touched; a file that is not a database is reported as such.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../errors';
import { checkDatabase, damageError, isCorruptionError, rememberNativeBinding } from './health';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * `quick`: run `PRAGMA quick_check` before anything is written, and refuse a damaged file (the
   * app's own opening; workers and tools that open a file already checked pass nothing). Only up to
   * QUICK_CHECK_MAX_BYTES: it reads every page (about 0.1–0.5 s for a province's 24 MB at 20,000
   * comments); a larger file is left to the full check in the background (db/health.ts).
   */
  check?: 'quick';
}

export const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * An empty file is not a new installation: it is a database whose content was lost (a disk full, a
 * failed copy). SQLite would take it as a new empty database and the app would mint a new key; it is
 * refused as damage instead and kept as it is. (A new database in WAL mode can be empty while its log
 * holds the first pages: that is left to SQLite.)
 */
function checkNotEmpty(file: string): void {
  if (!existsSync(file) || statSync(file).size > 0) return;
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return;
  throw new AppError('db_corrupt', 'db.empty_file', { file });
}

/**
 * A truncated file still opens, and fails later on the missing pages. The header records the
 * database size in pages (valid when its version-valid-for field equals the change counter): a
 * file shorter than that lost its tail.
 */
function checkNotTruncated(file: string): void {
  if (!existsSync(file)) return;
  // After a crash in the middle of a checkpoint the header may already count pages that only the
  // write-ahead log holds yet: SQLite replays the log when it opens the file, so trust it then.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return;
  const size = statSync(file).size;
  if (size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return; // Not SQLite: reported below.
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if ((valid && pages * pageSize > size) || size < pageSize) {
    throw new AppError('db_corrupt', 'db.truncated', { file });
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  checkNotEmpty(file);
  checkNotTruncated(file);
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new AppError('db_corrupt', 'db.cannot_open', { file, detail: (error as Error).message });
  }
  try {
    // Reading the schema version first also detects a file that is not a SQLite database.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError('db_newer', 'db.newer', { version: String(version), supported: String(SCHEMA_VERSION) });
    }
    if (options.check === 'quick' && existsSync(file) && statSync(file).size <= QUICK_CHECK_MAX_BYTES) {
      const problems = checkDatabase(db, 'quick_check');
      if (problems !== null) throw damageError(file, problems);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a committed comment or draft survives a power cut, not only a crash.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    rememberNativeBinding(db, options.nativeBinding);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (isCorruptionError(error)) {
      throw new AppError('db_corrupt', 'db.not_a_database', { file });
    }
    throw error;
  }
}

/** Applies every migration above the database's `user_version`, each in its own transaction. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
