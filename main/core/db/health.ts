/**
 * Damage inside the database file (a sector overwritten, a disk fault): SQLite opens such a file
 * and fails later, on the damaged pages only. So the app checks cheaply when it opens the file
 * (`PRAGMA quick_check`), fully in the background afterwards (`PRAGMA integrity_check`, in a worker
 * thread), and whenever a query meets SQLITE_CORRUPT. Once damage is known the connection is made
 * read-only (`query_only`): nothing more is written into a damaged file, and every refusal points
 * to the restore of a backup.
 */
import type { Db } from './database';
import { AppError } from '../errors';

const damaged = new WeakMap<Db, string>();

/** The first few problems `PRAGMA quick_check` or `integrity_check` reports, or null when the file is sound. */
export function checkDatabase(db: Db, kind: 'quick_check' | 'integrity_check', maxErrors = 5): string | null {
  const rows = db.pragma(`${kind}(${maxErrors})`) as Array<Record<string, string>>;
  const problems = rows.map((r) => Object.values(r)[0]);
  return problems.length === 1 && problems[0] === 'ok' ? null : problems.join('; ');
}

/** Records the damage and stops every write on this connection. */
export function markDamaged(db: Db, detail: string): void {
  if (damaged.has(db)) return;
  damaged.set(db, detail);
  if (db.open) db.pragma('query_only = ON');
}

export function damageOf(db: Db): string | null {
  return damaged.get(db) ?? null;
}

export function damageError(file: string, detail: string): AppError {
  return new AppError('db_corrupt', 'db.damaged', { file, detail: detail.slice(0, 200) });
}

/** Refuses a write on a database known to be damaged. */
export function assertWritable(db: Db): void {
  const detail = damageOf(db);
  if (detail !== null) throw damageError(db.name, detail);
}

/** SQLite's own codes for a damaged or foreign file, as better-sqlite3 reports them. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** A write refused by `query_only` (the connection was marked damaged). */
export function isQueryOnlyRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_READONLY';
}

/** The native binding a connection was opened with, for a worker's own connection (Electron's build). */
const bindings = new WeakMap<Db, string>();
export function rememberNativeBinding(db: Db, nativeBinding: string | undefined): void {
  if (nativeBinding) bindings.set(db, nativeBinding);
}
export function nativeBindingOf(db: Db): string | undefined {
  return bindings.get(db);
}
