/**
 * Worker thread: the full `PRAGMA integrity_check` of a database file, on a read-only connection of
 * its own, so the window keeps answering while it reads every page. Posts the problems found, or
 * null when the file is sound (db/health.ts). A new backup (`standalone`) is first taken out of WAL
 * mode, so that it stays one file.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { IntegrityJob, IntegrityResult } from '../db/integrity-check';

const { dbFile, nativeBinding, standalone } = workerData as IntegrityJob;
let result: IntegrityResult;
try {
  const db = new Database(dbFile, { readonly: !standalone, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // A backup is one file: out of WAL mode, it is read (checked, restored) without -wal/-shm beside it.
    if (standalone) db.pragma('journal_mode = DELETE');
    const rows = db.pragma('integrity_check(5)') as Array<Record<string, string>>;
    const problems = rows.map((r) => Object.values(r)[0]);
    result = { problems: problems.length === 1 && problems[0] === 'ok' ? null : problems.join('; ') };
  } finally {
    db.close();
  }
} catch (error) {
  const code = (error as { code?: string }).code ?? '';
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  result = damaged ? { problems: (error as Error).message } : { failed: (error as Error).message };
}
parentPort!.postMessage(result);
