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
      const delegation = ctx.db.prepare('SELECT delegation FROM roster ORDER BY position LIMIT 1').pluck().get() as string;
      const rosterId = ctx.db.prepare('SELECT id FROM roster ORDER BY position LIMIT 1').pluck().get() as string;
      const all = await timed(ctx, Math.min(runs, 3), CHANNELS.commentsList, { includeDeleted: true });
      const compiled = await timed(ctx, Math.min(runs, 3), CHANNELS.compileGet);
      const byDelegation = await timed(ctx, runs, CHANNELS.compileGet, { delegation });
      const byStance = await timed(ctx, runs, CHANNELS.compileGet, { stance: 'khong_tan_thanh' });
      const byWord = await timed(ctx, runs, CHANNELS.compileGet, { query: 'ngân sách' });
      // The same database, seen by one of the deputies: their own comments among 100,000.
      const set = await dispatch(ctx, CHANNELS.identitySet, { rosterId });
      if (!set.ok) throw new Error(`identity:set: ${set.error.message}`);
      const mine = await timed(ctx, runs * 4, CHANNELS.commentsList, { mine: true });
      const sizes: Array<[string, number]> = [
        ['comments:list (whole session)', all.mb],
        ['compile:get (all)', compiled.mb],
        ['compile:get (one delegation)', byDelegation.mb],
        ['compile:get (word search)', byWord.mb],
        ['comments:list (own)', mine.mb],
      ];
      const largest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
      const fast = { stat: 'median' as const, max: 100, label: '< 100 ms' };
      return [
        figureOf('national: a deputy’s own comments (comments:list mine) among 100,000', mine.ms, {
          target: { stat: 'median', max: 50, label: '< 50 ms' },
          note: sizeNote(mine.mb),
        }),
        figureOf(`national: compile:get filtered by delegation (${delegation})`, byDelegation.ms, {
          target: fast,
          note: sizeNote(byDelegation.mb),
        }),
        figureOf('national: compile:get filtered by stance (không tán thành)', byStance.ms, {
          target: fast,
          note: sizeNote(byStance.mb),
        }),
        figureOf('national: compile:get word search "ngân sách"', byWord.ms, { target: fast, note: sizeNote(byWord.mb) }),
        figureOf('national: compile:get, all 100,000 comments', compiled.ms, { note: sizeNote(compiled.mb) }),
        figureOf('national: comments:list, whole session (as the comments store loads)', all.ms, { note: sizeNote(all.mb) }),
        {
          name: 'national: largest answer of any channel measured',
          unit: 'MB',
          median: largest[1],
          samples: [largest[1]],
          target: { stat: 'median', max: 1, label: '≤ 1 MB' },
          note: `${largest[0]}; the others: ${sizes
            .filter((s) => s !== largest)
            .map(([n, mb]) => `${n} ${mb.toFixed(2)} MB`)
            .join(', ')}`,
        },
      ];
    } finally {
      ctx.close();
    }
  },
};
