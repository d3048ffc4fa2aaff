/**
 * The revised draft laid out as Nghị định 30 lays out a Nghị quyết draft: the boxed "DỰ THẢO"
 * marker at the top left, the preamble's bases ("Căn cứ …", "Xét …") in italics, and, when asked
 * (`export-revised --line-numbers`), each paragraph's line numbers as the screen shows them, in
 * the left margin. Read back from both writers: pdftotext -bbox, and word/document.xml.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { docxPart } from '../support/docx';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import { CHANNELS } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../support/temp';
import { bodyText, renderPage, wordBoxes } from './pdf/poppler';

const DOC = 'dtnq-hop-nhat-to-chuc-noi-vu';
const MM = 72 / 25.4;

/** Accepts one wording on the draft resolution; returns the blocks' screen line numbers. */
async function accepted(dataDir: string): Promise<Array<{ text: string; lineStart: number; lineCount: number }>> {
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
    text: 'Tiếp thu.',
    acceptWording: true,
  });
  expect(answered.ok).toBe(true);
  const blocks = ctx.db
    .prepare('SELECT text, line_start AS lineStart, line_count AS lineCount FROM blocks WHERE document_id = ? ORDER BY position')
    .all(DOC) as Array<{ text: string; lineStart: number; lineCount: number }>;
  ctx.close();
  return blocks;
}

describe('the revised draft as a Nghị quyết draft', () => {
  it('has the boxed DỰ THẢO marker, the bases in italics and, on request, the screen line numbers in the margin', async () => {
    const dataDir = tempDir();
    const out = process.env.REVISION_EXPORT_DIR ?? tempDir();
    const blocks = await accepted(dataDir);
    const pdf = join(out, 'du-thao-so-dong.pdf');
    const docx = join(out, 'du-thao-so-dong.docx');
    const plain = join(out, 'du-thao.pdf');
    const base = ['--document', DOC, '--data-dir', dataDir];
    expect((await cli('export-revised', ...base, '--line-numbers', '--out', pdf)).code).toBe(0);
    expect((await cli('export-revised', ...base, '--line-numbers', '--format', 'docx', '--out', docx)).code).toBe(0);
    expect((await cli('export-revised', ...base, '--out', plain)).code).toBe(0);
    renderPage(pdf, 1, 'revised-draft-first-page');

    const text = bodyText(pdf);
    expect(text).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
    expect(text).toContain('Sở Nội vụ và Lao động');
    // The marker: its words in the top margin, at the left, inside the frame of the text.
    const words = wordBoxes(pdf, 1);
    const marker = words.filter((w) => w.text === 'DỰ' || w.text === 'THẢO').filter((w) => w.yMax < 20 * MM);
    expect(marker.map((w) => w.text)).toEqual(['DỰ', 'THẢO']);
    expect(marker[0].xMin).toBeGreaterThan(30 * MM);
    expect(marker[0].xMin).toBeLessThan(40 * MM);
    // Line numbers: in the left margin, each the range of a block as the screen numbers it.
    const numbers = words.filter((w) => w.xMax < 30 * MM - 2).map((w) => w.text);
    expect(numbers.length).toBeGreaterThan(3);
    const ranges = new Set(
      blocks.map((b) => (b.lineCount > 1 ? `${b.lineStart}–${b.lineStart + b.lineCount - 1}` : String(b.lineStart))),
    );
    for (const n of numbers) expect(ranges.has(n), n).toBe(true);
    const plainWords = wordBoxes(plain, 1);
    expect(plainWords.filter((w) => w.xMax < 30 * MM - 2)).toEqual([]);
    // The bases are set in Tinos Italic.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/Tinos-Italic/u);

    const xml = docxPart(docx);
    // The marker: a bordered frame; the bases: italic runs; the line numbers: frames in the margin.
    expect(xml).toMatch(
      /<w:body><w:p><w:pPr><w:pBdr><w:top [^>]*\/><w:left [^>]*\/><w:bottom [^>]*\/><w:right [^>]*\/><\/w:pBdr>[\s\S]{0,600}DỰ THẢO<\/w:t>/u,
    );
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}Căn cứ Luật Tổ chức chính quyền địa phương/u);
    const labels = [...xml.matchAll(/<w:framePr[^>]*w:hAnchor="margin"[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map(
      (m) => m[1],
    );
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) expect(ranges.has(l), l).toBe(true);
  }, 120_000);
});
