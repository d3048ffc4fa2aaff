/**
 * The revised draft through the channels, on a real SQLite file holding the sample dossier: accepting
 * wordings from answers, direct changes, conflicts and their resolution, refusals that write
 * nothing, and the revised version made in one transaction with every comment re-anchored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { MakeRevisionResult, RevisionView } from '../../shared/domain/revisions';
import type { DocumentView } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { dumpDatabase } from '../support/db-dump';
import { call, DE_AN, ITEM, openInstallation } from '../support/exchange';

const DELEGATE = 'db01-nguyen-thi-thanh-huong';
let ctx: CoreContext;

afterEach(() => ctx?.close());

async function paragraphs(c: CoreContext): Promise<DocumentView['blocks']> {
  const doc = await call<DocumentView>(c, CHANNELS.documentGet, { documentId: DE_AN });
  return doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 60);
}

/** A comment quoting `quote` (the first occurrence in the block) with a proposed wording. */
async function comment(
  c: CoreContext,
  blockId: string,
  text: string,
  quote: string,
  proposedText: string | null,
): Promise<Comment> {
  const start = text.indexOf(quote);
  return call<Comment>(c, CHANNELS.commentsCreate, {
    itemId: ITEM,
    documentId: DE_AN,
    anchor: { blockId, start, end: start + quote.length, quote },
    stance: 'khong_tan_thanh',
    text: 'Đề nghị sửa lời văn.',
    proposedText,
  });
}

async function setUp(): Promise<{ blocks: DocumentView['blocks'] }> {
  ctx = openInstallation();
  await call(ctx, CHANNELS.identitySet, { rosterId: DELEGATE });
  return { blocks: await paragraphs(ctx) };
}

const words = (text: string, from: number, n: number) =>
  text
    .split(' ')
    .slice(from, from + n)
    .join(' ');

