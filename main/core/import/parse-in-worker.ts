/**
 * Main-side helper: parses an import file in a worker thread so the window never freezes on a large
 * document. The worker is worker.ts run through tsx when the app runs from sources (vitest, the
 * CLI under tsx), or `import-worker.js` beside the bundled main file in a build (see
 * docs/docx-import.md for the electron-vite entry the build needs).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Envelope } from '../../../shared/ipc/envelope';
import { AppError } from '../errors';
import type { ImportLimits } from './limits';
import { importErrors } from './messages';
import type { ParsedDocument } from './types';
import type { ImportWorkerData } from './worker';

export const BUNDLED_WORKER_NAME = 'import-worker.js';

export interface ParseInWorkerOptions {
  limits?: Partial<ImportLimits>;
  /** The worker script; default: see defaultWorkerFile(). */
  workerFile?: string;
  /** Heap cap of the worker (MB): a document that needs more is refused, the app lives on. */
  maxHeapMb?: number;
  /** Give up after this long (ms). */
  timeoutMs?: number;
}

/**
 * worker.ts beside this file when running from TypeScript sources; otherwise the bundled
 * import-worker.js, next to this code or one folder up (when the bundler put this code in chunks/).
 */
export function defaultWorkerFile(): string {
  const source = join(__dirname, 'worker.ts');
  if (__filename.endsWith('.ts') && existsSync(source)) return source;
  const candidates = [join(__dirname, BUNDLED_WORKER_NAME), join(__dirname, '..', BUNDLED_WORKER_NAME)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** Node options for the worker: a .ts worker is loaded through tsx's require hook. */
function execArgvFor(workerFile: string): string[] {
  if (!workerFile.endsWith('.ts')) return [];
  return ['--require', createRequire(__filename).resolve('tsx/cjs')];
}

export function parseInWorker(path: string, options: ParseInWorkerOptions = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const workerData: ImportWorkerData = { path, limits: options.limits };

  return new Promise<ParsedDocument>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(workerFile, {
      workerData,
      execArgv: execArgvFor(workerFile),
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1536 },
    });
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => {
      finish(() => reject(importErrors.timedOut(fileName, Math.round(timeoutMs / 1000))));
      void worker.terminate();
    }, timeoutMs);

    worker.on('message', (result: Envelope<ParsedDocument>) => {
      finish(() => (result.ok ? resolve(result.value) : reject(new AppError(result.error.code, result.error.message))));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? importErrors.outOfMemory(fileName)
            : importErrors.workerFailed(fileName, error.message),
        ),
      );
    });
    worker.on('exit', (code) => {
      finish(() => reject(importErrors.workerFailed(fileName, `luồng đọc tệp dừng với mã ${code}`)));
    });
  });
}
