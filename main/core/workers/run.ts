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
