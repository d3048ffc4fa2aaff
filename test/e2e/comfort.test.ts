/**
 * Reading comfort on a 13-inch laptop: at 1280×720 and 1440×900, text size 100 % and 150 % (the
 * app's own A+), with the agenda and the comment pane opened by the user, every numbered line of
 * the Đề án stays one visual line, no line is clipped, the text is not smaller than the size
 * chosen, and the comment form's Save button is on screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { callApi, screenshot, waitUntil } from './helpers';
import { DELEGATE, openDeAn, selectInBlock, sentenceOfDeAn } from './comments-helpers';

let h: Harness | undefined;

afterEach(async () => {
  if (!h) return;
  try {
    h.assertClean();
  } finally {
    await h.close();
    h = undefined;
  }
});

interface LineReport {
  lines: number;
  wrapped: string[];
  clipped: string[];
  smallest: number;
  /** Lines whose text reaches past the page's right edge (drawn outside the column). */
  outside: string[];
  /** The smallest heading size, relative to the reading size. */
  headingRatio: number;
}

/** Every numbered line of the text, laid out (content-visibility lifted so off-screen blocks are measured too). */
const MEASURE_LINES = `(() => {
  const blocks = Array.from(document.querySelectorAll('.doc-body .block'));
  for (const block of blocks) block.style.contentVisibility = 'visible';
  const out = { lines: 0, wrapped: [], clipped: [], smallest: Infinity, outside: [], headingRatio: Infinity };
  const body = document.querySelector('.doc-body');
  const edge = body.getBoundingClientRect().left + body.clientLeft + body.clientWidth;
  const readSize = parseFloat(getComputedStyle(body).fontSize);
  for (const text of document.querySelectorAll('.doc-body .line .line-text')) {
    const css = getComputedStyle(text);
    const lineHeight = parseFloat(css.lineHeight);
    const height = text.getBoundingClientRect().height;
    const number = text.parentElement.querySelector('.line-number').dataset.line;
    out.lines++;
    if (height > lineHeight * 1.25) out.wrapped.push(number + ': ' + text.textContent);
    if (text.scrollWidth > text.clientWidth + 1) out.clipped.push(number + ': ' + text.textContent);
    if (text.getBoundingClientRect().right > edge + 1) out.outside.push(number + ': ' + text.textContent);
    if (!text.closest('.block-heading')) out.smallest = Math.min(out.smallest, parseFloat(css.fontSize));
    else out.headingRatio = Math.min(out.headingRatio, parseFloat(css.fontSize) / readSize);
  }
  for (const block of blocks) block.style.contentVisibility = '';
  return out;
})()`;

const CASES = [
  { width: 1280, height: 720, scale: 1 },
  { width: 1280, height: 720, scale: 1.5 },
  { width: 1440, height: 900, scale: 1 },
  { width: 1440, height: 900, scale: 1.5 },
] as const;

