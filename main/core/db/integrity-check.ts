/**
 * The full integrity check of a database file, on a connection of its own: in this thread for a
 * small file, in a worker thread (workers/integrity-worker.ts) for a large one, so the window keeps
 * answering while every page is read.
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { startWorker } from '../workers/run';

export interface IntegrityJob {
  dbFile: string;
  nativeBinding?: string;
  /** A backup just written: switched to a rollback journal (one file, no -wal/-shm) before it is checked. */
  standalone?: boolean;
  /** In a worker whatever the size (tests of the worker path). */
  inWorker?: boolean;
}

/** `problems`: null when sound; `failed`: the check itself could not run (not damage). */
export type IntegrityResult = { problems: string | null } | { failed: string };

/** Below this size the check takes milliseconds: starting a worker would cost more. */
const IN_THREAD_BYTES = 8 * 1024 * 1024;

export function checkFileNow({ dbFile, nativeBinding, standalone }: IntegrityJob): IntegrityResult {
  try {
    const db = new Database(dbFile, { readonly: !standalone, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      if (standalone) db.pragma('journal_mode = DELETE');
      const rows = db.pragma('integrity_check(5)') as Array<Record<string, string>>;
      const problems = rows.map((r) => Object.values(r)[0]);
      return { problems: problems.length === 1 && problems[0] === 'ok' ? null : problems.join('; ') };
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
    return damaged ? { problems: (error as Error).message } : { failed: (error as Error).message };
  }
}

export function runIntegrityCheck(job: IntegrityJob): Promise<IntegrityResult> {
  if (!job.inWorker && statSync(job.dbFile).size < IN_THREAD_BYTES) return Promise.resolve(checkFileNow(job));
  return new Promise((resolve) => {
    const worker = startWorker('integrity-worker', job);
    worker.once('message', (result: IntegrityResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve({ failed: error.message }));
  });
}
