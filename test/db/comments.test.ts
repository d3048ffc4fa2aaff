import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { readDocument } from '../../main/core/db/repos/dossier';
import { storedComment } from '../../main/core/services/comment-save';
import type { SavedComment } from '../../shared/ipc/events';
import type { Comment } from '../../shared/domain/comments';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../support/temp';

const ITEM = 'hop-nhat-to-chuc-noi-vu';
const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';

async function call<T>(ctx: CoreContext, channel: Channel, payload?: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function failure(ctx: CoreContext, channel: Channel, payload?: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(ctx, channel, payload);
  if (result.ok) throw new Error(`${channel} unexpectedly accepted ${JSON.stringify(payload)}`);
  return result.error;
}

function snapshot(ctx: CoreContext): unknown[] {
  return ['comments', 'comment_revisions', 'notes', 'drafts'].map((t) =>
    ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
  );
}

/** A sentence of the Đề án containing "Sở Nội vụ", as the reader would send it. */
function sentenceAnchor(ctx: CoreContext) {
  const doc = readDocument(ctx.db, DE_AN)!;
  const block = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('Sở Nội vụ') && b.lineCount > 1)!;
  const start = block.text.indexOf('Sở Nội vụ');
  return { block, anchor: { blockId: block.id, start, end: start + 'Sở Nội vụ'.length, quote: 'Sở Nội vụ' } };
}

async function delegate(dataDir = tempDir()): Promise<CoreContext> {
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
  return ctx;
}

