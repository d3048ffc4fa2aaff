/**
 * A revised version travels like any version: a delegate's proposed wording, accepted by the
 * secretariat, is in the document the delegate receives in the next dossier package, and the
 * delegate's comment follows its passage onto the new wording.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comments';
import type { DossierImportResult, SavedFile } from '../../shared/domain/packages';
import type { MakeRevisionResult } from '../../shared/domain/revisions';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, DE_AN, exportCommentsFile, ITEM, openInstallation } from '../support/exchange';

async function exportDossierFile(ctx: ReturnType<typeof openInstallation>) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  return { name: saved.fileName, data: readFileSync(saved.path) };
}

describe('revised version in the dossier', () => {
  it('reaches the delegate with the accepted wording, the comment re-anchored and answered', async () => {
    const secretariat = openInstallation();
    const delegate = openInstallation();
    await call(delegate, CHANNELS.packagesImportDossier, { file: asUpload(await exportDossierFile(secretariat)) });
    await call(delegate, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const block = delegate.db
      .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND text LIKE '%Sở Nội vụ%' ORDER BY position LIMIT 1")
      .get(DE_AN) as { id: string; text: string };
    const start = block.text.indexOf('Sở Nội vụ');
    const comment = await call<Comment>(delegate, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: { blockId: block.id, start, end: start + 9, quote: 'Sở Nội vụ' },
      stance: 'khong_tan_thanh',
      text: 'Nên ghi rõ tên cơ quan sau hợp nhất.',
      proposedText: 'Sở Nội vụ tỉnh Quảng Ninh',
    });
    await call(secretariat, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(delegate))] });
    await call(secretariat, CHANNELS.answersSet, {
      commentIds: [comment.id],
      kind: 'tiep_thu',
      text: 'Tiếp thu, ghi rõ tên cơ quan.',
      acceptWording: true,
    });
    const made = await call<MakeRevisionResult>(secretariat, CHANNELS.revisionsMake, { documentId: DE_AN });
    expect(made).toMatchObject({ applied: 1, orphaned: 0 });

    const result = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, {
      file: asUpload(await exportDossierFile(secretariat)),
    });
    expect(result).toMatchObject({ status: 'imported', orphanedComments: 0, answersReceived: 1 });
    const text = (delegate.db.prepare('SELECT text FROM blocks WHERE id = ?').get(block.id) as { text: string }).text;
    expect(text).toBe(block.text.replace('Sở Nội vụ', 'Sở Nội vụ tỉnh Quảng Ninh'));
    const [mine] = await call<Comment[]>(delegate, CHANNELS.commentsList, { mine: true });
    expect(mine.id).toBe(comment.id);
    expect(text.slice(mine.anchor!.start, mine.anchor!.end)).toBe(mine.anchor!.quote);
    expect(mine.anchor!.quote).toContain('Sở Nội vụ');
    expect(await call(delegate, CHANNELS.answersList)).toMatchObject([{ commentId: comment.id, kind: 'tiep_thu' }]);
    secretariat.close();
    delegate.close();
  });
});
