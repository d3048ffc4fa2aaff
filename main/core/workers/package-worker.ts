/**
 * Worker thread: writes comment packages on its own database connection, off the main thread, as
 * the verifying worker hands them over (workers/comment-import.ts). Results are reported in groups
 * as they are committed (packages/commit-groups.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { openDatabase } from '../db/database';
import { CommitGroups } from '../packages/commit-groups';
import { applyVerifiedFile } from '../packages/import-files';
import type { VerifyMessage } from './package-verify-worker';

interface Input {
  dbFile: string;
  nativeBinding?: string;
  total: number;
  port: MessagePort;
}

const { dbFile, nativeBinding, total, port } = workerData as Input;
const post = (message: unknown): void => parentPort!.postMessage(message);

function run(): void {
  const results: PackageFileResult[] = new Array(total);
  const db = openDatabase(dbFile, { nativeBinding });
  // The log is copied into the database after the results are out, not in the middle of the import.
  db.pragma('wal_autocheckpoint = 0');
  let received = 0;
  let reported = 0;
  let failed = false;
  const finish = (): void => {
    port.close();
    post({ type: 'done', result: results });
    db.pragma('wal_checkpoint(PASSIVE)');
    db.close();
  };
  // Closing the connection rolls back the open group: nothing of it was reported as imported.
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    port.close();
    if (db.open) db.close();
    post({ type: 'error', message: (error as Error).message });
  };
  const groups = new CommitGroups(db, (committed) => {
    for (const { index, result } of committed) {
      results[index] = result;
      post({ type: 'progress', progress: { done: ++reported, total, result } });
    }
    if (reported === total) finish();
  });
  if (total === 0) return finish();
  port.on('message', (message: VerifyMessage) => {
    if (failed) return;
    try {
      if ('rejected' in message) groups.skip(message.index, message.rejected);
      else groups.apply(message.index, () => applyVerifiedFile(db, message.verified));
      if (++received === total) groups.commit();
    } catch (error) {
      fail(error);
    }
  });
  port.on('close', () => {
    if (received < total) fail(new Error(`the package verifier stopped after ${received} of ${total} files`));
  });
}

try {
  run();
} catch (error) {
  post({ type: 'error', message: (error as Error).message });
}
