import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { CompiledView } from '../../shared/domain/compile';
import type { PackageFileResult } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
import {
  asUpload,
  call,
  commentTables,
  DE_AN,
  ITEM,
  delegateWithComments,
  exportCommentsFile,
  openInstallation,
} from '../support/exchange';

const A = 'db01-nguyen-thi-thanh-huong';
const B = 'db02-tran-quoc-hung';
const C = 'db03-dinh-thi-thuy-hang';

async function importFiles(
  ctx: ReturnType<typeof openInstallation>,
  files: Array<{ name: string; data: Buffer }>,
): Promise<PackageFileResult[]> {
  return call<PackageFileResult[]>(ctx, CHANNELS.packagesImportComments, { files: files.map(asUpload) });
}

/** The compiled view without volatile fields, to compare end states. */
async function compiled(ctx: ReturnType<typeof openInstallation>): Promise<unknown> {
  const view = await call<CompiledView>(ctx, CHANNELS.compileGet);
  return JSON.parse(JSON.stringify(view, (k, v) => (k === 'lastPackageAt' ? undefined : v)));
}

describe('comment packages: round trip', () => {
  it('two delegates export, the secretariat imports both twice in both orders and ends in the same state', async () => {
    const a = await delegateWithComments(A, ['Tán thành chủ trương.', 'Đề nghị bổ sung lộ trình.', 'Cần làm rõ biên chế.']);
    const b = await delegateWithComments(B, ['Đề nghị đánh giá tác động.']);
    const a1 = await exportCommentsFile(a);
    // A edits one comment and deletes another, then exports again: a newer package.
    const mine = await call<Comment[]>(a, CHANNELS.commentsList, { mine: true });
    await call(a, CHANNELS.commentsUpdate, { id: mine[0].id, expectedRevision: 1, text: 'Tán thành, có điều kiện.' });
    await call(a, CHANNELS.commentsDelete, { id: mine[1].id, expectedRevision: 1 });
    const a2 = await exportCommentsFile(a);
    const b1 = await exportCommentsFile(b);

    const s1 = openInstallation();
    const first = await importFiles(s1, [a1, b1, a2]);
    expect(first.map((r) => [r.status, r.counts])).toEqual([
      ['imported', { added: 3, updated: 0, deleted: 0 }],
      ['imported', { added: 1, updated: 0, deleted: 0 }],
      ['imported', { added: 0, updated: 1, deleted: 1 }],
    ]);
    // The secretariat keeps the state each import replaced: the edited comment has both revisions.
    const history = await call<Array<{ revision: number; text: string }>>(s1, CHANNELS.commentsHistory, { id: mine[0].id });
    expect(history.map((r) => [r.revision, r.text])).toEqual([
      [1, 'Tán thành chủ trương.'],
      [2, 'Tán thành, có điều kiện.'],
    ]);
    const deletedHistory = await call<Array<{ revision: number; deleted: boolean }>>(s1, CHANNELS.commentsHistory, {
      id: mine[1].id,
    });
    expect(deletedHistory.map((r) => [r.revision, r.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
    const again = await importFiles(s1, [a1, b1, a2]);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    const s2 = openInstallation();
    const reversed = await importFiles(s2, [a2, b1, a1]);
    expect(reversed.map((r) => r.status)).toEqual(['imported', 'imported', 'unchanged']);
    await importFiles(s2, [a1, a2, b1]);

    const view = (await compiled(s1)) as CompiledView;
    expect(await compiled(s2)).toEqual(view);
    expect(view.totals.comments).toBe(3);
    expect(view.delegates.filter((d) => d.sent).map((d) => d.id)).toEqual([A, B]);
    const texts = view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.text)));
    expect(texts.sort()).toEqual(['Cần làm rõ biên chế.', 'Tán thành, có điều kiện.', 'Đề nghị đánh giá tác động.'].sort());
    for (const ctx of [a, b, s1, s2]) ctx.close();
  });

  it('takes the new author of comments carried from a typed name to a roster entry, in either order', async () => {
    const a = openInstallation();
    await call(a, CHANNELS.identitySet, { name: 'Nguyễn Thị Thanh Hương', delegation: 'Tổ đại biểu thành phố Hạ Long' });
    await call(a, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tán thành.',
    });
    const typed = await exportCommentsFile(a);
    await call(a, CHANNELS.identitySet, { rosterId: A });
    const picked = await exportCommentsFile(a);

    const s1 = openInstallation();
    const first = await importFiles(s1, [typed, picked]);
    expect(first.map((r) => [r.status, r.counts])).toEqual([
      ['imported', { added: 1, updated: 0, deleted: 0 }],
      ['imported', { added: 0, updated: 1, deleted: 0 }],
    ]);
    const s2 = openInstallation();
    await importFiles(s2, [picked, typed]);
    const view = (await compiled(s1)) as CompiledView;
    expect(await compiled(s2)).toEqual(view);
    const authors = view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.author.id)));
    expect(authors).toEqual([A]);
    for (const ctx of [a, s1, s2]) ctx.close();
  });

  it('answers a group of comments and filters to unanswered', async () => {
    const a = await delegateWithComments(A, ['Một.', 'Hai.', 'Ba.']);
    const s = openInstallation();
    await importFiles(s, [await exportCommentsFile(a)]);
    const view = await call<CompiledView>(s, CHANNELS.compileGet);
    const ids = view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id)));
    expect(
      await call(s, CHANNELS.answersSet, { commentIds: ids.slice(0, 2), kind: 'tiep_thu', text: 'Ban soạn thảo tiếp thu.' }),
    ).toEqual({ answered: 2 });
    const unanswered = await call<CompiledView>(s, CHANNELS.compileGet, { answered: 'unanswered' });
    expect(unanswered.totals.comments).toBe(1);
    const answered = await call<CompiledView>(s, CHANNELS.compileGet, { answered: 'answered' });
    expect(answered.documents[0].passages.flatMap((p) => p.comments.map((c) => c.answer?.kind))).toEqual([
      'tiep_thu',
      'tiep_thu',
    ]);
    expect(answered.documents[0].documentId).toBe(DE_AN);
    a.close();
    s.close();
  });

  it('tells the answers a delegate’s later revision may have outrun', async () => {
    const a = await delegateWithComments(A, ['Một.', 'Hai.']);
    const s = openInstallation();
    await importFiles(s, [await exportCommentsFile(a)]);
    const mine = await call<Comment[]>(a, CHANNELS.commentsList, { mine: true });
    await call(s, CHANNELS.answersSet, { commentIds: mine.map((c) => c.id), kind: 'giai_trinh', text: 'Đã giải trình.' });
    // The delegate revises the first comment after the answer, and sends again.
    await call(a, CHANNELS.commentsUpdate, { id: mine[0].id, expectedRevision: 1, text: 'Một, viết lại.' });
    await importFiles(s, [await exportCommentsFile(a)]);
    const ids = async (answered: 'answered' | 'unanswered' | 'revised') =>
      (await call<CompiledView>(s, CHANNELS.compileGet, { answered })).documents.flatMap((d) =>
        d.passages.flatMap((p) => p.comments.map((c) => [c.comment.id, c.comment.revision, c.answer?.commentRevision])),
      );
    expect(await ids('revised')).toEqual([[mine[0].id, 2, 1]]);
    expect((await ids('answered')).map(([id]) => id).sort()).toEqual(mine.map((c) => c.id).sort());
    expect(await ids('unanswered')).toEqual([]);
    // Answering again answers the revision now held.
    await call(s, CHANNELS.answersSet, { commentIds: [mine[0].id], kind: 'tiep_thu', text: 'Tiếp thu bản mới.' });
    expect(await ids('revised')).toEqual([]);
    a.close();
    s.close();
  });

  it('finds comments by words typed without diacritics, every word, in text, wording or author', async () => {
    const a = await delegateWithComments(A, ['Đề nghị làm rõ lộ trình.', 'Cần bổ sung biên chế.', 'Tán thành.']);
    const s = openInstallation();
    await importFiles(s, [await exportCommentsFile(a)]);
    const found = async (query: string) =>
      (await call<CompiledView>(s, CHANNELS.compileGet, { query })).documents.flatMap((d) =>
        d.passages.flatMap((p) => p.comments.map((c) => c.comment.text)),
      );
    expect(await found('LO TRINH')).toEqual(['Đề nghị làm rõ lộ trình.']);
    expect(await found('bổ sung bien')).toEqual(['Cần bổ sung biên chế.']);
    expect(await found('bo sung lo trinh')).toEqual([]);
    expect((await found('thanh huong')).length).toBe(3);
    expect((await found('   ')).length).toBe(3);
    a.close();
    s.close();
  });
});

