/**
 * "Save one comment" as the renderer does it today (stores/commentsStore.ts afterWrite, and
 * draftsStore): comments:create, then comments:list (mine, deletions included), answers:list,
 * agenda:get (to update one count) and drafts:clear. Round trips and JSON bytes both ways, on an
 * installation that already holds 200 of the delegate's comments. The figure to beat with pushed
 * events and one round trip (issue 16).
 */
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { openCore, type CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { freshDir, RESOURCES_DIR } from '../paths';

const ITEM = 'hop-nhat-to-chuc-noi-vu';
const DOCUMENT = 'de-an-hop-nhat-to-chuc-noi-vu';
const EXISTING = 200;

async function call(ctx: CoreContext, channel: Channel, payload?: unknown): Promise<{ bytes: number; value: unknown }> {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  const bytes = Buffer.byteLength(JSON.stringify(payload ?? null)) + Buffer.byteLength(JSON.stringify(result));
  return { bytes, value: result.value };
}

const comment = (i: number) => ({
  itemId: ITEM,
  documentId: DOCUMENT,
  anchor: null,
  stance: 'y_kien_khac' as const,
  text: `Góp ý số ${i}: cần làm rõ lộ trình thực hiện và nguồn lực bảo đảm.`,
});

/** The renderer's calls for one save; returns round trips and bytes. */
async function saveOne(ctx: CoreContext, i: number): Promise<{ trips: number; bytes: number; ms: number }> {
  const start = performance.now();
  const created = await call(ctx, CHANNELS.commentsCreate, comment(i));
  const after = await Promise.all([
    call(ctx, CHANNELS.commentsList, { mine: true, includeDeleted: true }),
    call(ctx, CHANNELS.answersList),
    call(ctx, CHANNELS.agendaGet),
    call(ctx, CHANNELS.draftsClear, { key: `comment:${ITEM}` }),
  ]);
  const ms = performance.now() - start;
  return { trips: 1 + after.length, bytes: created.bytes + after.reduce((sum, r) => sum + r.bytes, 0), ms };
}

export const saveComment: Measurement = {
  id: 'save-comment',
  title: 'Save one comment: round trips and bytes (renderer flow today)',
  async run(bench: BenchContext): Promise<Figure[]> {
    const ctx = openCore({ dataDir: freshDir('save-comment'), resourcesDir: RESOURCES_DIR });
    try {
      await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
      for (let i = 0; i < EXISTING; i++) await call(ctx, CHANNELS.commentsCreate, comment(i));
      const runs = Math.max(bench.runs, 5);
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await saveOne(ctx, EXISTING + i));
      const trips = results.map((r) => r.trips);
      const megabytes = results.map((r) => r.bytes / 1024 ** 2);
      return [
        figureOf('round trips per save', trips, { unit: 'x', note: 'create + list + answers + agenda + drafts:clear' }),
        figureOf('JSON per save, both ways', megabytes, { unit: 'MB', note: `${EXISTING} comments already saved` }),
        figureOf(
          'time per save, in-process',
          results.map((r) => r.ms),
        ),
      ];
    } finally {
      ctx.close();
    }
  },
};
