/**
 * "Save one comment", before and after issue 16. Before: comments:create, then comments:list (mine,
 * deletions included), answers:list, agenda:get (to update one count) and drafts:clear. After
 * (stores/commentsStore.ts): one comments:create that clears the draft in its transaction and
 * answers the comment with its answer and counts; the `changed:comments` event main pushes to the
 * other windows is counted too (its bytes, as the SSE/IPC message carries them). Round trips and
 * JSON bytes both ways, on an installation that already holds 200 of the delegate's comments.
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

/** The renderer's calls for one save before issue 16; returns round trips and bytes. */
async function saveOneBefore(ctx: CoreContext, i: number): Promise<{ trips: number; bytes: number; ms: number }> {
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

/** One save now: one call; the event pushed to each other window is measured beside it. */
async function saveOneAfter(
  ctx: CoreContext,
  i: number,
): Promise<{ trips: number; bytes: number; eventBytes: number; ms: number }> {
  let eventBytes = 0;
  const stop = ctx.events.onAny((event) => (eventBytes += Buffer.byteLength(JSON.stringify(event))));
  const start = performance.now();
  const key = `comment:item:${ITEM}`;
  await call(ctx, CHANNELS.draftsSave, { key, payload: '{"v":1}' });
  eventBytes = 0;
  const created = await call(ctx, CHANNELS.commentsCreate, { ...comment(i), draftKey: key });
  const ms = performance.now() - start;
  stop();
  return { trips: 1, bytes: created.bytes, eventBytes, ms };
}

export const saveComment: Measurement = {
  id: 'save-comment',
  title: 'Save one comment: round trips and bytes, before → after pushed events (issue 16)',
  async run(bench: BenchContext): Promise<Figure[]> {
    const ctx = openCore({ dataDir: freshDir('save-comment'), resourcesDir: RESOURCES_DIR });
    try {
      await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
      for (let i = 0; i < EXISTING; i++) await call(ctx, CHANNELS.commentsCreate, comment(i));
      const runs = Math.max(bench.runs, 5);
      const before = [];
      for (let i = 0; i < runs; i++) before.push(await saveOneBefore(ctx, EXISTING + i));
      const after = [];
      for (let i = 0; i < runs; i++) after.push(await saveOneAfter(ctx, EXISTING + runs + i));
      const mb = (n: number) => n / 1024 ** 2;
      const bytes = (values: number[]) =>
        `${[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toLocaleString('en')} bytes`;
      return [
        figureOf(
          'before: round trips per save',
          before.map((r) => r.trips),
          { unit: 'x', note: 'create + list + answers + agenda + drafts:clear' },
        ),
        figureOf(
          'before: JSON per save, both ways',
          before.map((r) => mb(r.bytes)),
          { unit: 'MB', note: `${bytes(before.map((r) => r.bytes))}, ${EXISTING} comments already saved` },
        ),
        figureOf(
          'before: time per save, in-process',
          before.map((r) => r.ms),
        ),
        figureOf(
          'after: round trips per save',
          after.map((r) => r.trips),
          { unit: 'x', note: 'comments:create (draft cleared in its transaction)' },
        ),
        figureOf(
          'after: JSON per save, both ways',
          after.map((r) => mb(r.bytes)),
          { unit: 'MB', note: `${bytes(after.map((r) => r.bytes))}: the saved comment, its answer and counts` },
        ),
        figureOf(
          'after: event pushed to each other window',
          after.map((r) => mb(r.eventBytes)),
          { unit: 'MB', note: `${bytes(after.map((r) => r.eventBytes))}: changed:comments + changed:drafts` },
        ),
        figureOf(
          'after: time per save, in-process',
          after.map((r) => r.ms),
        ),
      ];
    } finally {
      ctx.close();
    }
  },
};
