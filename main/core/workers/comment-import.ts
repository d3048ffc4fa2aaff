/**
 * Imports comment packages off the main thread with two workers joined by a message channel:
 * package-verify-worker checks each file (gunzip, hash, signature, schema) and hands it on;
 * package-worker writes what it is handed. On two cores the checks of the next package run while
 * the previous one is written.
 *
 * The pair stays up between imports and stops after a minute without one: the exchange screen
 * sends packages a few files at a time so its progress bar moves, and starting two threads
 * (~100 ms with their modules) for every few files cost more than the imports themselves. Imports
 * run one after another; idle workers do not keep the process alive.
 */
import { MessageChannel, type TransferListItem, type Worker } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { AppError } from '../errors';
import type { PackageFile } from '../packages/import-files';
import type { ImportProgress, VerifyJob, WriteJob, WriterMessage } from './import-protocol';
import { startWorker } from './run';

export type { ImportProgress } from './import-protocol';

export interface CommentImportInput {
  dbFile: string;
  nativeBinding?: string;
  files: PackageFile[];
}

export interface CommentImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** The writer starts once this settles (the backup before an import); the checks start at once. */
  writeAfter?: Promise<unknown>;
}

/** Starts a worker entry; the benchmark passes one that loads the bundled files. */
export type SpawnWorker = (entry: string, workerData: unknown, transferList: TransferListItem[]) => Worker;

export const VERIFY_WORKER = 'package-verify-worker';
export const WRITE_WORKER = 'package-worker';
const IDLE_MS = 60_000;

interface Pair {
  verifier: Worker;
  writer: Worker;
}

interface ActiveJob {
  job: number;
  onProgress?: (progress: ImportProgress) => void;
  resolve(results: PackageFileResult[]): void;
  reject(error: Error): void;
}

export class CommentImporter {
  private pair: Pair | null = null;
  private active: ActiveJob | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextJob = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spawn: SpawnWorker = startWorker,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Imports `input.files`; waits for the imports asked for before it. */
  run(input: CommentImportInput, options: CommentImportOptions = {}): Promise<PackageFileResult[]> {
    // It may fail while an earlier import still runs, before runNow listens: not an unhandled rejection.
    options.writeAfter?.catch(() => undefined);
    const result = this.queue.then(() => this.runNow(input, options));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the workers; an import in progress fails (its open group is rolled back). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const pair = this.pair;
    this.pair = null;
    this.active?.reject(new AppError('cancelled', 'package.import_stopped'));
    if (pair) await Promise.all([pair.verifier.terminate(), pair.writer.terminate()]);
  }

  private runNow(input: CommentImportInput, { onProgress, writeAfter }: CommentImportOptions): Promise<PackageFileResult[]> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const pair = (this.pair ??= this.start());
    pair.verifier.ref();
    pair.writer.ref();
    const job = this.nextJob++;
    const files = input.files.map((f) => ({ name: f.name, data: new Uint8Array(f.data) }));
    const done = new Promise<PackageFileResult[]>((resolve, reject) => {
      this.active = { job, onProgress, resolve, reject };
      pair.verifier.postMessage({ job, files } satisfies VerifyJob);
      (writeAfter ?? Promise.resolve()).then(
        () => {
          const write: WriteJob = { job, dbFile: input.dbFile, nativeBinding: input.nativeBinding, total: files.length };
          if (this.pair === pair && this.active?.job === job) pair.writer.postMessage(write);
        },
        (error: unknown) => {
          // The verifier is already at work on this import: start afresh next time.
          reject(error as Error);
          if (this.pair === pair) void this.close();
        },
      );
    });
    return done.finally(() => {
      if (this.active?.job === job) this.active = null;
      this.goIdle();
    });
  }

  private start(): Pair {
    const { port1, port2 } = new MessageChannel();
    const verifier = this.spawn(VERIFY_WORKER, { port: port1 }, [port1]);
    const writer = this.spawn(WRITE_WORKER, { port: port2 }, [port2]);
    const pair = { verifier, writer };
    const broken = (error: Error): void => {
      if (this.pair !== pair) return;
      this.pair = null;
      void verifier.terminate();
      void writer.terminate();
      this.active?.reject(error);
    };
    for (const [worker, entry] of [
      [verifier, VERIFY_WORKER],
      [writer, WRITE_WORKER],
    ] as const) {
      worker.on('error', broken);
      worker.on('exit', (code) => broken(new Error(`Worker ${entry} exited with code ${code}`)));
    }
    writer.on('message', (message: WriterMessage) => {
      const active = this.active;
      if (active?.job !== message.job) return;
      if (message.type === 'progress') active.onProgress?.(message.progress);
      else if (message.type === 'done') active.resolve(message.result);
      else active.reject(new Error(message.message));
    });
    return pair;
  }

  private goIdle(): void {
    const pair = this.pair;
    if (!pair || this.active) return;
    pair.verifier.unref();
    pair.writer.unref();
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}
