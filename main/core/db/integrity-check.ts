/** Starts the background integrity check of a database file (db/integrity-worker.ts). */
import { startWorker } from '../workers/run';

export interface IntegrityJob {
  dbFile: string;
  nativeBinding?: string;
  /** A backup just written: switched to a rollback journal (one file) before it is checked. */
  standalone?: boolean;
}

/** `problems`: null when sound; `failed`: the check itself could not run (not damage). */
export type IntegrityResult = { problems: string | null } | { failed: string };

export function runIntegrityCheck(job: IntegrityJob): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    const worker = startWorker('integrity-worker', job);
    worker.once('message', (result: IntegrityResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve({ failed: error.message }));
  });
}
