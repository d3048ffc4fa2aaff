/**
 * The compilation's word index across full builds (issue 18): a build that no change to a stored
 * comment caused keeps the words the index before it had folded (compile-words.ts keepWords), so a
 * word search right after it folds nothing; it must still find exactly what the whole compilation
 * (services/compile.ts) finds: without the comments taken out since, with the words of comments
 * written again under the same id, and with the words of comments added since.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { getComment, saveCommentState, writeCommentRow } from '../../main/core/db/repos/comments';
import { currentSession } from '../../main/core/db/repos/dossier';
import { compile } from '../../main/core/services/compile';
import { compileIndex } from '../../main/core/services/compile-index';
import type { Comment, Stance } from '../../shared/domain/comments';
import type { CompiledFilter, CompiledView } from '../../shared/domain/compile';
import { CHANNELS } from '../../shared/ipc/channels';
import { LIST_WINDOWS } from '../../shared/ipc/limits';
import { call, DE_AN, ITEM, openInstallation } from '../support/exchange';

const STANCES: Stance[] = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'];
const WORDS = ['ngân sách', 'đầu tư công', 'biên chế', 'Đổi mới', 'giáo dục'];

let ctx: CoreContext;
let blocks: Array<{ id: string; text: string }>;

function comment(i: number, text: string, id: string = randomUUID()): Comment {
  const block = i % 7 === 0 ? null : blocks[i % blocks.length];
  const quote = block ? block.text.slice(0, 12) : null;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return {
    id,
    sessionId: currentSession(ctx.db)!.id,
    itemId: ITEM,
    documentId: DE_AN,
    anchor:
      block && quote ? { blockId: block.id, start: 0, end: quote.length, quote, path: null, lineFirst: 1, lineLast: 1 } : null,
    stance: STANCES[i % 3],
    text,
    proposedText: i % 4 === 0 ? `Sửa: ${WORDS[(i + 2) % WORDS.length]}` : null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    deleted: false,
    author: { id: `dai-bieu-${i % 20}`, name: `Đại biểu ${i % 20}`, delegation: `Tổ ${i % 3}` },
  };
}

function writeComments(list: Comment[]): void {
  ctx.db.transaction(() => list.forEach((c) => writeCommentRow(ctx.db, c)))();
}

async function searchIds(query: string): Promise<string[]> {
  const ids: string[] = [];
  let view = await call<CompiledView>(ctx, CHANNELS.compileGet, { query });
  for (;;) {
    for (const doc of view.documents) for (const p of doc.passages) ids.push(...p.comments.map((c) => c.comment.id));
    const next = view.window!.next;
    if (next === null) return ids;
    view = await call<CompiledView>(ctx, CHANNELS.compileGet, { query, offset: next, limit: LIST_WINDOWS.compileMaxRows });
  }
}

const wholeIds = (filter: CompiledFilter): string[] =>
  compile(ctx.db, filter).documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id)));

async function expectSameAsWholeCompilation(queries: string[]): Promise<void> {
  for (const query of queries) expect(await searchIds(query), query).toEqual(wholeIds({ query }));
}

/** A write that builds the index again without changing a stored comment: an agenda item's title. */
function retitleItem(title: string): void {
  ctx.db.prepare('UPDATE agenda_items SET title = ? WHERE id = ?').run(title, ITEM);
}

beforeAll(() => {
  ctx = openInstallation();
  blocks = ctx.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind = 'paragraph' ORDER BY position LIMIT 6")
    .all(DE_AN) as Array<{ id: string; text: string }>;
  writeComments(Array.from({ length: 300 }, (_, i) => comment(i, `Góp ý ${i} về ${WORDS[i % WORDS.length]} ở địa phương.`)));
}, 60_000);

afterAll(() => ctx?.close());

describe('the word index across full builds', () => {
  it('keeps the folded words for a build no comment change caused, and finds what the whole compilation finds', async () => {
    await expectSameAsWholeCompilation(['ngan sach']);
    const before = compileIndex(ctx.db);
    expect(before.foldedUpTo).toBeNull();
    retitleItem('Hợp nhất tổ chức (sửa tên)');
    const after = compileIndex(ctx.db);
    expect(after.byId).not.toBe(before.byId);
    // Kept, not folded again: nothing is left to fold.
    expect(after.tokens).toBe(before.tokens);
    expect(after.foldedUpTo).toBeNull();
    await expectSameAsWholeCompilation(['ngan sach', 'dau tu', 'DOI MOI', 'bien che giao', 'dai bieu 7', 'to 2', 'khongco']);
  });

  it('drops comments taken out and finds the new words of the ones written again under their ids, and of new ones', async () => {
    const last = ctx.db.prepare('SELECT id FROM comments ORDER BY rowid DESC LIMIT 30').pluck().all() as string[];
    const before = compileIndex(ctx.db);
    // Taken out (as only a session's deletion does in the app), then a build: their words no longer match.
    ctx.db.prepare('DELETE FROM comments WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(last));
    retitleItem('Hợp nhất tổ chức (lần hai)');
    const built = compileIndex(ctx.db);
    expect(built.tokens).toBe(before.tokens);
    expect(built.entries).toHaveLength(270);
    await expectSameAsWholeCompilation(['ngan sach', 'dau tu', 'gop y 29']);
    // The same ids back with other words (rows above the highest), and new comments: appended, then folded.
    writeComments([
      ...last.map((id, i) => comment(1000 + i, `Ý kiến thay thế ${i} về cuchuoi.`, id)),
      ...Array.from({ length: 10 }, (_, i) => comment(2000 + i, `Ý kiến mới ${i} về bienrong và ngân sách.`)),
    ]);
    await expectSameAsWholeCompilation(['ngan sach', 'dau tu', 'cuchuoi', 'bienrong', 'thay the', 'gop y 29']);
    expect(await searchIds('cuchuoi')).toHaveLength(30);
  });

  it('folds afresh after a change to a stored comment (which comment is not known)', async () => {
    const before = compileIndex(ctx.db);
    const id = ctx.db.prepare('SELECT id FROM comments ORDER BY rowid LIMIT 1 OFFSET 5').pluck().get() as string;
    const c = getComment(ctx.db, id)!;
    ctx.db.transaction(() => saveCommentState(ctx.db, { ...c, text: 'Đã sửa: khangkhang.', revision: c.revision + 1 }))();
    const after = compileIndex(ctx.db);
    expect(after.tokens).not.toBe(before.tokens);
    await expectSameAsWholeCompilation(['khangkhang', 'ngan sach', 'cuchuoi']);
  });
});
