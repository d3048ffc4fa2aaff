/**
 * The revised draft (dự thảo chỉnh lý) from the window, on the web door: two accepted wordings that
 * overlap are a conflict, shown first and blocking; a merged wording settles it; a third wording and
 * a direct change join; the revised version is made and the draft and its comparison table are
 * exported, as PDF and Word, and read back.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comments';
import type { RevisionView } from '../../shared/domain/revisions';
import type { DocumentView } from '../../shared/domain/types';
import { startHarness, SCREENSHOT_DIR, type Harness } from './harness';
import { callApi, getDocument, seriousAxeViolations } from './helpers';

const ITEM = 'hop-nhat-to-chuc-noi-vu';
const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';
const DELEGATE_A = 'db01-nguyen-thi-thanh-huong';
const DELEGATE_B = 'db02-tran-quoc-hung';

const PROPOSED_1 = 'phương án thứ nhất';
const EDITED_2 = 'cách viết Văn phòng sửa';
const MERGED = 'cách viết hợp nhất của hai góp ý';
const PROPOSED_3 = 'lời văn tiếp thu thứ ba';
const DIRECT = 'câu do Văn phòng viết thêm';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  h.assertClean();
  await h.close();
});

const words = (text: string, from: number, n: number) =>
  text
    .split(' ')
    .slice(from, from + n)
    .join(' ');

/** A delegate's comment quoting `quote` in the block, with a proposed wording. */
async function propose(rosterId: string, block: DocumentView['blocks'][number], quote: string, proposedText: string) {
  await callApi(h, 'identity:set', { rosterId });
  const start = block.text.indexOf(quote);
  return callApi<Comment>(h, 'comments:create', {
    itemId: ITEM,
    documentId: DE_AN,
    anchor: { blockId: block.id, start, end: start + quote.length, quote },
    stance: 'khong_tan_thanh',
    text: 'Đề nghị sửa lời văn.',
    proposedText,
  });
}

const flat = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ');
const pdfText = (path: string): string => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
const docxText = (path: string): string =>
  flat(execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/gu, ''));

/** Selects one comment, answers "Tiếp thu" and, when asked, takes its wording (as proposed or edited). */
async function acceptOne(page: Page, commentId: string, wording: 'proposed' | string) {
  await page.locator(`#pick-${commentId}`).check();
  const bar = page.locator('.sx-answer-bar');
  await bar.getByRole('radio', { name: 'Tiếp thu', exact: true }).check();
  await bar.getByLabel('Tiếp thu cả cách viết đề xuất (đưa vào dự thảo chỉnh lý)').check();
  if (wording !== 'proposed') {
    // As a reader does: the card just above the bar, focus in the bar; the bar then grows by the text box.
    const card = page.locator(`.sx-comment-card[data-comment-id="${commentId}"]`);
    await card.evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await bar.getByRole('radio', { name: 'Văn phòng sửa lại cách viết' }).evaluate((e: HTMLInputElement) => {
      e.focus({ preventScroll: true });
      e.click();
    });
    const edit = bar.getByLabel('Cách viết đưa vào dự thảo chỉnh lý');
    await edit.waitFor();
    // The card it answers stays above the grown bar, in view.
    await expect
      .poll(async () => {
        const [card_, bar_] = await Promise.all([card.boundingBox(), bar.boundingBox()]);
        return card_!.y >= 0 && card_!.y + card_!.height <= bar_!.y + 1;
      })
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'revised-answer-bar.png') });
    await edit.fill(wording);
  }
  await bar.locator('#sx-answer-text').fill('Tiếp thu, chỉnh lý lời văn.');
  await bar.locator('.sx-answer-send').click();
  await bar.getByText('Lời văn đã được đưa vào dự thảo chỉnh lý.').waitFor();
}

async function savedFile(page: Page, button: string, pattern: RegExp): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const saved = page.locator('.rv-export .pdf-export-status span').filter({ hasText: pattern });
  await saved.waitFor({ timeout: 30_000 });
  return /^Đã lưu (.+?\.(?:pdf|docx))/u.exec((await saved.textContent()) ?? '')![1];
}

