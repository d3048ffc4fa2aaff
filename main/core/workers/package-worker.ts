/**
 * Worker thread: writes comment packages as the verifying worker hands them over, one import at a
 * time, each on a database connection of its own opened for it (a restored backup may have
 * replaced the file since the last import). Results are reported in groups as they are committed
 * (packages/commit-groups.ts). It stays up between imports (workers/comment-import.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { openDatabase } from '../db/database';
import { CommitGroups } from '../packages/commit-groups';
import { applyVerifiedFile } from '../packages/import-files';
import { MeaningLookups } from '../packages/package-meaning';
import type { VerifiedFile, WriteJob, WriterMessage } from './import-protocol';

const { port } = workerData as { port: MessagePort };
const post = (message: WriterMessage): void => parentPort!.postMessage(message);

interface Run {
  job: number;
  accept(message: VerifiedFile): void;
}

let current: Run | null = null;
let lastJob = 0;
/** Files verified before their job reached this worker (the verifier starts during the backup). */
const early = new Map<number, VerifiedFile[]>();

function start({ job, dbFile, nativeBinding, total }: WriteJob): Run | null {
  const results: PackageFileResult[] = new Array(total);
  if (total === 0) {
    post({ job, type: 'done', result: results });
    return null;
  }
  const db = openDatabase(dbFile, { nativeBinding });
  // The log is copied into the database after the results are out, not in the middle of the import.
  db.pragma('wal_autocheckpoint = 0');
  // Each package is a SAVEPOINT inside its commit group: SQLite keeps the pages it changes for the
  // rollback in a sub-journal, a temporary file by default. In memory (a package's pages, ~1 MB) the
  // writer spends a fifth less CPU on 100,000 comments.
  db.pragma('temp_store = MEMORY');
  // This connection writes comments only: the dossier facts it reads stay true unless another commits.
  const lookups = new MeaningLookups(db);
  let received = 0;
  let reported = 0;
  const end = (): void => {
    if (current?.job === job) current = null;
  };
  // Closing the connection rolls back the open group: nothing of it was reported as imported.
  const fail = (error: unknown): void => {
    end();
    groups.abandon();
    if (db.open) db.close();
    post({ job, type: 'error', message: (error as Error).message });
  };
  const groups = new CommitGroups(db, (committed) => {
    for (const { index, result } of committed) {
      results[index] = result;
      post({ job, type: 'progress', progress: { done: ++reported, total, result } });
    }
    if (reported < total) return;
    end();
    post({ job, type: 'done', result: results });
    db.pragma('wal_checkpoint(PASSIVE)');
    db.close();
  });
  return {
    job,
    accept(message) {
      try {
        if ('rejected' in message) groups.addRefused(message.index, message.rejected);
        else groups.apply(message.index, () => applyVerifiedFile(db, message.verified, lookups));
        if (++received === total) groups.commit();
      } catch (error) {
        fail(error);
      }
    },
  };
}

parentPort!.on('message', (job: WriteJob) => {
  try {
    lastJob = job.job;
    current = start(job);
    const waiting = early.get(job.job) ?? [];
    early.delete(job.job);
    for (const message of waiting) current?.accept(message);
  } catch (error) {
    current = null;
    post({ job: job.job, type: 'error', message: (error as Error).message });
  }
});

port.on('message', (message: VerifiedFile) => {
  if (current?.job === message.job) current.accept(message);
  // A later import's files, verified while this worker still waits for its job: kept until it comes.
  else if (message.job > lastJob) {
    const waiting = early.get(message.job) ?? [];
    waiting.push(message);
    early.set(message.job, waiting);
  }
});
