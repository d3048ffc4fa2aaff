/**
 * Main-side helper: parses an import file in a worker thread so the window never freezes on a large
 * document. The worker is worker.ts run through tsx when the app runs from sources (vitest, the
 * CLI under tsx), or `import-worker.js` beside the bundled main file in a build (see
 * docs/docx-import.md for the electron-vite entry the build needs).
 */
import { basename } from 'node:path';
import type { Envelope } from '../../../shared/ipc/envelope';
import { AppError } from '../errors';
import { locateWorker, runWorkerJob } from '../workers/runner';
import type { ImportLimits } from './limits';
import { importErrors } from './messages';
import type { ParsedDocument } from './types';
import type { ImportWorkerData } from './worker';
import { msg, type MessageKey } from '../../../shared/messages/types';

export const BUNDLED_WORKER_NAME = 'import-worker.js';

export interface ParseInWorkerOptions {
  limits?: Partial<ImportLimits>;
  /** The worker script; default: see defaultWorkerFile(). */
  workerFile?: string;
  /** Heap cap of the worker (MB): a document that needs more is refused, the app lives on. */
  maxHeapMb?: number;
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** Also structure and number the lines in the worker (ParsedDocument.blocks), off the main thread. */
  withBlocks?: boolean;
}

/** worker.ts from TypeScript sources; otherwise the bundled import-worker.js (the worker runner's lookup). */
export function defaultWorkerFile(): string {
  return locateWorker('import-worker');
}

export function parseInWorker(path: string, options: ParseInWorkerOptions = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const workerData: ImportWorkerData = { path, limits: options.limits, ...(options.withBlocks ? { withBlocks: true } : {}) };
  return runWorkerJob<Envelope<ParsedDocument>, ParsedDocument>({
    file: options.workerFile ?? defaultWorkerFile(),
    workerData,
    maxHeapMb: options.maxHeapMb ?? 1536,
    timeoutMs,
    onMessage: (result) =>
      result.ok
        ? { done: result.value }
        : { failed: AppError.of(result.error.code, { key: result.error.key as MessageKey, params: result.error.params }) },
    failure: (reason) => {
      if (reason.kind === 'timeout') return importErrors.timedOut(fileName, Math.round(timeoutMs / 1000));
      if (reason.kind === 'out-of-memory') return importErrors.outOfMemory(fileName);
      if (reason.kind === 'error') return importErrors.workerFailed(fileName, reason.error.message);
      if (reason.kind === 'exit')
        return importErrors.workerFailed(fileName, msg('import.detail.worker_exit', { code: String(reason.code) }));
      return importErrors.workerFailed(fileName, msg('import.detail.cancelled'));
    },
  });
}