describe('the reader fits its fixed lines to the room', () => {
  for (const { width, height, scale } of CASES) {
    it(`at ${width}×${height}, text size ${scale * 100} %, agenda and comment pane open`, async () => {
      h = await startHarness({ viewport: { width, height } });
      await callApi(h, 'identity:set', { rosterId: DELEGATE.id });
      await callApi(h, 'settings:set', { fontScale: scale });
      const sentence = await sentenceOfDeAn(h);
      await openDeAn(h);
      const { page } = h;
      expect(await page.locator('.text-size-value').textContent()).toBe(`${scale * 100}%`);

      // The user opens the comment pane, then the agenda.
      const commentsToggle = page.locator('.comments-toggle');
      if ((await commentsToggle.getAttribute('aria-expanded')) !== 'true') await commentsToggle.click();
      await page.locator('.comments-pane').waitFor();
      const agendaToggle = page.locator('.agenda-toggle');
      if ((await agendaToggle.getAttribute('aria-expanded')) !== 'true') await agendaToggle.click();
      await page.locator('#agenda').waitFor();
      await waitUntil(
        page,
        `document.fonts.status === 'loaded' && document.querySelector('.doc-body[data-complete="true"]') !== null`,
      );
      const name = `comfort-${width}x${height}-${scale * 100}`;
      await screenshot(page, `${name}-panes`);

      // The header leaves the text at least 60 % of the window's height (its tools fold into a menu).
      const headerBottom = await page.evaluate<number>(`document.querySelector('.app-header').getBoundingClientRect().bottom`);
      expect(height - headerBottom).toBeGreaterThanOrEqual(0.6 * height);
      // Only the tall window at 100 % keeps the tools in the header (56 rem tall); the others fold them.
      expect(await page.locator('.app-header.is-compact').count()).toBe(height === 900 && scale === 1 ? 0 : 1);
      // The deadline stays in sight.
      expect(await page.locator('.sx-deadline-chip').isVisible()).toBe(true);

      const report = await page.evaluate<LineReport>(MEASURE_LINES);
      expect(report.lines).toBeGreaterThan(100);
      expect(report.wrapped).toEqual([]);
      expect(report.clipped).toEqual([]);
      expect(report.outside).toEqual([]);
      // Headings keep at least the reading size (an over-wide one is condensed, never made smaller).
      expect(report.headingRatio).toBeGreaterThanOrEqual(1);
      // 1.125rem at the chosen size: never shrunk to fit.
      expect(report.smallest).toBeGreaterThanOrEqual(18 * scale - 0.01);
      // The interface text follows the size too, not only the document.
      const uiSize = await page.evaluate<number>(
        `parseFloat(getComputedStyle(document.querySelector('.comments-pane')).fontSize)`,
      );
      expect(uiSize).toBeGreaterThanOrEqual(16 * scale - 0.01);

      // The comment form: its Save button is on screen without scrolling the page.
      await page.keyboard.press('Escape');
      await selectInBlock(page, sentence.block.id, sentence.start, sentence.end);
      await page
        .locator('.passage-toolbar')
        .getByRole('button', { name: /^Góp ý/u })
        .click();
      const form = page.getByRole('form', { name: 'Góp ý về đoạn văn' });
      await form.waitFor();
      await form.getByLabel(/Nội dung góp ý/u).fill('Đề nghị làm rõ lộ trình.');
      const save = form.getByRole('button', { name: 'Lưu góp ý' });
      const box = await save.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      const again = await page.evaluate<LineReport>(MEASURE_LINES);
      expect(again.wrapped).toEqual([]);
      // The sample session's deadline (05/12/2019) has passed: the form says the comment will be late.
      expect(await form.locator('.late-notice').textContent()).toContain('Đã quá hạn góp ý (17:00 ngày 05/12/2019).');
      expect(await form.locator('.late-notice').textContent()).toContain('gửi muộn');
      await screenshot(page, `${name}-form`);
      // Never blocked: it saves.
      await form.getByRole('radio', { name: 'Tán thành', exact: true }).check();
      await save.click();
      await form.waitFor({ state: 'detached' });
      expect(await callApi<unknown[]>(h, 'comments:list')).toHaveLength(1);
    });
  }
});

describe('text size for the whole interface', () => {
  it('grows and shrinks with Ctrl+= / Ctrl+− / Ctrl+0, header and panes included, and is remembered', async () => {
    h = await startHarness({ viewport: { width: 1280, height: 720 } });
    await h.open();
    const { page } = h;
    const rootSize = () => page.evaluate<number>(`parseFloat(getComputedStyle(document.documentElement).fontSize)`);
    expect(await rootSize()).toBe(16);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await page.locator('.text-size-value', { hasText: '125%' }).waitFor({ state: 'attached' });
    expect(await rootSize()).toBe(20);
    // The header's own text grew too, not only the document.
    const headerButton = await page.evaluate<number>(
      `parseFloat(getComputedStyle(document.querySelector('.agenda-toggle')).fontSize)`,
    );
    expect(headerButton).toBeCloseTo(0.875 * 20, 1);
    await expect.poll(async () => (await callApi<{ fontScale: number }>(h!, 'settings:get')).fontScale).toBe(1.25);
    await page.reload();
    await page.locator('.text-size-value', { hasText: '125%' }).waitFor({ state: 'attached' });
    expect(await rootSize()).toBe(20);
    await page.keyboard.press('Control+-');
    await page.locator('.text-size-value', { hasText: '113%' }).waitFor({ state: 'attached' });
    await page.keyboard.press('Control+0');
    await page.locator('.text-size-value', { hasText: '100%' }).waitFor({ state: 'attached' });
    expect(await rootSize()).toBe(16);
  });

  it('at 1280×720 the header folds its tools into one menu, reached and closed with the keyboard', async () => {
    h = await startHarness({ viewport: { width: 1280, height: 720 } });
    await callApi(h, 'settings:set', { fontScale: 1.5 });
    await openDeAn(h);
    const { page } = h;
    const menu = page.getByRole('button', { name: 'Công cụ' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Tăng cỡ chữ' }).isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    // Tab goes into the menu; the text size is there and the menu stays open while it changes.
    const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
    await larger.waitFor();
    await larger.focus();
    await page.keyboard.press('Enter');
    await page.locator('.text-size-value', { hasText: '175%' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'comfort-1280x720-tools-menu');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await waitUntil(page, `document.activeElement?.classList.contains('header-tools-button')`);
    expect(await larger.isVisible()).toBe(false);
  });
});
