/**
 * First open: openCore (migrate, seed the sample dossier on an empty folder, make the key) until
 * `agenda:get` answers — on an empty data folder, and on a cold copy of the large database.
 * Modules are already loaded and one unrecorded run warms the JIT, so this is the data's share of a
 * start-up, not the process's.
 */
import { CHANNELS } from '../../../shared/ipc/channels';
import { openCore, type CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { copyToFreshDir } from '../gen/copy';
import { freshDir, RESOURCES_DIR } from '../paths';
import { repeat, timeAsync } from '../stats';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';

async function openToAgenda(dataDir: string): Promise<{ ms: number; ctx: CoreContext }> {
  const start = performance.now();
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  const agenda = await dispatch(ctx, CHANNELS.agendaGet, undefined);
  const ms = performance.now() - start;
  if (!agenda.ok) throw new Error(`agenda:get: ${agenda.error.message}`);
  return { ms, ctx };
}

export const firstOpen: Measurement = {
  id: 'first-open',
  title: 'First open to the agenda',
  async run(bench: BenchContext): Promise<Figure[]> {
    const { largeDir } = await bench.fixtures.session();
    const empty = await repeat(
      bench.runs,
      async () => {
        const { ms, ctx } = await openToAgenda(freshDir('empty'));
        ctx.close();
        return ms;
      },
      1,
    );
    const large = await repeat(
      bench.runs,
      async () => {
        const { ms, ctx } = await openToAgenda(copyToFreshDir(largeDir, 'large'));
        ctx.close();
        return ms;
      },
      1,
    );
    // agenda:get alone on the open large database: its share of the above.
    const { ctx } = await openToAgenda(copyToFreshDir(largeDir, 'large'));
    const agendaOnly: number[] = [];
    try {
      for (let i = 0; i < bench.runs * 4; i++)
        agendaOnly.push((await timeAsync(() => dispatch(ctx, CHANNELS.agendaGet, undefined))).ms);
    } finally {
      ctx.close();
    }
    return [
      figureOf('first open, empty folder (migrate + seed) → agenda', empty),
      figureOf('first open, large database (20,000 comments) → agenda', large),
      figureOf('agenda:get alone, large database open', agendaOnly),
    ];
  },
};
