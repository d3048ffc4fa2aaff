/** The one worker runner: lookup, progress, result, timeout, heap cap, cancellation, crash. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { locateWorker, runWorkerJob, WORKER_SOURCES, type WorkerEntry, type WorkerFailure } from '../../main/core/workers/runner';
import { tempDir } from '../support/temp';

function workerFile(code: string): string {
  const file = join(tempDir(), 'worker.js');
  writeFileSync(file, `const { parentPort, workerData } = require('node:worker_threads');\n${code}`);
  return file;
}

const describeFailure = (reason: WorkerFailure): Error =>
  new Error(
    reason.kind === 'error' ? `error: ${reason.error.message}` : reason.kind === 'exit' ? `exit ${reason.code}` : reason.kind,
  );

function run(
  code: string,
  extra: { timeoutMs?: number; maxHeapMb?: number; signal?: AbortSignal; cancelMessage?: unknown } = {},
) {
  const progress: number[] = [];
  const result = runWorkerJob<{ type: string; n?: number }, number>({
    file: workerFile(code),
    workerData: { start: 40 },
    ...extra,
    onMessage: (m) => {
      if (m.type === 'progress') progress.push(m.n ?? 0);
      else if (m.type === 'done') return { done: m.n ?? 0 };
      else if (m.type === 'cancelled') return { failed: new Error('cancelled by the worker') };
      return undefined;
    },
    failure: describeFailure,
  });
  return { result, progress };
}

describe('worker runner', () => {
  it('finds every entry from the sources', () => {
    for (const entry of Object.keys(WORKER_SOURCES) as WorkerEntry[]) {
      const file = locateWorker(entry);
      expect(file.endsWith('.ts') && existsSync(file), file).toBe(true);
    }
  });

  it('passes progress on and settles with the result', async () => {
    const { result, progress } = run(
      `parentPort.postMessage({ type: 'progress', n: 1 }); parentPort.postMessage({ type: 'progress', n: 2 }); parentPort.postMessage({ type: 'done', n: workerData.start + 2 });`,
    );
    await expect(result).resolves.toBe(42);
    expect(progress).toEqual([1, 2]);
  });

  it('gives up after the timeout', async () => {
    await expect(run('setInterval(() => {}, 1000);', { timeoutMs: 300 }).result).rejects.toThrow('timeout');
  });

  it('stops a worker over its heap cap', async () => {
    const hog = 'const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random()));';
    await expect(run(hog, { maxHeapMb: 32 }).result).rejects.toThrow('out-of-memory');
  }, 30_000);

  it('cancels: the cancel message first, so the worker can clean up', async () => {
    const controller = new AbortController();
    const { result } = run(
      `parentPort.on('message', (m) => { if (m === 'stop') parentPort.postMessage({ type: 'cancelled' }); }); parentPort.postMessage({ type: 'progress', n: 1 });`,
      { signal: controller.signal, cancelMessage: 'stop' },
    );
    setTimeout(() => controller.abort(), 100);
    await expect(result).rejects.toThrow('cancelled by the worker');
  });

  it('cancels without a cancel message by stopping the thread', async () => {
    const controller = new AbortController();
    const { result } = run('setInterval(() => {}, 1000);', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(result).rejects.toThrow('aborted');
  });

  it('reports a crash and an exit without a result', async () => {
    await expect(run(`throw new Error('boom');`).result).rejects.toThrow('error: boom');
    await expect(run('process.exit(3);').result).rejects.toThrow('exit 3');
  });

  it("keeps no reference to the job's data while the thread works (the thread has its own copy)", async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let ref: WeakRef<object> | undefined;
    let message: (value: unknown) => void = () => undefined;
    const started = new Promise((resolve) => (message = resolve));
    const result = ((): Promise<string> => {
      const big = Array.from({ length: 100_000 }, (_, i) => ({ i }));
      ref = new WeakRef(big);
      return runWorkerJob<string, string>({
        file: workerFile("parentPort.postMessage('started'); setTimeout(() => parentPort.postMessage('done'), 300);"),
        workerData: { big },
        onMessage: (m) => (m === 'started' ? (message(m), undefined) : { done: m }),
        failure: describeFailure,
      });
    })();
    await started;
    gc();
    expect(ref?.deref()).toBeUndefined();
    await expect(result).resolves.toBe('done');
  });
});
