/**
 * compile:get is windowed and comments:list of a whole session is paged (issue 18): paging through
 * every window gives exactly what the whole compilation (services/compile.ts, which the report
 * uses) gives, for each filter; no answer passes 1 MB of JSON; the index main keeps between
 * requests follows writes (a new comment, an answer).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { writeCommentRow } from '../../main/core/db/repos/comments';
import { currentSession } from '../../main/core/db/repos/dossier';
import { compile } from '../../main/core/services/compile';
import { compileIndex } from '../../main/core/services/compile-index';
import { openDatabase } from '../../main/core/db/database';
import type { Comment, Stance } from '../../shared/domain/comments';
import type { CompiledFilter, CompiledView } from '../../shared/domain/compile';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { LIST_WINDOWS } from '../../shared/ipc/limits';
import { call, DE_AN, ITEM, openInstallation } from '../support/exchange';
import { pageThrough as pageAll } from '../support/compile-pages';

const STANCES: Stance[] = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'];
const DELEGATIONS = ['Tổ đại biểu số 1', 'Tổ đại biểu số 2', 'Tổ đại biểu số 3'];
const COMMENTS = 2_400;
/** Long texts, so the whole session is several MB of JSON and the budget has to cut. */
const LONG = 'Đề nghị làm rõ nguồn ngân sách và lộ trình thực hiện. '.repeat(60);

let ctx: CoreContext;
let sizes: Array<[string, number]> = [];

async function answer(channel: Channel, payload: unknown): Promise<unknown> {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  sizes.push([channel, Buffer.byteLength(JSON.stringify(result))]);
  return result.value;
}

/** Every window of a filter, in order (test/support/compile-pages.ts), through `answer`. */
const pageThrough = (filter: CompiledFilter): ReturnType<typeof pageAll> =>
  pageAll((input) => answer(CHANNELS.compileGet, input) as Promise<CompiledView>, filter);

const idsOf = (view: CompiledView): string[] =>
  view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id)));

beforeAll(() => {
  ctx = openInstallation();
  const session = currentSession(ctx.db)!;
  const blocks = ctx.db
    .prepare("SELECT id, text, path FROM blocks WHERE document_id = ? AND kind = 'paragraph' ORDER BY position LIMIT 30")
    .all(DE_AN) as Array<{ id: string; text: string; path: string | null }>;
  const now = new Date().toISOString();
  ctx.db.transaction(() => {
    for (let i = 0; i < COMMENTS; i++) {
      // Block 0 gets a tenth of all comments (a passage longer than one card); every 25th is general.
      const block = i % 25 === 0 ? null : blocks[i % 10 === 0 ? 0 : i % blocks.length];
      const quote = block ? block.text.slice(0, 12) : null;
      const author = i % 60;
      const c: Comment = {
        id: randomUUID(),
        sessionId: session.id,
        itemId: ITEM,
        documentId: DE_AN,
        anchor:
          block && quote
            ? {
                blockId: block.id,
                start: 0,
                end: quote.length,
                quote,
                path: block.path,
                lineFirst: 1 + (i % 7),
                lineLast: 2 + (i % 7),
              }
            : null,
        stance: STANCES[i % 3],
        text: `${i % 7 === 0 ? 'Về ngân sách địa phương: ' : 'Góp ý: '}${LONG}`,
        proposedText: i % 5 === 0 ? `Sửa lần ${i % 3}` : null,
        revision: 1,
        createdAt: now,
        updatedAt: now,
        deleted: false,
        author: { id: `dai-bieu-${author}`, name: `Đại biểu ${author}`, delegation: DELEGATIONS[author % 3] },
      };
      writeCommentRow(ctx.db, c);
    }
  })();
});

afterAll(() => ctx.close());

