/**
 * Runs one PDF job in a worker thread, so a 20,000-comment report never freezes the window:
 * progress comes back as messages, an abort is passed on as a `cancel` (the worker deletes its
 * temporary file), and the promise settles with the page count or the error.
 *
 * Where the worker code is: in the built app, `pdf-worker.js` beside the main bundle (an extra
 * entry of the main build, see docs/pdf-layout.md); from the TypeScript sources (tsx, vitest),
 * `worker.ts` in this folder, loaded through tsx's require hook.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, PdfJob, ToWorker } from './worker-protocol';

export const BUNDLED_WORKER = 'pdf-worker.js';

export interface RunPdfWorkerOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Overrides where the worker is looked for (a built `pdf-worker.js`, or the folder of `worker.ts`). */
  workerFile?: string;
}

/** How long a cancelled worker may take to clean up before it is stopped outright. */
const CANCEL_GRACE_MS = 10_000;

function startWorker(job: PdfJob, workerFile: string | undefined): Worker {
  const file = workerFile ?? join(__dirname, BUNDLED_WORKER);
  if (file.endsWith('.js') && existsSync(file)) return new Worker(file, { workerData: job });
  const source = file.endsWith('.ts') ? file : join(__dirname, 'worker.ts');
  if (!existsSync(source)) throw new Error(`Không tìm thấy mã tạo PDF (${file}).`);
  // Development and tests: register tsx's require hook in the thread, then load the TS entry.
  const tsx = createRequire(source).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, workerData: job });
}

/** Pages made, or null for a .docx. */
export interface ExportResult {
  pages: number | null;
}

export function runPdfWorker(job: PdfJob, opts: RunPdfWorkerOptions = {}): Promise<ExportResult> {
  return new Promise<ExportResult>((resolve, reject) => {
    const { signal } = opts;
    if (signal?.aborted) return reject(signal.reason);
    let worker: Worker;
    try {
      worker = startWorker(job, opts.workerFile);
    } catch (error) {
      return reject(error);
    }
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      killTimer = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') settle(() => resolve({ pages: m.pages }));
      else settle(() => reject(m.aborted && signal ? signal.reason : new Error(m.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(signal?.aborted ? signal.reason : new Error(`Luồng tạo PDF dừng bất thường (mã ${code}).`))),
    );
  });
}
