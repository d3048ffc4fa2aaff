/**
 * Deflating the pages' content. pdfkit deflates every page at zlib's default level on the layout's
 * thread; here level 1 (about three times faster for a file about a quarter larger), and past the
 * first pages of a long document on a thread of its own, so layout and compression run side by
 * side: deflate was 13–15% of a 20,000-comment report's time, all of it on the layout's thread.
 *
 * pdfkit writes an object whenever its `finalize` runs and waits for every object before the xref
 * table, so a page's content may be written after the pages that follow it; the worker answers in
 * the order it was asked, so pages still come out in order. Output is the same bytes either way
 * (zlib level 1 on the same input).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';

const LEVEL = 1;

/** The worker: plain CommonJS on Node's own modules, so it needs no build step and no loader. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
parentPort.on('message', (pages) => {
  const out = pages.map((page) => new Uint8Array(deflateSync(page, { level: ${LEVEL} })));
  parentPort.postMessage(out, out.map((d) => d.buffer));
});
`;

/**
 * Pages go to the worker in batches (and whenever layout yields, flush()): a message per page cost
 * about as much of the layout's thread as deflating the page there.
 */
const BATCH_PAGES = 32;
const BATCH_BYTES = 512 << 10;

/**
 * Pages deflated on the layout's thread before the worker starts: a short document (a sheet, a
 * small report) never pays for starting a thread (tens of milliseconds).
 */
const PAGES_BEFORE_WORKER = 100;

export class Deflater {
  private worker: Worker | null = null;
  /** Callbacks of the pages sent to the worker, in order, with their size. */
  private readonly queue: Array<{ size: number; done: (deflated: Uint8Array) => void }> = [];
  private syncLeft: number;
  /** Bytes sent to the worker and not yet back. */
  pending = 0;
  private waiter: { limit: number; resolve: () => void } | null = null;
  private batch: Uint8Array[] = [];
  private batchBytes = 0;

  /** `onError`: the worker failed (the document cannot be completed). */
  constructor(
    private readonly onError: (error: Error) => void,
    useWorker = availableParallelism() > 1,
  ) {
    this.syncLeft = useWorker ? PAGES_BEFORE_WORKER : Infinity;
  }

  /** Deflates `data` and calls `done` with the result: at once, or when the worker answers. */
  deflate(data: Uint8Array, done: (deflated: Uint8Array) => void): void {
    if (this.syncLeft > 0) {
      this.syncLeft--;
      done(deflateSync(data, { level: LEVEL }));
      return;
    }
    this.worker ??= this.start();
    this.queue.push({ size: data.length, done });
    this.pending += data.length;
    // Transferred, not copied: the bytes must own their memory (a small Buffer lives in a shared pool).
    this.batch.push(data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data));
    this.batchBytes += data.length;
    if (this.batch.length >= BATCH_PAGES || this.batchBytes >= BATCH_BYTES) this.flush();
  }

  /** Sends the pages gathered so far to the worker. */
  flush(): void {
    if (this.batch.length === 0 || !this.worker) return;
    const pages = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    this.worker.postMessage(
      pages,
      pages.map((p) => p.buffer as ArrayBuffer),
    );
  }

  /** Resolves once fewer than `limit` bytes wait for the worker (layout keeps memory bounded). */
  below(limit: number): Promise<void> {
    this.flush();
    if (this.pending < limit) return Promise.resolve();
    return new Promise((resolve) => (this.waiter = { limit, resolve }));
  }

  /** Stops the worker (after the document is complete, or on failure or cancel). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.syncLeft = Infinity;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    // No execArgv: the worker needs no loader (the bench and tests run under tsx's). What it keeps
    // between pages is nothing: a small young generation collects each page's garbage soon (the
    // default one added about 30 MB to a 20,000-comment report's peak, this one about 20 MB).
    const worker = new Worker(SCRIPT, {
      eval: true,
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 },
    });
    worker.on('message', (deflated: Uint8Array[]) => {
      for (const page of deflated) {
        const next = this.queue.shift();
        if (!next) return;
        this.pending -= next.size;
        next.done(page);
      }
      if (this.waiter && this.pending < this.waiter.limit) {
        const { resolve } = this.waiter;
        this.waiter = null;
        resolve();
      }
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker && this.queue.length > 0)
        this.fail(new Error(`the deflate worker stopped (exit code ${code}) with ${this.queue.length} pages to go`));
    });
    return worker;
  }

  private fail(error: Error): void {
    this.onError(error);
    // Whoever waits for room goes on, and finds the failure.
    this.waiter?.resolve();
    this.waiter = null;
  }
}