describe('the revised draft from the window', () => {
  it('shows a conflict, settles it with a merged wording, makes the version and exports both files', async () => {
    const { page } = h;
    const doc = await getDocument(h, DE_AN);
    const [b1, b2, b3] = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80);
    const q1 = words(b1.text, 1, 3);
    const q2 = words(b1.text, 3, 3);
    const q3 = words(b2.text, 2, 2);
    const c1 = await propose(DELEGATE_A, b1, q1, PROPOSED_1);
    const c2 = await propose(DELEGATE_B, b1, q2, 'đề xuất của đại biểu thứ hai');
    const c3 = await propose(DELEGATE_A, b2, q3, PROPOSED_3);

    await h.open('#/compile');
    await page.locator(`#pick-${c1.id}`).waitFor();

    // A wording is accepted one comment at a time: on a group the choice is disabled, saying why.
    await page.locator(`#pick-${c1.id}`).check();
    await page.locator(`#pick-${c3.id}`).check();
    const bar = page.locator('.sx-answer-bar');
    await bar.getByRole('radio', { name: 'Tiếp thu', exact: true }).check();
    expect(await bar.getByLabel('Tiếp thu cả cách viết đề xuất (đưa vào dự thảo chỉnh lý)').isDisabled()).toBe(true);
    await bar.getByText('Chỉ tiếp thu cách viết cho từng góp ý một').waitFor();
    await bar.getByRole('button', { name: 'Bỏ chọn' }).click();

    // Two overlapping wordings: the first as proposed, the second as the secretariat edited it.
    await acceptOne(page, c1.id, 'proposed');
    await acceptOne(page, c2.id, EDITED_2);

    // The revised draft, from the document's heading in the compilation.
    await page.getByRole('link', { name: `Dự thảo chỉnh lý: ${doc.document.title}` }).click();
    await page.getByRole('heading', { name: 'Dự thảo chỉnh lý', level: 1 }).waitFor();
    const conflicts = page.locator('.rv-conflicts');
    await conflicts.getByRole('heading', { name: '1 xung đột cần xử lý' }).waitFor();
    expect(await conflicts.locator('.rv-change').count()).toBe(2);
    await conflicts.getByText('Nguyễn Thị Thanh Hương').waitFor();
    await conflicts.getByText('Trần Quốc Hưng').waitFor();
    await conflicts.locator('ins', { hasText: PROPOSED_1 }).waitFor();
    await conflicts.locator('ins', { hasText: EDITED_2 }).waitFor();
    const make = page.getByRole('button', { name: /^Tạo dự thảo chỉnh lý/u });
    expect(await make.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('Chưa thể tạo: còn 1 xung đột cần xử lý.').waitFor();
    // The flag in the text leads to the conflict, and the screen stays (routes live in the hash).
    await page.locator(`.rv-block[data-block-id="${b1.id}"] .rv-block-flag`).click();
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^rv-conflict-/u);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/revised/${DE_AN}`);
    expect(await seriousAxeViolations(page, 'revised draft with a conflict')).toEqual([]);
    await conflicts.screenshot({ path: join(SCREENSHOT_DIR, 'revised-conflict.png') });

    // Settle it with a merged wording (both comments stay behind it).
    await conflicts.getByRole('button', { name: 'Viết cách viết hợp nhất' }).click();
    await conflicts.getByLabel('Cách viết hợp nhất').fill(MERGED);
    await conflicts.getByLabel('Lý do').fill('Hợp nhất hai góp ý cùng sửa một câu.');
    await conflicts.getByRole('button', { name: 'Lưu cách viết hợp nhất' }).click();
    await conflicts.waitFor({ state: 'detached' });

    // A direct change by the secretariat, with its reason.
    const row3 = page.locator(`.rv-block[data-block-id="${b3.id}"]`);
    await row3.getByRole('button', { name: /^Sửa trực tiếp/u }).click();
    await row3.locator('textarea').first().fill(`${b3.text} ${DIRECT}`);
    await row3.getByLabel('Lý do sửa đổi').fill('Bổ sung cho đầy đủ.');
    await row3.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await row3.locator('ins', { hasText: DIRECT }).waitFor();

    // A third wording, accepted from the compilation.
    await page.getByRole('link', { name: '← Tổng hợp góp ý' }).click();
    await page.locator(`#pick-${c3.id}`).waitFor();
    // The core's refusal is shown in its words, and nothing is answered.
    await page.locator(`#pick-${c3.id}`).check();
    await bar.getByRole('radio', { name: 'Tiếp thu', exact: true }).check();
    await bar.getByLabel('Tiếp thu cả cách viết đề xuất (đưa vào dự thảo chỉnh lý)').check();
    await bar.getByRole('radio', { name: 'Văn phòng sửa lại cách viết' }).check();
    await bar.getByLabel('Cách viết đưa vào dự thảo chỉnh lý').fill(q3);
    await bar.locator('#sx-answer-text').fill('Tiếp thu.');
    await bar.locator('.sx-answer-send').click();
    await bar.getByRole('alert').filter({ hasText: 'Lời văn tiếp thu giống hệt đoạn đang có' }).waitFor();
    await bar.getByRole('button', { name: 'Bỏ chọn' }).click();
    await acceptOne(page, c3.id, 'proposed');
    await page.getByRole('link', { name: `Dự thảo chỉnh lý: ${doc.document.title}` }).click();

    const view = await callApi<RevisionView>(h, 'revisions:list', { documentId: DE_AN });
    expect(view.conflicts).toEqual([]);
    expect(view.ready).toBe(true);
    const merged = view.changes.find((c) => c.origin === 'merged')!;
    expect(merged.sources.map((s) => s.commentId).sort()).toEqual([c1.id, c2.id].sort());

    const text = page.locator('.rv-text');
    await text.locator('ins', { hasText: PROPOSED_3 }).waitFor();
    await text.locator('ins', { hasText: MERGED }).waitFor();
    expect(await text.locator('del').count()).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'revised-draft.png') });
    await text.locator('ins', { hasText: MERGED }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'revised-draft-text.png') });
    // Clean: no marks, the new words in place.
    await page.getByRole('button', { name: 'Bản sạch', exact: true }).click();
    expect(await text.locator('del, ins').count()).toBe(0);
    expect(await text.textContent()).toContain(MERGED);
    await page.getByRole('button', { name: 'Đánh dấu thay đổi', exact: true }).click();

    // Make the revised version.
    expect(await make.getAttribute('aria-disabled')).toBe('false');
    await make.click();
    await page.getByText(/^Đã tạo phiên bản 2 của dự thảo \(3 thay đổi;.*lần xuất hồ sơ tiếp theo\.$/u).waitFor();
    const after = await getDocument(h, DE_AN);
    const afterText = after.blocks.map((b) => b.text).join('\n');
    for (const wording of [MERGED, PROPOSED_3, DIRECT]) expect(afterText).toContain(wording);
    expect(after.blocks.find((b) => b.id === b1.id)!.text).toBe(b1.text.replace(words(b1.text, 1, 5), MERGED));
    expect(after.blocks.find((b) => b.id === b2.id)!.text).toBe(b2.text.replace(q3, PROPOSED_3));

    // The exports, read back.
    const revisedPdf = await savedFile(page, 'Xuất Dự thảo chỉnh lý (đánh dấu thay đổi) (PDF)', /\.pdf \(\d+ trang\)$/u);
    const revised = pdfText(revisedPdf);
    for (const s of [MERGED, PROPOSED_3, DIRECT]) expect(revised).toContain(s);
    await page.getByRole('link', { name: /^Tải về/u }).waitFor();
    const cleanDocx = await savedFile(page, 'Xuất Dự thảo chỉnh lý (bản sạch) (Word)', /\.docx$/u);
    const clean = docxText(cleanDocx);
    for (const s of [MERGED, PROPOSED_3, DIRECT]) expect(clean).toContain(s);
    const tablePdf = await savedFile(page, 'Xuất Bảng so sánh (PDF)', /\.pdf \(\d+ trang\)$/u);
    const table = pdfText(tablePdf);
    for (const s of [MERGED, PROPOSED_3, 'Trần Quốc Hưng']) expect(table).toContain(s);
    const tableDocx = await savedFile(page, 'Xuất Bảng so sánh (Word)', /\.docx$/u);
    const tableWord = docxText(tableDocx);
    for (const s of [MERGED, PROPOSED_3, DIRECT, 'Nguyễn Thị Thanh Hương']) expect(tableWord).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', tablePdf, join(SCREENSHOT_DIR, 'revised-comparison')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', revisedPdf, join(SCREENSHOT_DIR, 'revised-pdf')]);
  });
});