describe('comment packages: rejections change nothing', () => {
  async function setup() {
    const a = await delegateWithComments(A, ['Góp ý thật.']);
    const good = await exportCommentsFile(a);
    const s = openInstallation();
    await importFiles(s, [good]);
    return { a, good, s };
  }

  async function expectRejected(s: ReturnType<typeof openInstallation>, file: { name: string; data: Buffer }, message: RegExp) {
    const before = commentTables(s);
    const [result] = await importFiles(s, [file]);
    expect(result.status).toBe('rejected');
    expect(result.message).toContain(file.name);
    expect(result.message).toMatch(message);
    expect(commentTables(s)).toEqual(before);
  }

  const rewrite = (file: { data: Buffer }, change: (envelope: Record<string, unknown>) => void): Buffer => {
    const envelope = JSON.parse(gunzipSync(file.data).toString('utf8'));
    change(envelope);
    return gzipSync(Buffer.from(JSON.stringify(envelope)));
  };

  it('a package signed by another key for the same delegate is held, adding nothing (roles issue: key renewal)', async () => {
    const { s } = await setup();
    const impostor = await delegateWithComments(A, ['Góp ý giả mạo.']);
    const before = commentTables(s);
    const [result] = await importFiles(s, [{ ...(await exportCommentsFile(impostor)), name: 'gia-mao.gopy' }]);
    expect(result.status).toBe('held');
    expect(result.message).toMatch(/khóa mới — chờ xác nhận: khóa cũ \S+, khóa mới \S+/u);
    expect(commentTables(s)).toEqual(before);
  });

  it('a bad signature', async () => {
    const { good, s } = await setup();
    const data = rewrite(good, (e) => {
      const sig = Buffer.from(e.signature as string, 'base64');
      sig[0] ^= 1;
      e.signature = sig.toString('base64');
    });
    await expectRejected(s, { name: 'chu-ky-sai.gopy', data }, /chữ ký số không hợp lệ/u);
  });

  it('a changed byte in the content', async () => {
    const { good, s } = await setup();
    const data = rewrite(good, (e) => {
      e.content = (e.content as string).replace('Góp ý thật.', 'Góp ý sửa.');
    });
    await expectRejected(s, { name: 'bi-sua.gopy', data }, /SHA-256/u);
  });

  it('a changed content with a recomputed hash still fails the signature', async () => {
    const { good, s } = await setup();
    const { createHash } = await import('node:crypto');
    const data = rewrite(good, (e) => {
      e.content = (e.content as string).replace('Góp ý thật.', 'Góp ý sửa.');
      e.sha256 = createHash('sha256')
        .update(e.content as string)
        .digest('hex');
    });
    await expectRejected(s, { name: 'bi-sua-2.gopy', data }, /chữ ký số/u);
  });

  it('a package of another session', async () => {
    const { s } = await setup();
    const other = openInstallation();
    // Another dossier: the same content under another session id (foreign keys off to rename it).
    other.db.pragma('foreign_keys = OFF');
    other.db.prepare("UPDATE sessions SET id = 'ky-hop-khac'").run();
    other.db.prepare("UPDATE agenda_items SET session_id = 'ky-hop-khac'").run();
    other.db.prepare("UPDATE roster SET session_id = 'ky-hop-khac'").run();
    await call(other, CHANNELS.identitySet, { name: 'Đại biểu khác', delegation: 'Tổ đại biểu huyện Cô Tô' });
    await expectRejected(s, { ...(await exportCommentsFile(other)), name: 'ky-hop-khac.gopy' }, /kỳ họp khác/u);
  });

  it('a malformed, truncated, empty, or oversized file', async () => {
    const { good, s } = await setup();
    await expectRejected(s, { name: 'cut.gopy', data: good.data.subarray(0, good.data.length - 10) }, /cắt cụt|hỏng/u);
    await expectRejected(s, { name: 'rac.gopy', data: Buffer.from('không phải gói') }, /không phải gói góp ý/u);
    await expectRejected(s, { name: 'rong.gopy', data: Buffer.alloc(0) }, /không phải gói góp ý/u);
    await expectRejected(s, { name: 'json.gopy', data: gzipSync(Buffer.from('{"format":1}')) }, /cấu trúc/u);
    const bomb = gzipSync(Buffer.alloc(101 * 1024 * 1024, 0x20));
    await expectRejected(s, { name: 'bom.gopy', data: bomb }, /vượt quá 100 MB/u);
  });

  it('reports one result per file and keeps going after a rejection', async () => {
    const { good, s } = await setup();
    const b = await delegateWithComments(B, ['Góp ý của B.']);
    const results = await importFiles(s, [{ name: 'rac.gopy', data: Buffer.from('x') }, good, await exportCommentsFile(b)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'unchanged', 'imported']);
    b.close();
  });

  it('a package found bad half way is rolled back alone, in the same import as good ones', async () => {
    const { s } = await setup();
    // B's second comment carries the id of A's comment: a validly signed package, refused on that comment.
    const b = await delegateWithComments(B, ['Góp ý riêng của B.', 'Góp ý mang mã của A.']);
    const aId = (s.db.prepare('SELECT id FROM comments').get() as { id: string }).id;
    const [, second] = await call<Comment[]>(b, CHANNELS.commentsList, { mine: true });
    b.db.pragma('foreign_keys = OFF');
    b.db.prepare('UPDATE comments SET id = ? WHERE id = ?').run(aId, second.id);
    b.db.prepare('UPDATE comment_revisions SET comment_id = ? WHERE comment_id = ?').run(aId, second.id);
    const bad = { ...(await exportCommentsFile(b)), name: 'ma-trung.gopy' };
    const c = await delegateWithComments(C, ['Góp ý của C.']);
    const before = s.db.prepare('SELECT count(*) AS n FROM comments').get();
    const results = await importFiles(s, [bad, await exportCommentsFile(c)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'imported']);
    expect(results[0].message).toMatch(/ma-trung\.gopy.*thuộc về một đại biểu khác/u);
    // Nothing of B stayed: not its first comment (written before the bad one), not its key, not the package.
    expect(s.db.prepare('SELECT count(*) AS n FROM comments WHERE author_id = ?').get(B)).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM pinned_keys WHERE author_id = ?').get(B)).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM imported_packages WHERE author_id = ?').get(B)).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: (before as { n: number }).n + 1 });
    for (const ctx of [b, c]) ctx.close();
  });

  it('rejects a dossier package where a comment package is expected', async () => {
    const { s } = await setup();
    const saved = await dispatch(s, CHANNELS.packagesExportDossier, undefined);
    expect(saved.ok).toBe(true);
    const { readFileSync } = await import('node:fs');
    const path = saved.ok ? (saved.value as { path: string }).path : '';
    await expectRejected(s, { name: 'ho-so.hoso', data: readFileSync(path) }, /không phải gói góp ý/u);
  });
});
