/**
 * The clerk's compilation: passages where delegates disagree carry "Ý kiến trái chiều" and can be
 * shown alone, with counts read "shown / all"; the sticky answer bar never hides the card answered.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DE_AN, ITEM } from '../support/exchange';
import { startHarness, type Harness } from './harness';
import { callApi, getDocument, screenshot } from './helpers';
import { A_TEXTS, B_TEXTS, importThroughApi, preparePackages, type PackageFolder } from './secretariat-helpers';

let h: Harness;
let packages: PackageFolder;

beforeEach(async () => {
  packages = await preparePackages();
  h = await startHarness({ viewport: { width: 1280, height: 720 } });
});

afterEach(async () => {
  try {
    h.assertClean();
  } finally {
    await h.close();
    packages.cleanup();
  }
});

describe('compilation', () => {
  it('marks and filters passages with opposing views, counts "shown / all", keeps the answered card above the bar', async () => {
    await importThroughApi(h, packages.good);
    // Both delegates agreed with the first paragraph (Tán thành); a third voice disagrees and proposes
    // a wording: the passage now has opposing views.
    const view = await getDocument(h, DE_AN);
    const first = view.blocks.filter((b) => b.kind === 'paragraph')[0];
    const quote = first.text.slice(0, 20);
    await callApi(h, 'identity:set', { name: 'Lê Văn Thử', delegation: 'Tổ đại biểu số 3' });
    await callApi(h, 'comments:create', {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: { blockId: first.id, start: 0, end: quote.length, quote },
      stance: 'khong_tan_thanh',
      text: 'Chưa đồng ý, đề nghị giữ nguyên hai cơ quan.',
      proposedText: `${quote} (giữ nguyên)`,
    });
    const all = A_TEXTS.length + B_TEXTS.length + 1;

    await h.open('#/compile');
    const { page } = h;
    await page.locator('.sx-comment-card').first().waitFor();
    expect(await page.locator('.sx-compile-status').textContent()).toBe(`Đang hiển thị ${all} góp ý`);
    const marked = page.locator('.sx-passage', { has: page.locator('.sx-conflict') });
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('.sx-conflict').textContent()).toBe('Ý kiến trái chiều: có cả Tán thành và Không tán thành');
    expect(await marked.locator('.sx-comment-card').count()).toBe(3);

    await page.getByLabel('Chỉ đoạn có ý kiến trái chiều').check();
    await expect.poll(() => page.locator('.sx-passage').count()).toBe(1);
    expect(await page.locator('.sx-compile-status').textContent()).toBe(`Đang hiển thị 3 / ${all} góp ý`);
    await screenshot(page, 'compile-conflicts');

    // A server filter too: "shown / all".
    await page.getByLabel('Chỉ đoạn có ý kiến trái chiều').uncheck();
    await page.locator('#sx-filter-stance').selectOption('tan_thanh');
    await expect.poll(() => page.locator('.sx-compile-status').textContent()).toBe(`Đang hiển thị 2 / ${all} góp ý`);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => page.locator('.sx-compile-status').textContent()).toBe(`Đang hiển thị ${all} góp ý`);

    // Answer the last card of the list: once the bar opens, the card stays above it.
    const cards = page.locator('.sx-comment-card');
    const last = cards.nth((await cards.count()) - 1);
    await last.locator('input.sx-comment-pick').focus();
    await page.keyboard.press('Space');
    await page.locator('.sx-answer-bar.is-open').waitFor();
    await expect
      .poll(async () => {
        const card = (await last.boundingBox())!;
        const bar = (await page.locator('.sx-answer-bar').boundingBox())!;
        return card.y + card.height <= bar.y + 1;
      })
      .toBe(true);
    await screenshot(page, 'compile-answer-bar');
  });
});
