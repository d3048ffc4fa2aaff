/**
 * Following the text: the table of contents marks the section being read (after a jump too), a
 * search hit opens with its words marked (diacritics as typed), and a paragraph's floating actions
 * never cover the next paragraph.
 */
import { describe, expect, it } from 'vitest';
import { harnessForEachTest, type Harness } from './harness';
import { callApi, fold, screenshot, waitForFocusedBlock, waitUntil } from './helpers';
import { DE_AN, DELEGATE, MERGER_ITEM, openDeAn } from './comments-helpers';

let h: Harness;

harnessForEachTest((started) => (h = started), { viewport: { width: 1440, height: 900 } });

const currentToc = (h: Harness) =>
  h.page.evaluate<string | null>(`document.querySelector('.toc-entry.is-current')?.getAttribute('data-toc-id') ?? null`);

describe('table of contents', () => {
  it('marks the section jumped to, also where the page cannot scroll it to the top, and follows scrolling', async () => {
    await openDeAn(h);
    const { page } = h;
    await page.locator('.doc-body[data-complete="true"]').waitFor();
    const entries = page.getByRole('navigation', { name: 'Mục lục' }).locator('li.toc-entry');
    const count = await entries.count();
    expect(count).toBeGreaterThan(5);
    for (const index of [Math.floor(count / 2), count - 1, 1]) {
      const id = (await entries.nth(index).getAttribute('data-toc-id'))!;
      await entries.nth(index).locator('a').click();
      await waitForFocusedBlock(page, id);
      await expect.poll(() => currentToc(h)).toBe(id);
      expect(await entries.nth(index).locator('a').getAttribute('aria-current')).toBe('location');
      expect(await page.locator('.toc-entry.is-current').count()).toBe(1);
    }
    await screenshot(page, 'reader-toc-current');
    // Scrolling by hand moves the mark: the last section is current at the end of the text.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const last = (await entries.nth(count - 1).getAttribute('data-toc-id'))!;
    await page.evaluate('window.scrollBy(0, -2)');
    await expect.poll(() => currentToc(h)).not.toBe((await entries.nth(1).getAttribute('data-toc-id'))!);
    await page.evaluate('window.scrollTo(0, 0)');
    await expect.poll(() => currentToc(h)).not.toBe(last);
  });
});

describe('search hits', () => {
  async function openFirstHit(query: string, firstMark: string): Promise<string> {
    const { page } = h;
    await page.keyboard.press('Control+K');
    await waitUntil(page, 'document.activeElement && document.activeElement.id === "search-input"');
    await page.keyboard.type(query);
    // The list shows this query's hits (not the last one's).
    await waitUntil(
      page,
      `document.querySelector('#search-results .hit mark')?.textContent.toLowerCase() === ${JSON.stringify(firstMark)}`,
    );
    const hit = page.locator('#search-results .hit a').first();
    const blockId = (await hit.getAttribute('data-block-id'))!;
    await hit.click();
    await waitForFocusedBlock(page, blockId);
    return blockId;
  }

  const marked = () => h.page.evaluate<string[]>(`Array.from(CSS.highlights.get('gopy-search') ?? []).map((r) => r.toString())`);

  it('marks the matched words in the passage opened, with or without diacritics typed', async () => {
    await h.open();
    await openFirstHit('hop nhat', 'hợp nhất');
    const words = await marked();
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(fold(w)).toBe('hop nhat');
    await screenshot(h.page, 'reader-search-hit-marked');

    // Typed with diacritics: only those diacritics.
    await openFirstHit('mới', 'mới');
    const exact = await marked();
    expect(exact.length).toBeGreaterThan(0);
    for (const w of exact) expect(w.toLowerCase()).toBe('mới');

    // Another way into the text (the agenda) clears the marks.
    await h.page.locator(`a.agenda-doc[data-document-id="${DE_AN.id}"]`).click();
    await expect.poll(marked).toEqual([]);
  });
});

describe('floating paragraph actions', () => {
  it.each([1, 1.5])('sit in room the paragraph makes, never over the next paragraph (text size %d)', async (scale) => {
    await callApi(h, 'settings:set', { fontScale: scale });
    await openDeAn(h);
    const { page } = h;
    await page.locator('.doc-body[data-complete="true"]').waitFor();
    // The first paragraph of several lines, reached with the keyboard (↓ from the one before).
    const id = await page.evaluate<string>(
      `Array.from(document.querySelectorAll('.doc-body p.block')).find((b) => b.querySelectorAll('.line').length >= 3 && b.nextElementSibling?.matches('.block')).id`,
    );
    await page.evaluate(`document.getElementById(${JSON.stringify(id)}).previousElementSibling.focus()`);
    await page.keyboard.press('ArrowDown');
    await waitForFocusedBlock(page, id);
    const toolbar = page.locator('.passage-toolbar-block');
    await toolbar.waitFor();
    // Once laid out (the room follows the toolbar's measured height, a frame after it appears).
    const overlap = () =>
      page.evaluate<{ toolbarTop: number; toolbarBottom: number; blockBottom: number; nextTop: number }>(`(() => {
        const bar = document.querySelector('.passage-toolbar-block').getBoundingClientRect();
        const block = document.getElementById(${JSON.stringify(id)});
        const next = block.nextElementSibling.querySelector('.line-text').getBoundingClientRect();
        return { toolbarTop: bar.top, toolbarBottom: bar.bottom, blockBottom: block.getBoundingClientRect().bottom, nextTop: next.top };
      })()`);
    await expect
      .poll(async () => {
        const o = await overlap();
        return o.toolbarBottom <= o.nextTop && o.toolbarTop >= o.blockBottom;
      })
      .toBe(true);
    // And it stays so (no late growth of the toolbar past its room).
    await page.waitForTimeout(300);
    const settled = await overlap();
    expect(settled.toolbarTop).toBeGreaterThanOrEqual(settled.blockBottom);
    expect(settled.toolbarBottom).toBeLessThanOrEqual(settled.nextTop);
    await screenshot(page, `reader-paragraph-toolbar-${scale * 100}`);
  });
});

describe('after the deadline', () => {
  it('the comment sheet export says the comments will be marked late, and still writes the PDF', async () => {
    await callApi(h, 'identity:set', { rosterId: DELEGATE.id });
    await callApi(h, 'comments:create', {
      itemId: MERGER_ITEM.id,
      documentId: DE_AN.id,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Thống nhất với Đề án.',
      proposedText: null,
    });
    await openDeAn(h);
    const { page } = h;
    await page.getByRole('button', { name: /Phiếu góp ý cho nội dung này/u }).click();
    const notice = page.locator('.pdf-export .late-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Đã quá hạn góp ý (17:00 ngày 05/12/2019).');
    expect(await notice.textContent()).toContain('gửi muộn');
    await page.locator('.pdf-export-status', { hasText: /trang/u }).waitFor();
    await screenshot(page, 'reader-late-export');
  });
});
