/**
 * The secretariat adds a Word 97–2003 file and a PDF in one go: both previewed (header, place of
 * issue, structure), both saved; in the reader the footnote reference of Phụ lục I is a
 * superscript marker that opens the note. axe-core on the preview and the reader.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, harnessForEachTest, type Harness } from './harness';
import { getDocument, screenshot, seriousAxeViolations, waitForFocusedBlock } from './helpers';
import { getAgenda, openEditor } from './editor-helpers';

const PHU_LUC_1 = join(REPO_ROOT, 'test', 'fixtures', 'real-doc', 'nd-30-2020-phu-luc-1.doc');
const ND30_PDF = join(REPO_ROOT, 'test', 'fixtures', 'real-pdf', 'nd-30-2020-nd-cp-cong-tac-van-thu.pdf');
const TARGET_ITEM = 'bao-cao-co-quan-tu-phap';

let h: Harness;

harnessForEachTest((started) => (h = started));

describe('documents from .doc and PDF files', () => {
  it('previews and saves a .doc and a PDF together; a footnote marker opens its note in the reader', async () => {
    await openEditor(h);
    const { page } = h;
    await page.locator(`input[name="documents-${TARGET_ITEM}"]`).setInputFiles([PHU_LUC_1, ND30_PDF]);
    const cards = page.locator('.ed-import-card.status-ready');
    await cards.nth(1).waitFor({ timeout: 90_000 });
    const pdfCard = page.locator('.ed-import-card.status-ready', { hasText: 'nd-30-2020-nd-cp-cong-tac-van-thu.pdf' });
    const field = (label: string) => pdfCard.getByLabel(label, { exact: true });
    expect(await field('Cơ quan ban hành').inputValue()).toBe('CHÍNH PHỦ');
    expect(await field('Số, ký hiệu').inputValue()).toBe('30/2020/NĐ-CP');
    expect(await field('Nơi ban hành').inputValue()).toBe('Hà Nội');
    expect(await field('Ngày ban hành').inputValue()).toBe('2020-03-05');
    const outline = (await pdfCard.locator('.ed-outline-entry').allTextContents()).map((s) => s.normalize('NFC'));
    for (let n = 1; n <= 38; n++) expect(outline.some((s) => s.startsWith(`Điều ${n}.`))).toBe(true);
    expect(await seriousAxeViolations(page, 'doc and pdf preview')).toEqual([]);
    await screenshot(page, 'editor-import-doc-pdf');

    for (const name of ['nd-30-2020-phu-luc-1.doc', 'nd-30-2020-nd-cp-cong-tac-van-thu.pdf']) {
      const card = page.locator('.ed-import-card.status-ready', { hasText: name });
      await card.getByRole('button', { name: /^Lưu/u }).click();
      await page.locator('.ed-import-card.status-saved', { hasText: name }).waitFor();
    }
    const documents = (await getAgenda(h)).items.find((i) => i.id === TARGET_ITEM)?.documents ?? [];
    expect(documents.map((d) => d.title)).toEqual([
      'Phụ lục I: Thể thức, kỹ thuật trình bày văn bản hành chính và bản sao văn bản',
      'Nghị định về công tác văn thư',
    ]);
    const pdfDoc = await getDocument(h, documents[1].id);
    expect(pdfDoc.document.place).toBe('Hà Nội');

    // The reader: the "[1]" in the table is a superscript marker; it opens the footnote.
    const saved = page.locator('.ed-import-card.status-saved', { hasText: 'nd-30-2020-phu-luc-1.doc' });
    await saved.getByRole('link', { name: 'Mở trong trình đọc' }).click();
    await page.locator('#doc-title', { hasText: 'Phụ lục I' }).waitFor();
    const marker = page.locator('button.note-ref').first();
    await marker.waitFor();
    expect(await marker.innerText()).toBe('1');
    expect(await marker.getAttribute('title')).toMatch(/^Cỡ chữ trong cùng một văn bản/u);
    const doc = await getDocument(h, documents[0].id);
    const note = doc.blocks.find((b) => b.label === '[1]')!;
    await marker.scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-note-marker');
    await marker.click();
    await waitForFocusedBlock(page, note.id);
    expect(await seriousAxeViolations(page, 'reader with note markers')).toEqual([]);
  }, 240_000); // PDF parsing in the worker takes seconds on a busy machine
});
