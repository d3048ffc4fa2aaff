/**
 * Import of the 100 comment packages into a fresh secretariat database (a copy of the session with
 * no comments), through the real path: importCommentFiles → worker thread → importCommentPackage,
 * one transaction per package. Beside it: the bundled worker the desktop app ships, the same import
 * without a worker, and the floor — raw better-sqlite3 inserting the same 20,000 rows into
 * `comments` in one transaction with one prepared statement.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { openCore, type CoreContext } from '../../../main/core/context';
import { importCommentFile } from '../../../main/core/packages/import-files';
import { importCommentFiles } from '../../../main/core/services/exchange';
import { copyToFreshDir } from '../gen/copy';
import type { PackageFile } from '../gen/packages';
import { REPO_ROOT, RESOURCES_DIR } from '../paths';
import { median, repeat } from '../stats';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { insertFloor } from './import-floor';

const WORKERS_DIR = join(REPO_ROOT, 'main', 'core', 'workers');

/** out/main/<entry>.js of the worker that imports comment packages (found by what it imports, so a rename is followed). */
function bundledWorker(): string | null {
  const source = readdirSync(WORKERS_DIR).find(
    (f) => f.endsWith('.ts') && readFileSync(join(WORKERS_DIR, f), 'utf8').includes('importCommentFile'),
  );
  const bundled = source && join(REPO_ROOT, 'out', 'main', source.replace(/\.ts$/u, '.js'));
  return bundled && existsSync(bundled) ? bundled : null;
}
export const FLOOR_FACTOR = 3;

function check(results: PackageFileResult[], expected: number): void {
  const added = results.reduce((n, r) => n + (r.counts?.added ?? 0), 0);
  const bad = results.filter((r) => r.status !== 'imported');
  if (bad.length > 0) throw new Error(`${bad.length} packages not imported: ${bad[0].message ?? bad[0].status}`);
  if (added !== expected) throw new Error(`imported ${added} comments, expected ${expected}`);
}

/** The bundled worker, driven with the same data as runWorker sends. */
function runBundledWorker(file: string, ctx: CoreContext, files: PackageFile[]): Promise<PackageFileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { dbFile: ctx.dbFile, files: files.map((f) => ({ name: f.name, data: new Uint8Array(f.data) })) },
    });
    worker.on('message', (m: { type: string; result?: PackageFileResult[]; message?: string }) => {
      if (m.type === 'done') resolve(m.result!);
      else if (m.type === 'error') reject(new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the bundled import worker exited (${code}) without an answer`)));
  });
}

type Importer = (ctx: CoreContext, files: PackageFile[]) => Promise<PackageFileResult[]>;

async function timeImports(baseDir: string, files: PackageFile[], runs: number, importer: Importer): Promise<number[]> {
  const expected = files.length * 200;
  return repeat(runs, async () => {
    const ctx = openCore({ dataDir: copyToFreshDir(baseDir, 'import'), resourcesDir: RESOURCES_DIR });
    try {
      const start = performance.now();
      const results = await importer(ctx, files);
      const ms = performance.now() - start;
      check(results, expected);
      return ms;
    } finally {
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
    const real = await timeImports(baseDir, packages, runs, (ctx, files) => importCommentFiles(ctx, files));
    const figures: Figure[] = [
      figureOf('floor: raw INSERT of 20,000 comment rows, one transaction', floor),
      figureOf('import 100 packages: importCommentFiles (worker from TS sources)', real),
    ];
    let shipped = real;
    const bundled = bundledWorker();
    if (bundled) {
      shipped = await timeImports(baseDir, packages, runs, (ctx, files) => runBundledWorker(bundled, ctx, files));
      figures.push(figureOf('import 100 packages: bundled worker (out/main, as shipped)', shipped));
    } else {
      bench.log('(no bundled package worker in out/main: run electron-vite build to measure it)');
    }
    const inProcess = await timeImports(baseDir, packages, runs, async (ctx, files) =>
      files.map((f) => importCommentFile(ctx.db, f)),
    );
    figures.push(figureOf('import 100 packages: same code, no worker', inProcess));
    const ratios = shipped.map((ms) => ms / floorMs);
    figures.push({
      name: 'import ÷ floor (bundled worker, else TS worker)',
      unit: 'x',
      median: median(ratios),
      samples: ratios,
      target: { stat: 'median', max: FLOOR_FACTOR, label: `≤ ${FLOOR_FACTOR}× floor` },
    });
    return figures;
  },
};
