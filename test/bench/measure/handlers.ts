/**
 * The secretariat's and the reader's heavier handlers on the large database, through dispatch:
 * the largest document, a document's comments, and the windowed compilation of 20,000 comments
 * (compile-windows.ts).
 * No targets in the issue; these are here to spot a slow query before a user does.
 */
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { openCore, type CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { copyToFreshDir } from '../gen/copy';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { RESOURCES_DIR } from '../paths';
import { repeat } from '../stats';
import { compileWindowFigures } from './compile-windows';

async function timeCall(ctx: CoreContext, runs: number, channel: Channel, payload?: unknown): Promise<number[]> {
  return repeat(
    runs,
    async () => {
      const start = performance.now();
      const result = await dispatch(ctx, channel, payload);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return ms;
    },
    1,
  );
}

export const handlers: Measurement = {
  id: 'handlers',
  title: 'Reader and compilation handlers, large database',
  async run(bench: BenchContext): Promise<Figure[]> {
    const session = await bench.fixtures.session();
    const biggest = [...session.documents].sort((a, b) => b.blocks - a.blocks)[0];
    const ctx = openCore({ dataDir: copyToFreshDir(session.largeDir, 'handlers'), resourcesDir: RESOURCES_DIR });
    try {
      const doc = { documentId: biggest.id };
      return [
        figureOf(`document:get, ${biggest.blocks}-block document`, await timeCall(ctx, bench.runs, CHANNELS.documentGet, doc)),
        figureOf(`comments:list, comments on that document`, await timeCall(ctx, bench.runs, CHANNELS.commentsList, doc)),
        ...(await compileWindowFigures(ctx, bench.runs, `${session.comments.toLocaleString('en')} comments`)),
      ];
    } finally {
      ctx.close();
    }
  },
};
