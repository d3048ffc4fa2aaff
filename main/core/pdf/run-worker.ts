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
import { AppError } from '../errors';
import { locateWorker, runWorkerJob } from '../workers/runner';
import type { FromWorker, PdfJob, ToWorker } from './worker-protocol';

export const BUNDLED_WORKER = 'pdf-worker.js';

export interface RunPdfWorkerOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Overrides where the worker is looked for (a built `pdf-worker.js`, or `worker.ts`). */
  workerFile?: string;
}

/** How long a cancelled worker may take to clean up before it is stopped outright. */
const CANCEL_GRACE_MS = 10_000;

/** Pages made, or null for a .docx. */
export interface ExportResult {
  pages: number | null;
}

export function runPdfWorker(job: PdfJob, opts: RunPdfWorkerOptions = {}): Promise<ExportResult> {
  const { signal } = opts;
  return runWorkerJob<FromWorker, ExportResult>({
    file: opts.workerFile && existsSync(opts.workerFile) ? opts.workerFile : locateWorker('pdf-worker'),
    workerData: job,
    signal,
    cancelMessage: { type: 'cancel' } satisfies ToWorker,
    cancelGraceMs: CANCEL_GRACE_MS,
    onMessage: (m) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') return { done: { pages: m.pages } };
      else return { failed: m.aborted && signal ? signal.reason : new Error(m.message) };
      return undefined;
    },
    failure: (reason) => {
      if (reason.kind === 'aborted') return reason.reason;
      if (reason.kind === 'error') return reason.error;
      if (reason.kind === 'exit') return new AppError('internal', 'export.worker_exit', { code: String(reason.code) });
      if (reason.kind === 'out-of-memory') return new AppError('internal', 'export.worker_out_of_memory');
      return new AppError('internal', 'export.worker_timeout', { seconds: Math.round(reason.ms / 1000) });
    },
  });
}
