/**
 * Import of the 100 comment packages into a fresh secretariat database (a copy of the session with
 * no comments), through the real path: importCommentFiles → a verifying worker feeding a writing
 * worker (one nested transaction per package, commits in groups). Beside it: the bundled workers
 * the desktop app ships, the same import on one thread, and the floor — raw better-sqlite3
 * inserting the same 20,000 rows into `comments` in one transaction with one prepared statement.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { openCore, type CoreContext } from '../../../main/core/context';
import { importCommentFilesInline } from '../../../main/core/packages/import-files';
import { importCommentFiles } from '../../../main/core/services/exchange';
import { CommentImporter, VERIFY_WORKER, WRITE_WORKER, type SpawnWorker } from '../../../main/core/workers/comment-import';
import { copyToFreshDir } from '../gen/copy';
import type { PackageFile } from '../gen/packages';
import { REPO_ROOT, RESOURCES_DIR } from '../paths';
import { median, repeat } from '../stats';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { insertFloor } from './import-floor';
import { watchMainThread, type MainBusy } from '../main-busy';
import { IMPORT_FILES_PER_CALL } from '../../../shared/ipc/limits';

const BUNDLE_DIR = join(REPO_ROOT, 'out', 'main');

/**
 * Starts the bundled worker entries (out/main/<entry>.js), the files the desktop app ships, as the
 * app starts them: without this process's tsx loader flags, which workers inherit by default and
 * which would route every require of the bundle through tsx's loader thread.
 */
export function bundledSpawn(): SpawnWorker | null {
  const missing = [VERIFY_WORKER, WRITE_WORKER].filter((entry) => !existsSync(join(BUNDLE_DIR, `${entry}.js`)));
  if (missing.length > 0) return null;
  return (entry, workerData, transferList) =>
    new Worker(join(BUNDLE_DIR, `${entry}.js`), { workerData, transferList, execArgv: [] });
}
export const FLOOR_FACTOR = 3;

function check(results: PackageFileResult[], expected: number): void {
  const added = results.reduce((n, r) => n + (r.counts?.added ?? 0), 0);
  const bad = results.filter((r) => r.status !== 'imported');
  if (bad.length > 0) throw new Error(`${bad.length} packages not imported: ${bad[0].message ?? bad[0].status}`);
  if (added !== expected) throw new Error(`imported ${added} comments, expected ${expected}`);
}

/**
 * Runs the batches one after another on one importer (its workers stay up between them), then
 * stops it without waiting: the clock stops with the last result, as the user sees it, not with
 * the writer's checkpoint after it.
 */
export async function importWith(
  importer: CommentImporter,
  ctx: CoreContext,
  batches: PackageFile[][],
): Promise<PackageFileResult[]> {
  try {
    const results: PackageFileResult[] = [];
    for (const files of batches) results.push(...(await importer.run({ dbFile: ctx.dbFile, files })));
    return results;
  } finally {
    void importer.close();
  }
}

const batchesOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export type Importer = (ctx: CoreContext, files: PackageFile[]) => Promise<PackageFileResult[]>;

/**
 * Times `runs` imports into fresh copies of the session. `mainBusy`, when given, receives per run
 * how long the main thread's event loop waited at worst meanwhile and how long the main thread ran
 * in one stretch (main-busy.ts): what the window would feel.
 */
export async function timeImports(
  baseDir: string,
  files: PackageFile[],
  runs: number,
  importer: Importer,
  mainBusy?: MainBusy[],
): Promise<number[]> {
  const expected = files.length * 200;
  return repeat(runs, async () => {
    const ctx = openCore({ dataDir: copyToFreshDir(baseDir, 'import'), resourcesDir: RESOURCES_DIR });
    let stop: (() => MainBusy) | null = null;
    try {
      stop = watchMainThread();
      const start = performance.now();
      const results = await importer(ctx, files);
      const ms = performance.now() - start;
      mainBusy?.push(stop());
      stop = null;
      check(results, expected);
      return ms;
    } finally {
      stop?.();
      ctx.close();
    }
  });
}

export const importPackages: Measurement = {
  id: 'import',
  title: 'Import of 100 comment packages (20,000 comments)',
  async run(bench: BenchContext): Promise<Figure[]> {
    const { baseDir, packages } = await bench.fixtures.session();
    const runs = Math.max(3, bench.runs - 2);
    const floor = await repeat(runs, () => insertFloor(copyToFreshDir(baseDir, 'floor'), packages), 1);
    const floorMs = median(floor);
    const busy: MainBusy[] = [];
    const real = await timeImports(baseDir, packages, runs, (ctx, files) => importCommentFiles(ctx, files), busy);
    const figures: Figure[] = [
      figureOf('floor: raw INSERT of 20,000 comment rows, one transaction', floor),
      figureOf('import 100 packages: importCommentFiles (workers from TS sources, backup first)', real),
      figureOf(
        '…main thread meanwhile: longest event-loop delay',
        busy.map((b) => b.longestGapMs),
        {
          note: 'the window answers within this while 100 packages go in (backup copied a few pages per turn, checked in a worker); on a loaded machine mostly time spent waiting for a core',
        },
      ),
    ];
    const onCpu = busy.map((b) => b.longestBusyMs).filter((ms): ms is number => ms !== null);
    if (onCpu.length > 0)
      figures.push(
        figureOf('…main thread meanwhile: longest stretch on a core (schedstat)', onCpu, {
          target: { stat: 'median', max: 50, label: '< 50 ms' },
          note: 'the main thread’s own CPU time between two 2 ms ticks: its longest task, whatever the load',
        }),
      );
    let shipped = real;
    const spawn = bundledSpawn();
    if (spawn) {
      // A new pair of workers per run: the first import of a session, start-up included.
      shipped = await timeImports(baseDir, packages, runs, (ctx, files) => importWith(new CommentImporter(spawn), ctx, [files]));
      figures.push(figureOf('import 100 packages: bundled workers (out/main, as shipped)', shipped));
      const batched = await timeImports(baseDir, packages, runs, (ctx, files) =>
        importWith(new CommentImporter(spawn), ctx, batchesOf(files, IMPORT_FILES_PER_CALL)),
      );
      figures.push(figureOf(`…the same in calls of ${IMPORT_FILES_PER_CALL} files, as the exchange screen sends them`, batched));
    } else {
      bench.log('(no bundled import workers in out/main: run electron-vite build to measure them)');
    }
    const inProcess = await timeImports(baseDir, packages, runs, async (ctx, files) => importCommentFilesInline(ctx.db, files));
    figures.push(figureOf('import 100 packages: same code on one thread, no worker', inProcess));
    const ratios = shipped.map((ms) => ms / floorMs);
    figures.push({
      name: 'import ÷ floor (bundled workers, else TS workers)',
      unit: 'x',
      median: median(ratios),
      samples: ratios,
      target: { stat: 'median', max: FLOOR_FACTOR, label: `≤ ${FLOOR_FACTOR}× floor` },
    });
    return figures;
  },
};
