/**
 * The one way the core starts a worker thread. It finds the worker's file (the .js entry beside the
 * bundle, electron-vite's out/main or the CLI's out/cli, or the .ts source run through tsx), caps
 * its heap, and for a one-shot job (`runWorkerJob`) adds a timeout, cancellation (a cancel message,
 * then termination after a grace period) and progress messages, and turns every way a thread can
 * end without a result (timeout, out of memory, crash, exit) into one error the caller words.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';

/** Each worker entry and its source, relative to main/core (the bundles emit `<entry>.js`). */
export const WORKER_SOURCES = {
  'package-worker': 'workers/package-worker.ts',
  'package-verify-worker': 'workers/package-verify-worker.ts',
  'import-worker': 'import/worker.ts',
  'pdf-worker': 'pdf/worker.ts',
  'integrity-worker': 'workers/integrity-worker.ts',
} as const;
export type WorkerEntry = keyof typeof WORKER_SOURCES;

/** Heap cap of a worker unless its launcher says otherwise (MB). */
export const DEFAULT_WORKER_HEAP_MB = 1536;

/** The worker's file: its .ts source when this code runs from sources, else the bundled .js. */
export function locateWorker(entry: WorkerEntry): string {
  if (__filename.endsWith('.ts')) return join(__dirname, '..', WORKER_SOURCES[entry]);
  // In a bundle this code may sit in chunks/: the worker entries are one folder up.
  const candidates = [join(__dirname, `${entry}.js`), join(__dirname, '..', `${entry}.js`)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

export interface SpawnOptions {
  workerData?: unknown;
  transferList?: TransferListItem[];
  maxHeapMb?: number;
}

/** Starts a worker on `file`; a .ts file is loaded through tsx's require hook inside the thread. */
export function spawnWorker(file: string, options: SpawnOptions = {}): Worker {
  if (!existsSync(file)) throw new Error(`Worker file not found: ${file}`);
  const settings = {
    workerData: options.workerData,
    transferList: options.transferList,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB },
  };
  if (!file.endsWith('.ts')) return new Worker(file, settings);
  // Workers ignore loader flags such as --import: register tsx inside the thread, then load the entry.
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`;
  return new Worker(code, { ...settings, eval: true });
}

export type WorkerFailure =
  | { kind: 'timeout'; ms: number }
  | { kind: 'out-of-memory' }
  | { kind: 'error'; error: Error }
  | { kind: 'exit'; code: number }
  | { kind: 'aborted'; reason: unknown };

/** What a message from the worker means: the result, a failure, or neither (progress, handled). */
export type MessageOutcome<R> = { done: R } | { failed: unknown } | undefined;

export interface WorkerJob<M, R> extends SpawnOptions {
  file: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Posted on abort so the worker can clean up; without it an abort terminates the thread at once. */
  cancelMessage?: unknown;
  /** How long a cancelled worker may take to clean up before it is terminated. */
  cancelGraceMs?: number;
  onMessage(message: M): MessageOutcome<R>;
  /** The error for a thread that ended without a result. */
  failure(reason: WorkerFailure): unknown;
}

/** Runs one job in its own thread and settles with its result; the thread ends with the job. */
export function runWorkerJob<M, R>(job: WorkerJob<M, R>): Promise<R> {
  // The thread got its own copy of `workerData`; nothing below keeps the job's (an export's input
  // is the whole report), so it can be collected while the thread works.
  const { workerData: _data, transferList: _transfers, ...handling } = job;
  if (handling.signal?.aborted) return Promise.reject(handling.failure({ kind: 'aborted', reason: handling.signal.reason }));
  let worker: Worker;
  try {
    worker = spawnWorker(job.file, job);
  } catch (error) {
    return Promise.reject(handling.failure({ kind: 'error', error: error as Error }));
  }
  return watchWorker(worker, handling);
}

function watchWorker<M, R>(worker: Worker, job: Omit<WorkerJob<M, R>, 'workerData' | 'transferList'>): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const { signal } = job;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer = job.timeoutMs
      ? setTimeout(() => end({ error: job.failure({ kind: 'timeout', ms: job.timeoutMs ?? 0 }) }), job.timeoutMs)
      : undefined;
    function end(outcome: { value: R } | { error: unknown }): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
      void worker.terminate();
    }
    const fail = (reason: WorkerFailure): void => end({ error: job.failure(reason) });
    function onAbort(): void {
      if (job.cancelMessage === undefined) return fail({ kind: 'aborted', reason: signal?.reason });
      worker.postMessage(job.cancelMessage);
      killTimer = setTimeout(() => fail({ kind: 'aborted', reason: signal?.reason }), job.cancelGraceMs ?? 10_000);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: M) => {
      const outcome = job.onMessage(message);
      if (!outcome) return;
      end('done' in outcome ? { value: outcome.done } : { error: outcome.failed });
    });
    worker.on('error', (error: Error & { code?: string }) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'error', error }),
    );
    worker.on('exit', (code) => fail(signal?.aborted ? { kind: 'aborted', reason: signal.reason } : { kind: 'exit', code }));
  });
}