describe('comments', () => {
  it('asks who I am before the first comment, and offers the roster', async () => {
    const ctx = openCore({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR });
    const view = await call<{ identity: null; roster: Array<{ delegation: string }>; rosterIllustrative: boolean }>(
      ctx,
      CHANNELS.identityGet,
    );
    expect(view.identity).toBeNull();
    expect(new Set(view.roster.map((r) => r.delegation)).size).toBe(14);
    expect(view.rosterIllustrative).toBe(true);
    const error = await failure(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Đồng ý.',
    });
    expect(error.code).toBe('no_identity');
    const me = await call<{ name: string; role: string }>(ctx, CHANNELS.identitySet, {
      name: 'Trần Văn Bình',
      delegation: 'Tổ đại biểu huyện Cô Tô',
    });
    expect(me).toMatchObject({ name: 'Trần Văn Bình', role: 'dai_bieu' });
    expect(await call(ctx, CHANNELS.identitySet, { role: 'thu_ky' })).toMatchObject({ name: 'Trần Văn Bình', role: 'thu_ky' });
    ctx.close();
  });

  it('creates a comment on a passage with its anchor, structural path and line numbers', async () => {
    const ctx = await delegate();
    const { block, anchor } = sentenceAnchor(ctx);
    const c = await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor,
      stance: 'khong_tan_thanh',
      text: 'Đề nghị làm rõ lộ trình.',
      proposedText: 'Sở Nội vụ tỉnh',
    });
    expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/u);
    expect(c.revision).toBe(1);
    expect(c.author).toEqual({
      id: 'db01-nguyen-thi-thanh-huong',
      name: expect.any(String),
      delegation: expect.stringContaining('Tổ đại biểu'),
    });
    expect(c.anchor).toMatchObject({ blockId: block.id, quote: 'Sở Nội vụ', path: block.path });
    expect(c.anchor!.lineFirst).toBeGreaterThanOrEqual(block.lineStart);
    expect(c.anchor!.lineLast).toBeLessThan(block.lineStart + block.lineCount);
    const agenda = await call<{
      items: Array<{ id: string; commentCount: number; documents: Array<{ id: string; commentCount: number }> }>;
    }>(ctx, CHANNELS.agendaGet);
    const item = agenda.items.find((i) => i.id === ITEM)!;
    expect(item.commentCount).toBe(1);
    expect(item.documents.find((d) => d.id === DE_AN)!.commentCount).toBe(1);
    ctx.close();
  });

  it('keeps every revision on edit and a tombstone on delete', async () => {
    const ctx = await delegate();
    const c = await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Bản đầu.',
    });
    const edited = await call<Comment>(ctx, CHANNELS.commentsUpdate, {
      id: c.id,
      expectedRevision: 1,
      text: 'Bản sửa.',
      stance: 'y_kien_khac',
    });
    expect(edited).toMatchObject({ revision: 2, text: 'Bản sửa.', stance: 'y_kien_khac', createdAt: c.createdAt });
    const stale = await failure(ctx, CHANNELS.commentsUpdate, { id: c.id, expectedRevision: 1, text: 'Ghi đè?' });
    expect(stale.code).toBe('conflict');
    const deleted = await call<Comment>(ctx, CHANNELS.commentsDelete, { id: c.id, expectedRevision: 2 });
    expect(deleted).toMatchObject({ revision: 3, deleted: true, text: 'Bản sửa.' });
    const history = await call<Array<{ revision: number; text: string; deleted: boolean }>>(ctx, CHANNELS.commentsHistory, {
      id: c.id,
    });
    expect(history.map((h) => [h.revision, h.text, h.deleted])).toEqual([
      [1, 'Bản đầu.', false],
      [2, 'Bản sửa.', false],
      [3, 'Bản sửa.', true],
    ]);
    expect(await call<Comment[]>(ctx, CHANNELS.commentsList, {})).toEqual([]);
    const all = await call<Comment[]>(ctx, CHANNELS.commentsList, { includeDeleted: true });
    expect(all.map((x) => [x.id, x.deleted])).toEqual([[c.id, true]]);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 1 });
    expect((await failure(ctx, CHANNELS.commentsUpdate, { id: c.id, expectedRevision: 3, text: 'x' })).code).toBe('conflict');
    ctx.close();
  });

  it('finds anchors again after the database is reopened', async () => {
    const dataDir = tempDir();
    const first = await delegate(dataDir);
    const { anchor } = sentenceAnchor(first);
    const c = await call<SavedComment>(first, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor,
      stance: 'tan_thanh',
      text: 'Tán thành.',
    });
    first.close();
    const second = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const [again] = await call<Comment[]>(second, CHANNELS.commentsList, { documentId: DE_AN, mine: true });
    expect(again).toEqual(storedComment(c));
    const block = readDocument(second.db, DE_AN)!.blocks.find((b) => b.id === again.anchor!.blockId)!;
    expect(block.text.slice(again.anchor!.start, again.anchor!.end)).toBe(again.anchor!.quote);
    second.close();
  });

  it('normalises text to NFC', async () => {
    const ctx = await delegate();
    const c = await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'y_kien_khac',
      text: 'Đề nghị bổ sung lộ trình thực hiện.'.normalize('NFD'),
    });
    expect(c.text).toBe('Đề nghị bổ sung lộ trình thực hiện.');
    expect(c.documentId).toBeNull();
    ctx.close();
  });

  it('rejects bad anchors, foreign documents, over-long text and other people’s comments, writing nothing', async () => {
    const ctx = await delegate();
    const { anchor } = sentenceAnchor(ctx);
    const base = { itemId: ITEM, documentId: DE_AN, stance: 'tan_thanh', text: 'x' };
    const before = snapshot(ctx);
    const cases: Array<[unknown, RegExp]> = [
      [{ ...base, anchor: { ...anchor, quote: 'Sở Tài chính' } }, /không khớp/u],
      [{ ...base, anchor: { ...anchor, end: 1_000_000 } }, /không nằm trong/u],
      [{ ...base, anchor: { ...anchor, blockId: 'tt-hop-nhat-to-chuc-noi-vu-0001' } }, /Không tìm thấy đoạn văn/u],
      [{ ...base, documentId: 'tt-du-toan-ngan-sach-2020', anchor: null }, /không thuộc/u],
      [{ ...base, itemId: 'khong-co', anchor: null }, /Không tìm thấy/u],
      [{ ...base, anchor: null, text: 'đ'.repeat(10_001) }, /quá dài \(tối đa 10\.000 ký tự\)/u],
      [{ ...base, documentId: null, anchor }, /phải thuộc một tài liệu/u],
    ];
    for (const [payload, message] of cases) {
      expect((await failure(ctx, CHANNELS.commentsCreate, payload)).message).toMatch(message);
    }
    expect(snapshot(ctx)).toEqual(before);
    const mine = await call<Comment>(ctx, CHANNELS.commentsCreate, { ...base, anchor: null });
    await call(ctx, CHANNELS.identitySet, { rosterId: 'db02-tran-quoc-hung' });
    const afterCreate = snapshot(ctx);
    expect((await failure(ctx, CHANNELS.commentsUpdate, { id: mine.id, expectedRevision: 1, text: 'sửa trộm' })).code).toBe(
      'not_found',
    );
    expect((await failure(ctx, CHANNELS.commentsDelete, { id: mine.id, expectedRevision: 1 })).code).toBe('not_found');
    expect(snapshot(ctx)).toEqual(afterCreate);
    ctx.close();
  });

  it('carries the comments written under a typed name to the roster entry picked later', async () => {
    const ctx = openCore({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR });
    await call(ctx, CHANNELS.identitySet, { name: 'Nguyễn Thị Thanh Hương', delegation: 'Tổ đại biểu thành phố Hạ Long' });
    const typed = await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Viết trước khi chọn tên trong danh sách.',
    });
    await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const [mine] = await call<Comment[]>(ctx, CHANNELS.commentsList, { mine: true });
    expect(mine).toMatchObject({ id: typed.id, revision: 2, author: { id: 'db01-nguyen-thi-thanh-huong' } });
    const edited = await call<Comment>(ctx, CHANNELS.commentsUpdate, { id: typed.id, expectedRevision: 2, text: 'Sửa được.' });
    expect(edited.revision).toBe(3);
    const history = await call<Array<{ revision: number; text: string }>>(ctx, CHANNELS.commentsHistory, { id: typed.id });
    expect(history.map((r) => r.revision)).toEqual([1, 2, 3]);
    ctx.close();
  });

  it('keeps private notes apart from comments', async () => {
    const ctx = await delegate();
    const { anchor } = sentenceAnchor(ctx);
    const note = await call<{ id: string; text: string }>(ctx, CHANNELS.notesSave, {
      documentId: DE_AN,
      anchor,
      text: 'Hỏi lại Sở Nội vụ.',
    });
    const edited = await call<{ id: string; text: string }>(ctx, CHANNELS.notesSave, {
      id: note.id,
      documentId: DE_AN,
      anchor,
      text: 'Đã hỏi.',
    });
    expect(edited).toMatchObject({ id: note.id, text: 'Đã hỏi.' });
    expect(await call(ctx, CHANNELS.commentsList, {})).toEqual([]);
    expect(await call<unknown[]>(ctx, CHANNELS.notesList, { documentId: DE_AN })).toHaveLength(1);
    expect(await call(ctx, CHANNELS.notesDelete, { id: note.id })).toEqual({ deleted: true });
    expect(await call<unknown[]>(ctx, CHANNELS.notesList, { documentId: DE_AN })).toHaveLength(0);
    ctx.close();
  });

  it('autosaves drafts that survive a reopen', async () => {
    const dataDir = tempDir();
    const ctx = await delegate(dataDir);
    const payload = JSON.stringify({ text: 'Đề nghị cân nhắc', stance: 'y_kien_khac' });
    await call(ctx, CHANNELS.draftsSave, { key: `comment:new:${DE_AN}`, payload });
    ctx.close();
    const again = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    expect(await call(again, CHANNELS.draftsGet, { key: `comment:new:${DE_AN}` })).toMatchObject({ payload });
    expect(await call(again, CHANNELS.draftsClear, { key: `comment:new:${DE_AN}` })).toEqual({ cleared: true });
    expect(await call(again, CHANNELS.draftsGet, { key: `comment:new:${DE_AN}` })).toBeNull();
    again.close();
    expect(join(dataDir)).toBe(dataDir);
  });
});