describe('compile:get, windowed', () => {
  const filters: CompiledFilter[] = [
    {},
    { stance: 'khong_tan_thanh' },
    { delegation: DELEGATIONS[1] },
    { delegateId: 'dai-bieu-7' },
    { query: 'ngan sach dia phuong' },
    { answered: 'unanswered' },
    { stance: 'tan_thanh', query: 'NGÂN' },
  ];
  it.each(filters)('pages through the same comments as the whole compilation: %j', async (filter) => {
    sizes = [];
    const { ids, first, rows } = await pageThrough(filter);
    const whole = compile(ctx.db, filter.delegateId ? {} : filter);
    const expected = filter.delegateId
      ? idsOf(whole).filter((id) =>
          whole.documents.some((d) =>
            d.passages.some((p) => p.comments.some((c) => c.comment.id === id && c.comment.author.id === filter.delegateId)),
          ),
        )
      : idsOf(whole);
    expect(ids).toEqual(expected);
    expect(ids.length).toBeGreaterThan(0);
    expect(first.totals.comments).toBe(ids.length);
    if (!filter.delegateId) expect(first.totals).toEqual(whole.totals);
    // Rows are numbered in order and the sizes of the first window tell each card's comments.
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(first.window!.sizes!.length).toBe(first.window!.totalRows);
    expect(first.window!.sizes!.filter((n) => n > 0).reduce((a, b) => a + b, 0)).toBe(ids.length);
    for (const [channel, bytes] of sizes) expect(bytes, channel).toBeLessThanOrEqual(LIST_WINDOWS.answerBytes);
  });

  it('cuts a long passage into cards that say their part, and marks trái chiều over the whole passage', async () => {
    const { first } = await pageThrough({});
    const cards = first.documents
      .flatMap((d) => d.passages)
      .filter((p) => (p.commentCount ?? 0) > LIST_WINDOWS.passageCardComments);
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.map((c) => c.part)).toEqual(cards.map((_, i) => i).slice(0, cards.length));
    expect(cards.every((c) => c.conflict?.opposed === true && c.comments.length <= LIST_WINDOWS.passageCardComments)).toBe(true);
    const conflicts = await pageThrough({ conflicts: true });
    expect(conflicts.first.totals.comments).toBeGreaterThan(0);
    expect(conflicts.first.documents.flatMap((d) => d.passages).every((p) => p.conflict !== null)).toBe(true);
  });

  it('follows writes: an answer moves comments out of "unanswered", a new comment is counted', async () => {
    const before = (await answer(CHANNELS.compileGet, { answered: 'unanswered' })) as CompiledView;
    const ids = idsOf(before).slice(0, 3);
    await call(ctx, CHANNELS.answersSet, { commentIds: ids, kind: 'tiep_thu', text: 'Ban soạn thảo tiếp thu.' });
    const after = (await answer(CHANNELS.compileGet, { answered: 'unanswered' })) as CompiledView;
    expect(after.totals.comments).toBe(before.totals.comments - 3);
    const answered = await pageThrough({ answered: 'answered' });
    expect(answered.ids.sort()).toEqual([...ids].sort());
    await call(ctx, CHANNELS.commentsCreateOnBehalf, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: null,
      stance: 'y_kien_khac',
      text: 'Ý kiến nhập thay từ phiếu giấy.',
      onBehalf: {
        delegation: ctx.db.prepare('SELECT delegation FROM roster LIMIT 1').pluck().get() as string,
        source: 'Phiếu giấy ngày 04/12',
      },
    });
    const all = (await answer(CHANNELS.compileGet, {})) as CompiledView;
    expect(all.totals.allComments).toBe(COMMENTS + 1);
    expect(all.totals.onBehalf).toBe(1);
    expect(all.totals).toEqual(compile(ctx.db, {}).totals);
  });
});

describe('the index main keeps', () => {
  it('survives a draft save, and is built again after a comment is imported (by another connection)', async () => {
    const index = compileIndex(ctx.db);
    await call(ctx, CHANNELS.draftsSave, { key: 'comment:new-draft', payload: 'Nháp góp ý chưa gửi.' });
    expect(compileIndex(ctx.db)).toBe(index);
    // The import worker writes through its own connection, as here.
    const other = openDatabase(ctx.dbFile);
    try {
      other.prepare("UPDATE comments SET text = text || ' (bản nhập lại)' WHERE rowid = (SELECT min(rowid) FROM comments)").run();
    } finally {
      other.close();
    }
    const rebuilt = compileIndex(ctx.db);
    expect(rebuilt).not.toBe(index);
    expect(compileIndex(ctx.db)).toBe(rebuilt);
    // And a comment written through this connection (an import in main, an entry on behalf) too.
    const row = ctx.db.prepare('SELECT id FROM comments WHERE deleted = 0 LIMIT 1').pluck().get() as string;
    ctx.db.prepare("UPDATE comments SET stance = 'y_kien_khac' WHERE id = ?").run(row);
    expect(compileIndex(ctx.db)).not.toBe(rebuilt);
  });
});

describe('comments:list of a whole session, paged', () => {
  it('gives every comment once, page by page, each page under 1 MB', async () => {
    sizes = [];
    const seen: string[] = [];
    for (let offset = 0; ;) {
      const page = (await answer(CHANNELS.commentsList, { offset })) as Comment[];
      if (page.length === 0) break;
      seen.push(...page.map((c) => c.id));
      offset += page.length;
    }
    const all = ctx.db.prepare('SELECT count(*) FROM comments WHERE deleted = 0').pluck().get() as number;
    expect(seen.length).toBe(all);
    expect(new Set(seen).size).toBe(all);
    expect(sizes.length).toBeGreaterThan(2);
    for (const [channel, bytes] of sizes) expect(bytes, channel).toBeLessThanOrEqual(LIST_WINDOWS.answerBytes);
  });
});
