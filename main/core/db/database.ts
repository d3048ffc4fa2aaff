/**
 * Opens the SQLite database: pragmas, then migrations one transaction each. A database written by a
 * newer app version is refused, never touched; a file that is not a database is reported as such.
 */
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new AppError('db_corrupt', `Không mở được cơ sở dữ liệu ${file}: ${(error as Error).message}`);
  }
  try {
    // Reading the schema version first also detects a file that is not a SQLite database.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'db_newer',
        `Cơ sở dữ liệu này được tạo bởi một phiên bản mới hơn của ứng dụng (lược đồ ${version}, ứng dụng hỗ trợ đến ${SCHEMA_VERSION}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.`,
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a committed comment or draft survives a power cut, not only a crash.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB' || (error as { code?: string }).code === 'SQLITE_CORRUPT') {
      throw new AppError('db_corrupt', `Tệp ${file} không phải là cơ sở dữ liệu hợp lệ hoặc đã bị hỏng; tệp được giữ nguyên.`);
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