describe('revised draft', () => {
  it('accepts a wording as proposed and as edited, lists them, and makes the next version', async () => {
    const { blocks } = await setUp();
    const [b1, b2] = blocks;
    const q1 = words(b1.text, 1, 3);
    const q2 = words(b2.text, 2, 2);
    const c1 = await comment(ctx, b1.id, b1.text, q1, 'lời văn mới một');
    const c2 = await comment(ctx, b2.id, b2.text, q2, 'đề xuất của đại biểu');
    const general = await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tán thành.',
    });
    const a1 = await call<{ changeId: string }>(ctx, CHANNELS.answersSet, {
      commentIds: [c1.id],
      kind: 'tiep_thu',
      text: 'Tiếp thu.',
      acceptWording: true,
    });
    await call(ctx, CHANNELS.answersSet, {
      commentIds: [c2.id],
      kind: 'tiep_thu',
      text: 'Tiếp thu, chỉnh lời văn.',
      acceptWording: true,
      wording: 'lời văn của Văn phòng',
    });
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.changes).toHaveLength(2);
    expect(view.ready).toBe(true);
    expect(view.changes.find((c) => c.id === a1.changeId)).toMatchObject({
      original: q1,
      wording: 'lời văn mới một',
      origin: 'comment',
      sources: [{ commentId: c1.id, answerKind: 'tiep_thu', answerText: 'Tiếp thu.' }],
    });
    expect(view.changes.find((c) => c.sources[0].commentId === c2.id)?.wording).toBe('lời văn của Văn phòng');

    const made = await call<MakeRevisionResult>(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    expect(made).toMatchObject({ version: view.version + 1, applied: 2, changedBlocks: 2, removedBlocks: 0, orphaned: 0 });
    const after = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId: DE_AN });
    const text1 = after.blocks.find((b) => b.id === b1.id)!.text;
    expect(Buffer.from(text1).equals(Buffer.from(b1.text.replace(q1, 'lời văn mới một').normalize('NFC')))).toBe(true);
    expect(after.blocks.find((b) => b.id === b2.id)!.text).toBe(b2.text.replace(q2, 'lời văn của Văn phòng'));
    // Every comment still stands, the accepted ones now on the new wording.
    const comments = await call<Comment[]>(ctx, CHANNELS.commentsList, { documentId: DE_AN });
    expect(comments.find((c) => c.id === general.id)).toBeDefined();
    expect(comments.find((c) => c.id === c1.id)?.anchor?.blockId).toBe(b1.id);
    // Nothing pending any more; a second make is refused.
    expect((await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN })).changes).toEqual([]);
    const again = await dispatch(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // The applied changes are kept, with the version they went into.
    const rows = ctx.db.prepare('SELECT status, applied_version FROM revision_changes').all();
    expect(rows).toEqual([
      { status: 'applied', applied_version: made.version },
      { status: 'applied', applied_version: made.version },
    ]);
  });

  it('reports overlapping wordings as a conflict, refuses the revision, then resolves by merging', async () => {
    const { blocks } = await setUp();
    const [b1] = blocks;
    const long = words(b1.text, 1, 4);
    const inner = words(b1.text, 2, 2);
    const c1 = await comment(ctx, b1.id, b1.text, long, 'cách viết thứ nhất');
    const c2 = await comment(ctx, b1.id, b1.text, inner, 'cách viết thứ hai');
    for (const c of [c1, c2])
      await call(ctx, CHANNELS.answersSet, { commentIds: [c.id], kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true });
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.conflicts).toHaveLength(1);
    expect(view.ready).toBe(false);
    const before = dumpDatabase(ctx.db);
    const refused = await dispatch(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toMatch(/xung đột/u);
    expect(dumpDatabase(ctx.db)).toEqual(before);

    const merged = await call<{ changeId: string }>(ctx, CHANNELS.revisionsResolve, {
      documentId: DE_AN,
      changeIds: view.conflicts[0].changeIds,
      resolution: { kind: 'merge', wording: 'lời văn hợp nhất', reason: 'Hợp nhất hai ý kiến.' },
    });
    const resolved = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(resolved.conflicts).toEqual([]);
    expect(resolved.changes).toHaveLength(1);
    expect(resolved.changes[0]).toMatchObject({ id: merged.changeId, origin: 'merged', original: long });
    expect(resolved.changes[0].sources.map((s) => s.commentId).sort()).toEqual([c1.id, c2.id].sort());
    await call(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    const after = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId: DE_AN });
    expect(after.blocks.find((b) => b.id === b1.id)!.text).toBe(b1.text.replace(long, 'lời văn hợp nhất'));
  });

  it('resolves a conflict by keeping one change, and a new answer withdraws an earlier acceptance', async () => {
    const { blocks } = await setUp();
    const [b1] = blocks;
    const q = words(b1.text, 1, 2);
    const c1 = await comment(ctx, b1.id, b1.text, q, 'một');
    const c2 = await comment(ctx, b1.id, b1.text, q, 'hai');
    const ids: string[] = [];
    for (const c of [c1, c2]) {
      const r = await call<{ changeId: string }>(ctx, CHANNELS.answersSet, {
        commentIds: [c.id],
        kind: 'tiep_thu',
        text: 'Tiếp thu.',
        acceptWording: true,
      });
      ids.push(r.changeId);
    }
    await call(ctx, CHANNELS.revisionsResolve, {
      documentId: DE_AN,
      changeIds: ids,
      resolution: { kind: 'keep', changeId: ids[1] },
    });
    let view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.changes.map((c) => c.id)).toEqual([ids[1]]);
    // Answering c2 again with Giải trình takes its wording back out of the revised draft.
    await call(ctx, CHANNELS.answersSet, { commentIds: [c2.id], kind: 'giai_trinh', text: 'Giữ nguyên dự thảo.' });
    view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.changes).toEqual([]);
  });

  it('refuses bad acceptances with a Vietnamese message, writing nothing', async () => {
    const { blocks } = await setUp();
    const [b1, b2] = blocks;
    const c1 = await comment(ctx, b1.id, b1.text, words(b1.text, 1, 2), 'đề xuất');
    const c2 = await comment(ctx, b2.id, b2.text, words(b2.text, 1, 2), null);
    const deleted = await comment(ctx, b2.id, b2.text, words(b2.text, 3, 2), 'đề xuất khác');
    await call(ctx, CHANNELS.commentsDelete, { id: deleted.id, expectedRevision: 1 });
    const answer = { kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true } as const;
    const cases: Array<[unknown, RegExp]> = [
      [{ ...answer, commentIds: [c1.id, c2.id] }, /từng góp ý một/u],
      [{ ...answer, commentIds: [deleted.id] }, /đã bị đại biểu xóa/u],
      [{ ...answer, commentIds: [c2.id] }, /không đề xuất lời văn/u],
      [{ ...answer, kind: 'giai_trinh', commentIds: [c1.id] }, /Tiếp thu/u],
      [{ commentIds: [c1.id], kind: 'tiep_thu', text: 'x', wording: 'y' }, /tiếp thu lời văn/u],
    ];
    // The passage c1 quotes no longer exists in the current version.
    ctx.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('Đoạn văn đã viết lại hoàn toàn.', b1.id);
    cases.push([{ ...answer, commentIds: [c1.id] }, /không còn trong phiên bản hiện tại/u]);
    const before = dumpDatabase(ctx.db);
    for (const [payload, message] of cases) {
      const r = await dispatch(ctx, CHANNELS.answersSet, payload);
      expect(r.ok, JSON.stringify(payload)).toBe(false);
      expect(!r.ok && r.error.message).toMatch(message);
    }
    expect(dumpDatabase(ctx.db)).toEqual(before);
  });

  it('takes a direct change with its reason, and flags a change whose passage changed instead of applying it', async () => {
    const { blocks } = await setUp();
    const [b1, b2] = blocks;
    const q = words(b1.text, 0, 3);
    const start = b1.text.indexOf(q);
    const direct = await call<{ changeId: string }>(ctx, CHANNELS.revisionsChange, {
      documentId: DE_AN,
      from: { blockId: b1.id, offset: start },
      to: { blockId: b1.id, offset: start + q.length },
      wording: '',
      reason: 'Bỏ cụm từ thừa.',
    });
    const c = await comment(ctx, b2.id, b2.text, words(b2.text, 1, 2), 'đề xuất');
    await call(ctx, CHANNELS.answersSet, { commentIds: [c.id], kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true });
    // The passage of the second change is rewritten (as by a new version from Word): it cannot apply.
    ctx.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('Đoạn văn đã viết lại hoàn toàn.', b2.id);
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.changes.find((x) => x.id === direct.changeId)).toMatchObject({
      origin: 'direct',
      reason: 'Bỏ cụm từ thừa.',
      wording: '',
    });
    expect(view.stale).toHaveLength(1);
    expect(view.stale[0].reason).toBe('text_changed');
    const refused = await dispatch(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    expect(!refused.ok && refused.error.message).toMatch(/không còn khớp/u);
    // Withdrawn, it no longer stands in the way; the direct change is applied.
    await call(ctx, CHANNELS.revisionsResolve, {
      documentId: DE_AN,
      changeIds: [view.stale[0].changeId],
      resolution: { kind: 'withdraw' },
    });
    await call(ctx, CHANNELS.revisionsMake, { documentId: DE_AN });
    const after = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId: DE_AN });
    expect(after.blocks.find((b) => b.id === b1.id)!.text).toBe(b1.text.slice(0, start) + b1.text.slice(start + q.length));
  });

  it('follows a change whose words moved within its block', async () => {
    const { blocks } = await setUp();
    const [b1] = blocks;
    const q = words(b1.text, 2, 3);
    const c = await comment(ctx, b1.id, b1.text, q, 'đã dời chỗ');
    await call(ctx, CHANNELS.answersSet, { commentIds: [c.id], kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true });
    ctx.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run(`Mở đầu mới. ${b1.text}`, b1.id);
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    expect(view.ready).toBe(true);
    expect(view.changes[0].start).toBe(`Mở đầu mới. ${b1.text}`.indexOf(q));
  });
});
