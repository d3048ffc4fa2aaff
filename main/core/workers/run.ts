/**
 * Starts a worker thread from its entry name. From TypeScript sources (tsx, vitest) the worker
 * loads the .ts file through tsx; from the electron-vite bundle it loads the emitted .js beside
 * the main bundle (electron.vite.config.ts lists each worker as an entry).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';

export function startWorker(entry: string, workerData: unknown, transferList: TransferListItem[] = []): Worker {
  const fromSource = __filename.endsWith('.ts');
  // In the bundle this code may sit in out/main/chunks/: the worker entries are in out/main/.
  const candidates = fromSource
    ? [join(__dirname, `${entry}.ts`)]
    : [join(__dirname, `${entry}.js`), join(__dirname, '..', `${entry}.js`)];
  const file = candidates.find((c) => existsSync(c));
  if (!file) throw new Error(`Worker entry not found: ${candidates.join(', ')}`);
  if (!fromSource) return new Worker(file, { workerData, transferList });
  // Workers ignore loader flags such as --import: register tsx's require hook inside the worker.
  const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { eval: true, workerData, transferList });
}

/** Runs a worker to completion, forwarding its progress messages. */
export function runWorker<P, R>(entry: string, workerData: unknown, onProgress?: (progress: P) => void): Promise<R> {
  return settleWorker(startWorker(entry, workerData), entry, onProgress);
}

/** The outcome of a started worker: its `done` result, its `error` message, or its exit without either. */
export function settleWorker<P, R>(worker: Worker, entry: string, onProgress?: (progress: P) => void): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    worker.on(
      'message',
      (message: { type: 'progress'; progress: P } | { type: 'done'; result: R } | { type: 'error'; message: string }) => {
        if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'done') {
          settled = true;
          resolve(message.result);
        } else {
          settled = true;
          reject(new Error(message.message));
        }
      },
    );
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`Worker ${entry} exited with code ${code}`));
    });
  });
}
