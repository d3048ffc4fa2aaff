/**
 * The delegate's side of the revised draft: the dossier says which accepted change took which
 * comment's wording (as proposed or as edited by the secretariat); the delegate's installation keeps
 * that for its own comments, shows it with the answer (channel and terminal), and marks the words the
 * new version changed, with the shared word diff. Real SQLite files, two installations.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import type { Answer, Comment } from '../../shared/domain/comments';
import type { DossierImportResult, SavedFile } from '../../shared/domain/packages';
import type { VersionMarks } from '../../shared/domain/revisions';
import type { DossierPackage } from '../../shared/packages/format';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, DE_AN, exportCommentsFile, ITEM, openInstallation } from '../support/exchange';
import { tempDir } from '../support/temp';

const DELEGATE = 'db01-nguyen-thi-thanh-huong';

async function exportDossier(ctx: ReturnType<typeof openInstallation>) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  const data = readFileSync(saved.path);
  const content = JSON.parse(JSON.parse(gunzipSync(data).toString('utf8')).content) as DossierPackage;
  return { file: asUpload({ name: saved.fileName, data }), content };
}

describe('a revised version reaching the delegate', () => {
  it('carries which wordings were taken and how, and the delegate sees them and the marked changes', async () => {
    const secretariat = openInstallation();
    const delegateDir = tempDir();
    const delegate = openInstallation(delegateDir);
    const first = await exportDossier(secretariat);
    // A dossier without a revised version leaves the field out (older apps still open it).
    expect(first.content.revisedWordings).toBeUndefined();
    await call(delegate, CHANNELS.packagesImportDossier, { file: first.file });
    await call(delegate, CHANNELS.identitySet, { rosterId: DELEGATE });
    const blocks = delegate.db
      .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind = 'paragraph' AND length(text) > 80 ORDER BY position")
      .all(DE_AN) as Array<{ id: string; text: string }>;
    const propose = (i: number, proposedText: string) => {
      const block = blocks[i];
      const quote = block.text.split(' ').slice(1, 4).join(' ');
      const start = block.text.indexOf(quote);
      return call<Comment>(delegate, CHANNELS.commentsCreate, {
        itemId: ITEM,
        documentId: DE_AN,
        anchor: { blockId: block.id, start, end: start + quote.length, quote },
        stance: 'khong_tan_thanh',
        text: `Đề nghị sửa đoạn ${i + 1}.`,
        proposedText,
      });
    };
    const asProposed = await propose(0, 'lời văn đề xuất giữ nguyên');
    const edited = await propose(1, 'lời văn đề xuất sẽ được sửa');
    const explained = await propose(2, 'lời văn không được tiếp thu');
    await call(secretariat, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(delegate))] });
    const answer = { kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true } as const;
    await call(secretariat, CHANNELS.answersSet, { ...answer, commentIds: [asProposed.id] });
    await call(secretariat, CHANNELS.answersSet, { ...answer, commentIds: [edited.id], wording: 'lời văn Văn phòng đã sửa' });
    await call(secretariat, CHANNELS.answersSet, { commentIds: [explained.id], kind: 'giai_trinh', text: 'Giữ như dự thảo.' });
    await call(secretariat, CHANNELS.revisionsMake, { documentId: DE_AN });

    const second = await exportDossier(secretariat);
    const wordings = second.content.revisedWordings ?? [];
    expect(wordings.map((w) => w.comments)).toEqual(
      expect.arrayContaining([[{ commentId: asProposed.id, taken: 'proposed' }], [{ commentId: edited.id, taken: 'edited' }]]),
    );
    expect(wordings).toHaveLength(2);
    expect(wordings.every((w) => w.documentId === DE_AN && w.revisedVersion === 2)).toBe(true);

    const imported = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: second.file });
    expect(imported).toMatchObject({ status: 'imported', answersReceived: 3, wordingsTaken: 2 });
    const answers = new Map((await call<Answer[]>(delegate, CHANNELS.answersList)).map((a) => [a.commentId, a]));
    expect(answers.get(asProposed.id)?.adoption).toMatchObject({
      taken: 'proposed',
      wording: 'lời văn đề xuất giữ nguyên',
      documentId: DE_AN,
      revisedVersion: 2,
    });
    expect(answers.get(edited.id)?.adoption).toMatchObject({ taken: 'edited', wording: 'lời văn Văn phòng đã sửa' });
    expect(answers.get(explained.id)).toMatchObject({ kind: 'giai_trinh' });
    expect(answers.get(explained.id)?.adoption).toBeUndefined();

    // The new version's changes, marked with the shared word diff against what the delegate held.
    const marks = await call<VersionMarks>(delegate, CHANNELS.documentsVersionMarks, { documentId: DE_AN });
    expect(marks.dossierVersion).toBe(imported.version);
    expect(marks.removed).toEqual([]);
    expect(marks.blocks.map((b) => b.blockId).sort()).toEqual([blocks[0].id, blocks[1].id].sort());
    const changed = marks.blocks.find((b) => b.blockId === blocks[1].id)!;
    expect(changed.op).toBe('changed');
    expect(changed.words.some((w) => w.added && w.value.includes('Văn'))).toBe(true);
    expect(changed.words.some((w) => w.removed)).toBe(true);
    expect(
      changed.words
        .filter((w) => !w.added)
        .map((w) => w.value)
        .join(''),
    ).toBe(blocks[1].text);
    const now = changed.words
      .filter((w) => !w.removed)
      .map((w) => w.value)
      .join('');
    expect(now).toContain('lời văn Văn phòng đã sửa');
    expect(now).toBe((delegate.db.prepare('SELECT text FROM blocks WHERE id = ?').get(blocks[1].id) as { text: string }).text);
    // Another dossier that leaves the document alone keeps the marks of the version that changed it.
    const third = await exportDossier(secretariat);
    await call(delegate, CHANNELS.packagesImportDossier, { file: third.file });
    expect(await call<VersionMarks>(delegate, CHANNELS.documentsVersionMarks, { documentId: DE_AN })).toEqual(marks);
    // Replaying changes nothing.
    expect(await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: second.file })).toMatchObject({
      status: 'unchanged',
    });
    secretariat.close();
    delegate.close();

    const text = await cli('comments', '--data-dir', delegateDir);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      'Đã tiếp thu vào dự thảo chỉnh lý (phiên bản 2, theo lời văn đề xuất): «lời văn đề xuất giữ nguyên»',
    );
    expect(text.out).toContain(
      'Đã tiếp thu vào dự thảo chỉnh lý (phiên bản 2, Văn phòng đã sửa lời văn): «lời văn Văn phòng đã sửa»',
    );
    expect(text.out).toContain('Trả lời (Giải trình): Giữ như dự thảo.');
    const json = JSON.parse((await cli('comments', '--json', '--data-dir', delegateDir)).out) as Array<
      Comment & { answer: Answer | null; adoption: Answer['adoption'] | null }
    >;
    const byId = new Map(json.map((c) => [c.id, c]));
    expect(byId.get(asProposed.id)).toMatchObject({ answer: { kind: 'tiep_thu' }, adoption: { taken: 'proposed' } });
    expect(byId.get(edited.id)?.adoption).toMatchObject({ taken: 'edited', wording: 'lời văn Văn phòng đã sửa' });
    expect(byId.get(explained.id)).toMatchObject({ answer: { kind: 'giai_trinh' }, adoption: null });
  });
});
