/** Worker thread: imports comment packages on its own database connection, off the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { openDatabase } from '../db/database';
import { importCommentFile } from '../packages/import-files';

interface Input {
  dbFile: string;
  nativeBinding?: string;
  files: Array<{ name: string; data: Uint8Array }>;
}

const input = workerData as Input;
try {
  const db = openDatabase(input.dbFile, { nativeBinding: input.nativeBinding });
  const results: PackageFileResult[] = [];
  try {
    input.files.forEach((file, index) => {
      const result = importCommentFile(db, { name: file.name, data: Buffer.from(file.data) });
      results.push(result);
      parentPort!.postMessage({ type: 'progress', progress: { done: index + 1, total: input.files.length, result } });
    });
  } finally {
    db.close();
  }
  parentPort!.postMessage({ type: 'done', result: results });
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: (error as Error).message });
}
