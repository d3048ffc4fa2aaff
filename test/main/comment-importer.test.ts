import type { TransferListItem, Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CommentImporter } from '../../main/core/workers/comment-import';
import { startWorker } from '../../main/core/workers/run';
import type { CoreContext } from '../../main/core/context';
import { delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';

const A = 'db01-nguyen-thi-thanh-huong';
const B = 'db02-tran-quoc-hung';

/** Starts the real workers and remembers them, to count start-ups and to break one. */
function recordingSpawn() {
  const started: Array<{ entry: string; worker: Worker }> = [];
  const spawn = (entry: string, workerData: unknown, transferList: TransferListItem[]): Worker => {
    const worker = startWorker(entry, workerData, transferList);
    started.push({ entry, worker });
    return worker;
  };
  return { spawn, started };
}

const exited = (worker: Worker): Promise<void> => new Promise((resolve) => worker.once('exit', () => resolve()));

describe('the comment import workers', () => {
  let packages: Array<{ name: string; data: Buffer }>;
  const open: Array<CoreContext | CommentImporter> = [];

  beforeAll(async () => {
    const a = await delegateWithComments(A, ['Góp ý một.', 'Góp ý hai.']);
    const b = await delegateWithComments(B, ['Góp ý của B.']);
    packages = [await exportCommentsFile(a), await exportCommentsFile(b)];
    a.close();
    b.close();
  }, 60_000);

  afterEach(async () => {
    for (const item of open.splice(0)) await item.close();
  });

  function secretariat(): CoreContext {
    const ctx = openInstallation();
    open.push(ctx);
    return ctx;
  }

  function importer(idleMs?: number) {
    const recording = recordingSpawn();
    const instance = new CommentImporter(recording.spawn, idleMs);
    open.push(instance);
    return { instance, started: recording.started };
  }

  it('start once and serve the imports that follow', async () => {
    const s = secretariat();
    const { instance, started } = importer();
    const first = await instance.run({ dbFile: s.dbFile, files: [packages[0]] });
    const second = await instance.run({ dbFile: s.dbFile, files: packages });
    expect(first.map((r) => r.status)).toEqual(['imported']);
    expect(second.map((r) => r.status)).toEqual(['unchanged', 'imported']);
    expect(started.map((s) => s.entry).sort()).toEqual(['package-verify-worker', 'package-worker']);
    expect(s.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 3 });
  });

  it('run imports asked for at once one after another, each with its own results', async () => {
    const s = secretariat();
    const { instance } = importer();
    const [one, two] = await Promise.all([
      instance.run({ dbFile: s.dbFile, files: [packages[0]] }),
      instance.run({ dbFile: s.dbFile, files: [packages[1], packages[0]] }),
    ]);
    expect(one.map((r) => r.status)).toEqual(['imported']);
    expect(two.map((r) => r.status)).toEqual(['imported', 'unchanged']);
  });

  it('fail the import in progress when a worker dies, and start afresh for the next', async () => {
    const s = secretariat();
    const { instance, started } = importer();
    const running = instance.run({ dbFile: s.dbFile, files: packages });
    await vi.waitFor(() => expect(started).toHaveLength(2));
    const writer = started.find((w) => w.entry === 'package-worker')!.worker;
    await writer.terminate();
    await expect(running).rejects.toThrow(/package-worker exited/u);
    const again = await instance.run({ dbFile: s.dbFile, files: packages });
    expect(again.map((r) => r.status)).toEqual(['imported', 'imported']);
    expect(started).toHaveLength(4);
  });

  it('stop after a while without imports, and start again when one comes', async () => {
    const s = secretariat();
    const { instance, started } = importer(50);
    await instance.run({ dbFile: s.dbFile, files: [packages[0]] });
    await Promise.all(started.map((w) => exited(w.worker)));
    const again = await instance.run({ dbFile: s.dbFile, files: [packages[1]] });
    expect(again.map((r) => r.status)).toEqual(['imported']);
    expect(started).toHaveLength(4);
  });

  it('take a backup that fails while an earlier import runs as that import’s failure, not the process’s', async () => {
    const s = secretariat();
    const { instance } = importer();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const first = instance.run({ dbFile: s.dbFile, files: packages });
      const second = instance.run({ dbFile: s.dbFile, files: packages }, { writeAfter: Promise.reject(new Error('đĩa đầy')) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await first).map((r) => r.status)).toEqual(['imported', 'imported']);
      await expect(second).rejects.toThrow('đĩa đầy');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('wait for the backup before writing, and write nothing when it fails', async () => {
    const s = secretariat();
    const { instance } = importer();
    const failing = instance.run({ dbFile: s.dbFile, files: packages }, { writeAfter: Promise.reject(new Error('đĩa đầy')) });
    await expect(failing).rejects.toThrow('đĩa đầy');
    expect(s.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    let backedUp = false;
    const backup = new Promise<void>((resolve) => setTimeout(() => resolve(void (backedUp = true)), 100));
    const results = await instance.run({ dbFile: s.dbFile, files: packages }, { writeAfter: backup });
    expect(backedUp).toBe(true);
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
  });
});
