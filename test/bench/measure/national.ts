/**
 * The national case (issue 18): the session of 3,000 blocks with 500 deputies in 63 delegations
 * who send 200 comments each (100,000 comments), generated with the real code as the provincial
 * case is. Each figure beside its floor or peer in the same run: the import of the 500 packages
 * beside the raw-insert floor of the same rows; a deputy's own list, the compilation's filters and
 * word search on the secretariat's database of 100,000; and the size of each channel's answer.
 * (The report PDF of 100,000 comments is measured in pdf.ts.)
 */
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { openCore, type CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { importCommentFiles } from '../../../main/core/services/exchange';
import { CommentImporter } from '../../../main/core/workers/comment-import';
import { copyToFreshDir } from '../gen/copy';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { RESOURCES_DIR } from '../paths';
import { median, repeat } from '../stats';
import { compileAppendFigures } from './compile-append';
import { compileWindowFigures } from './compile-windows';
import { insertFloor } from './import-floor';
import { bundledSpawn, importWith, timeImports } from './import';

export const NATIONAL_FLOOR_FACTOR = 2;
const MB = 1024 ** 2;

async function timed(ctx: CoreContext, runs: number, channel: Channel, payload?: unknown): Promise<{ ms: number[]; mb: number }> {
  let bytes = 0;
  const ms = await repeat(
    runs,
    async () => {
      const start = performance.now();
      const result = await dispatch(ctx, channel, payload);
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      bytes = Buffer.byteLength(JSON.stringify(result));
      return elapsed;
    },
    1,
  );
  return { ms, mb: bytes / MB };
}

const sizeNote = (mb: number): string => `answer ${mb.toFixed(2)} MB of JSON`;

export const nationalImport: Measurement = {
  id: 'national-import',
  title: 'National case: import of 500 packages (100,000 comments) beside the raw-insert floor',
  async run(bench: BenchContext): Promise<Figure[]> {
    const { baseDir, packages } = await bench.fixtures.national();
    const runs = Math.min(bench.runs, 2);
    const floor = await repeat(runs, () => insertFloor(copyToFreshDir(baseDir, 'national-floor'), packages), 1);
    const spawn = bundledSpawn();
    const importer = spawn
      ? (ctx: CoreContext, files: typeof packages) => importWith(new CommentImporter(spawn), ctx, [files])
      : (ctx: CoreContext, files: typeof packages) => importCommentFiles(ctx, files);
    const real = await timeImports(baseDir, packages, runs, importer);
    const ratios = real.map((ms) => ms / median(floor));
    return [
      figureOf('national floor: raw INSERT of 100,000 comment rows, one transaction', floor),
      figureOf(`national import of 500 packages (${spawn ? 'bundled workers' : 'workers from TS sources'})`, real),
      {
        name: 'national import ÷ floor',
        unit: 'x',
        median: median(ratios),
        samples: ratios,
        target: { stat: 'median', max: NATIONAL_FLOOR_FACTOR, label: `≤ ${NATIONAL_FLOOR_FACTOR}× floor` },
      },
    ];
  },
};

export const nationalHandlers: Measurement = {
  id: 'national-handlers',
  title: 'National case: a deputy’s own list, compilation filters and search, answer sizes (100,000 comments)',
  async run(bench: BenchContext): Promise<Figure[]> {
    const national = await bench.fixtures.national();
    const ctx = openCore({ dataDir: copyToFreshDir(national.largeDir, 'national'), resourcesDir: RESOURCES_DIR });
    try {
      const runs = bench.runs;
      const rosterId = ctx.db.prepare('SELECT id FROM roster ORDER BY position LIMIT 1').pluck().get() as string;
      // The same database, seen by one of the deputies: their own comments among 100,000.
      const compileFigures = await compileWindowFigures(ctx, runs, 'national');
      const appendFigures = await compileAppendFigures(
        ctx,
        Math.min(runs, 3),
        national.packages[national.packages.length - 1],
        'national',
      );
      const set = await dispatch(ctx, CHANNELS.identitySet, { rosterId });
      if (!set.ok) throw new Error(`identity:set: ${set.error.message}`);
      const mine = await timed(ctx, runs * 4, CHANNELS.commentsList, { mine: true });
      return [
        figureOf('national: a deputy’s own comments (comments:list mine) among 100,000', mine.ms, {
          target: { stat: 'median', max: 50, label: '< 50 ms' },
          note: sizeNote(mine.mb),
        }),
        ...compileFigures,
        ...appendFigures,
      ];
    } finally {
      ctx.close();
    }
  },
};
