import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { DossierImportResult, SavedFile } from '../../shared/domain/packages';
import type { AgendaView } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, commentTables, DE_AN, ITEM, openInstallation } from '../support/exchange';

async function exportDossierFile(ctx: ReturnType<typeof openInstallation>) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  return { name: saved.fileName, data: readFileSync(saved.path) };
}

describe('dossier packages', () => {
  it('a delegate opens the secretariat’s dossier, with its deadline', async () => {
    const secretariat = openInstallation();
    secretariat.db.prepare("UPDATE sessions SET comment_deadline = '2019-12-05T17:00:00+07:00'").run();
    const file = await exportDossierFile(secretariat);
    expect(file.name).toMatch(/^ho-so_qn-hdnd-xiii-2019-cuoi-nam_v2\.hoso$/u);
    const delegate = openInstallation();
    const result = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: asUpload(file) });
    expect(result).toMatchObject({ status: 'imported', version: 2 });
    const agenda = await call<AgendaView>(delegate, CHANNELS.agendaGet);
    expect(agenda.session.commentDeadline).toBe('2019-12-05T17:00:00+07:00');
    expect(agenda.items.find((i) => i.id === ITEM)!.documents).toHaveLength(4);
    const again = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: asUpload(file) });
    expect(again.status).toBe('unchanged');
    secretariat.close();
    delegate.close();
  });

  it('a newer version keeps the delegate’s comments attached to their passages', async () => {
    const secretariat = openInstallation();
    const delegate = openInstallation();
    await call(delegate, CHANNELS.packagesImportDossier, { file: asUpload(await exportDossierFile(secretariat)) });
    await call(delegate, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const block = delegate.db
      .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND text LIKE '%Sở Nội vụ%' ORDER BY position LIMIT 1")
      .get(DE_AN) as {
      id: string;
      text: string;
    };
    const start = block.text.indexOf('Sở Nội vụ');
    const comment = await call<Comment>(delegate, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: { blockId: block.id, start, end: start + 9, quote: 'Sở Nội vụ' },
      stance: 'tan_thanh',
      text: 'Tán thành.',
    });
    // The secretariat inserts a paragraph before the commented one: every later line number moves.
    secretariat.db
      .prepare('UPDATE blocks SET text = ? || text WHERE id = ?')
      .run('Đoạn mở đầu được bổ sung thêm trong phiên bản mới. ', block.id);
    const v3 = await exportDossierFile(secretariat);
    const result = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: asUpload(v3) });
    expect(result).toMatchObject({ status: 'imported', version: 3, orphanedComments: 0 });
    const [after] = await call<Comment[]>(delegate, CHANNELS.commentsList, { mine: true });
    expect(after.id).toBe(comment.id);
    expect(after.anchor!.quote).toBe('Sở Nội vụ');
    expect(after.anchor!.start).toBe(start + 'Đoạn mở đầu được bổ sung thêm trong phiên bản mới. '.length);
    const text = (delegate.db.prepare('SELECT text FROM blocks WHERE id = ?').get(after.anchor!.blockId) as { text: string })
      .text;
    expect(text.slice(after.anchor!.start, after.anchor!.end)).toBe('Sở Nội vụ');
    secretariat.close();
    delegate.close();
  });

  it('carries the secretariat’s answers; each delegate keeps those to their own comments', async () => {
    const secretariat = openInstallation();
    const delegates = [openInstallation(), openInstallation()];
    const first = await exportDossierFile(secretariat);
    const written: Comment[] = [];
    for (const [i, delegate] of delegates.entries()) {
      await call(delegate, CHANNELS.packagesImportDossier, { file: asUpload(first) });
      await call(delegate, CHANNELS.identitySet, { rosterId: ['db01-nguyen-thi-thanh-huong', 'db02-tran-quoc-hung'][i] });
      written.push(
        await call<Comment>(delegate, CHANNELS.commentsCreate, {
          itemId: ITEM,
          documentId: DE_AN,
          anchor: null,
          stance: 'y_kien_khac',
          text: `Góp ý của đại biểu ${i + 1}.`,
        }),
      );
      const saved = await call<SavedFile>(delegate, CHANNELS.packagesExportComments);
      await call(secretariat, CHANNELS.packagesImportComments, {
        files: [asUpload({ name: saved.fileName, data: readFileSync(saved.path) })],
      });
    }
    await call(secretariat, CHANNELS.answersSet, {
      commentIds: [written[0].id],
      kind: 'tiep_thu',
      text: 'Đã bổ sung vào Điều 2.',
    });
    const second = await exportDossierFile(secretariat);

    const result = await call<DossierImportResult>(delegates[0], CHANNELS.packagesImportDossier, { file: asUpload(second) });
    expect(result).toMatchObject({ status: 'imported', answersReceived: 1 });
    expect(await call(delegates[0], CHANNELS.answersList)).toEqual([
      {
        commentId: written[0].id,
        kind: 'tiep_thu',
        text: 'Đã bổ sung vào Điều 2.',
        answeredAt: expect.any(String),
        commentRevision: 1,
      },
    ]);
    // The other delegate gets the same dossier, and no answer: none was to their comment.
    const other = await call<DossierImportResult>(delegates[1], CHANNELS.packagesImportDossier, { file: asUpload(second) });
    expect(other).toMatchObject({ status: 'imported', answersReceived: 0 });
    expect(await call(delegates[1], CHANNELS.answersList)).toEqual([]);
    for (const ctx of [secretariat, ...delegates]) ctx.close();
  });

  it('refuses a dossier for the same session from another publisher, changing nothing', async () => {
    const secretariat = openInstallation();
    const impostor = openInstallation();
    const delegate = openInstallation();
    await call(delegate, CHANNELS.packagesImportDossier, { file: asUpload(await exportDossierFile(secretariat)) });
    await exportDossierFile(impostor); // v2
    const forged = await exportDossierFile(impostor); // v3, newer, but signed by another key
    const before = [commentTables(delegate), delegate.db.prepare('SELECT * FROM blocks ORDER BY seq').all()];
    const result = await dispatch(delegate, CHANNELS.packagesImportDossier, { file: asUpload(forged) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/nơi phát hành khác/u);
    expect([commentTables(delegate), delegate.db.prepare('SELECT * FROM blocks ORDER BY seq').all()]).toEqual(before);
    for (const c of [secretariat, impostor, delegate]) c.close();
  });
});
