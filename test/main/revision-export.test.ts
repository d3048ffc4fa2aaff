/**
 * The revised draft and the comparison table, written by the two writers of the document model
 * and read back: pdftotext for the PDFs, word/document.xml for the .docx files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { docxText } from '../support/docx';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import { CHANNELS } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../support/temp';
import { bodyText, squash } from './pdf/poppler';

const DOC = 'de-an-hop-nhat-to-chuc-noi-vu';

async function acceptedWording(dataDir: string): Promise<{ before: string; after: string }> {
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
  const block = ctx.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND text LIKE '%Sở Nội vụ%' ORDER BY position LIMIT 1")
    .get(DOC) as { id: string; text: string };
  const start = block.text.indexOf('Sở Nội vụ');
  const created = await dispatch(ctx, CHANNELS.commentsCreate, {
    itemId: 'hop-nhat-to-chuc-noi-vu',
    documentId: DOC,
    anchor: { blockId: block.id, start, end: start + 9, quote: 'Sở Nội vụ' },
    stance: 'khong_tan_thanh',
    text: 'Ghi rõ tên cơ quan.',
    proposedText: 'Sở Nội vụ và Lao động',
  });
  const id = (created.ok && (created.value as Comment).id) || '';
  const answered = await dispatch(ctx, CHANNELS.answersSet, {
    commentIds: [id],
    kind: 'tiep_thu',
    text: 'Tiếp thu, bổ sung tên cơ quan.',
    acceptWording: true,
  });
  expect(answered.ok).toBe(true);
  ctx.close();
  return { before: block.text, after: block.text.replace('Sở Nội vụ', 'Sở Nội vụ và Lao động') };
}

describe('exporting the revised draft and the comparison table', () => {
  it('writes both as PDF and .docx, before and after the revised version is made, with the changed words', async () => {
    const dataDir = tempDir();
    const out = process.env.REVISION_EXPORT_DIR ?? tempDir();
    const { before, after } = await acceptedWording(dataDir);
    const files = {
      revisedPdf: join(out, 'du-thao.pdf'),
      comparisonPdf: join(out, 'so-sanh.pdf'),
      revisedDocx: join(out, 'du-thao.docx'),
      comparisonDocx: join(out, 'so-sanh.docx'),
      cleanPdf: join(out, 'du-thao-sach.pdf'),
    };
    const base = ['--document', DOC, '--data-dir', dataDir];
    expect((await cli('export-revised', ...base, '--out', files.revisedPdf)).code).toBe(0);
    expect((await cli('export-comparison', ...base, '--out', files.comparisonPdf)).code).toBe(0);
    expect((await cli('export-revised', ...base, '--clean', '--out', files.cleanPdf)).code).toBe(0);
    // Made into the next version, the same documents come from the version and the applied changes.
    expect((await cli('make-revision', ...base)).code).toBe(0);
    expect((await cli('export-revised', ...base, '--format', 'docx', '--out', files.revisedDocx)).code).toBe(0);
    const comparisonDocx = await cli('export-comparison', ...base, '--format', 'docx', '--out', files.comparisonDocx);
    expect(comparisonDocx).toMatchObject({ code: 0, out: expect.stringContaining('1 thay đổi') });

    const clean = bodyText(files.cleanPdf);
    expect(clean).toContain('DỰ THẢO CHỈNH LÝ');
    expect(clean).toContain('ĐỀ ÁN'); // the sample's Đề án: the title word follows the document's kind
    expect(clean).toContain('HỘI ĐỒNG NHÂN DÂN');
    expect(clean).toContain(squash(after).slice(0, 60));
    expect(clean).toContain('Sở Nội vụ và Lao động');
    // Marked: the inserted words are there (underlined); nothing was deleted here.
    expect(bodyText(files.revisedPdf)).toContain('và Lao động');
    const comparison = bodyText(files.comparisonPdf);
    for (const heading of ['BẢNG SO SÁNH', 'STT', 'Dự thảo trình', 'Dự thảo chỉnh lý', 'Lý do'])
      expect(comparison).toContain(heading);
    expect(comparison).toContain('Nguyễn Thị Thanh Hương');
    expect(comparison).toContain('Tiếp thu, bổ sung tên cơ quan.');

    const revisedDocx = docxText(files.revisedDocx);
    expect(revisedDocx.plain).toContain('Sở Nội vụ và Lao động');
    expect(revisedDocx.xml).toMatch(/<w:u [^>]*\/>[\s\S]{0,400}và Lao động/u);
    const comparisonDocxText = docxText(files.comparisonDocx);
    expect(comparisonDocxText.plain).toContain('Dự thảo chỉnh lý');
    expect(comparisonDocxText.plain).toContain('Tiếp thu, bổ sung tên cơ quan.');
    expect(comparisonDocxText.xml).toContain('w:orient="landscape"');
    // Both text columns hold the whole paragraph around the change, not the changed words alone.
    expect(comparisonDocxText.plain).toContain(squash(before));
    expect(comparisonDocxText.plain).toContain(squash(after));
  });

  it('refuses to export when nothing was accepted, writing no file', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'x.pdf');
    const r = await cli('export-comparison', '--document', DOC, '--out', file, '--data-dir', dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/chưa có thay đổi nào được tiếp thu/u);
  });
});
