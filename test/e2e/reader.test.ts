/**
 * The delegate's reading loop in a real browser: agenda, reader with line numbers and table of
 * contents, accent-insensitive search, keyboard use, language switch and accessibility (axe-core).
 * Every test gets its own data folder and server; every test fails if the page requested anything
 * outside 127.0.0.1 or logged an error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakLines } from '../../shared/text/lines';
import { startHarness, type Harness } from './harness';
import {
  fold,
  focusedBlockId,
  getDocument,
  isInViewport,
  readSampleDossier,
  screenshot,
  seriousAxeViolations,
  waitForFocusedBlock,
  waitUntil,
} from './helpers';

const dossier = readSampleDossier();
const mergerItem = dossier.items.find((item) => item.documents.some((d) => d.kind === 'de_an'));
if (!mergerItem) throw new Error('The sample dossier has no Đề án');
const deAn = mergerItem.documents.find((d) => d.kind === 'de_an')!;

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  try {
    h.assertClean();
  } finally {
    await h.close();
  }
});

async function openDeAn(): Promise<void> {
  await h.open();
  await h.page.locator(`a.agenda-doc[data-document-id="${deAn.id}"]`).click();
  await h.page.locator('#doc-title', { hasText: deAn.title }).waitFor();
}

async function search(query: string): Promise<void> {
  await h.page.keyboard.press('Control+K');
  await waitUntil(h.page, 'document.activeElement && document.activeElement.id === "search-input"');
  await h.page.keyboard.type(query);
  await h.page.locator('#search-results .hit').first().waitFor();
}

describe('agenda', () => {
  it('shows the session, the sample badge and the merger item with its four documents', async () => {
    await h.open();
    const { page } = h;
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain(dossier.session.name);
    expect(await banner.textContent()).toContain('6–7/12/2019');
    expect(await banner.locator('.sample-badge', { hasText: 'Hồ sơ mẫu' }).isVisible()).toBe(true);

    const agenda = page.getByRole('navigation', { name: 'Chương trình kỳ họp' });
    expect(await agenda.getByRole('heading', { name: 'Thứ Sáu, 06/12/2019' }).isVisible()).toBe(true);
    expect(await agenda.getByRole('heading', { name: 'Buổi sáng' }).first().isVisible()).toBe(true);

    const item = agenda.locator('li.agenda-item', { hasText: mergerItem.title });
    const links = item.locator('a.agenda-doc');
    expect(await links.count()).toBe(4);
    expect(mergerItem.documents).toHaveLength(4);
    for (const doc of mergerItem.documents) {
      const link = item.locator(`a.agenda-doc[data-document-id="${doc.id}"]`);
      expect(await link.textContent()).toContain(doc.title);
      expect(await link.locator('.sample-tag').textContent()).toBe('Hồ sơ mẫu');
    }
    await screenshot(page, 'agenda');
  });
});

describe('reader', () => {
  it('opens the Đề án with its header, numbered lines identical to breakLines, and a table of contents', async () => {
    await openDeAn();
    const { page } = h;
    expect(await page.locator('.doc-notice').textContent()).toBe('Nội dung văn bản mang tính minh họa (Hồ sơ mẫu)');
    expect(await page.locator('.doc-header').textContent()).toContain('25/11/2019');
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    expect(await toc.locator('a').count()).toBeGreaterThan(5);

    // Every block's lines: the same breaking and numbering as the PDFs, text = lines joined by spaces.
    await page.locator('.doc-body[data-complete="true"]').waitFor();
    const view = await getDocument(h, deAn.id);
    const rendered = await page.evaluate<Array<{ id: string; numbers: string[]; lines: string[]; offsets: string[] }>>(`
      Array.from(document.querySelectorAll('.doc-body [data-block-id]:not(tr)')).map((el) => ({
        id: el.id,
        numbers: Array.from(el.querySelectorAll('.line-number')).map((n) => n.getAttribute('data-line')),
        lines: Array.from(el.querySelectorAll('.line-text')).map((n) => n.textContent),
        offsets: Array.from(el.querySelectorAll('.line-text')).map((n) => n.getAttribute('data-offset')),
      }))`);
    const textBlocks = view.blocks.filter((b) => b.kind !== 'table_row');
    expect(rendered.map((r) => r.id)).toEqual(textBlocks.map((b) => b.id));
    for (const [i, block] of textBlocks.entries()) {
      const r = rendered[i];
      expect(r.lines).toEqual(breakLines(block.text));
      expect(r.lines.join(' ')).toBe(block.text);
      expect(r.numbers).toEqual(r.lines.map((_, k) => String(block.lineStart + k)));
      for (const [k, offset] of r.offsets.entries()) expect(block.text.startsWith(r.lines[k], Number(offset))).toBe(true);
    }
    // The reading face is the bundled Tinos (the PDFs' serif), served from the app itself.
    expect(await page.evaluate('document.fonts.ready.then(() => document.fonts.check("18px Tinos", "Đổi mới"))')).toBe(true);
    expect(h.requests.some((url) => /\/assets\/Tinos-Regular-[\w-]+\.ttf$/u.test(url))).toBe(true);

    // At this window size the browser never re-wraps a body line (long all-caps headings may).
    const rewrapped = await page.evaluate<string[]>(`
      Array.from(document.querySelectorAll('.block:not(tr):not(.block-heading) .line-text')).filter((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1;
      }).map((t) => t.textContent)`);
    expect(rewrapped).toEqual([]);

    // Line numbers are presentational: hidden from assistive technology and not selectable.
    expect(await page.locator('.line-number:not([aria-hidden="true"])').count()).toBe(0);
    expect(await page.evaluate('getComputedStyle(document.querySelector(".line-number")).userSelect')).toBe('none');

    // Tables: consecutive rows in one real table, the first as header.
    const tableRows = view.blocks.filter((b) => b.kind === 'table_row');
    if (tableRows.length > 0) {
      expect(await page.locator(`table thead tr#${tableRows[0].id} th`).count()).toBe(tableRows[0].cells!.length);
    }
    await screenshot(page, 'reader');
  });

  it('follows a table-of-contents entry: the block scrolls into view and takes focus', async () => {
    await openDeAn();
    const { page } = h;
    const entries = page.getByRole('navigation', { name: 'Mục lục' }).locator('a');
    const count = await entries.count();
    const entry = entries.nth(Math.floor(count * 0.75));
    const href = (await entry.getAttribute('href')) ?? '';
    const blockId = href.split('/').pop()!;
    expect(await isInViewport(page, `#${blockId}`)).toBe(false);
    await entry.focus();
    await page.keyboard.press('Enter');
    await waitForFocusedBlock(page, blockId);
    expect(await isInViewport(page, `#${blockId}`)).toBe(true);
    expect(await page.evaluate('location.hash')).toBe(`#/doc/${deAn.id}/${blockId}`);
    await screenshot(page, 'reader-toc-jump');
  });

  it('keeps the place on reload (hash route)', async () => {
    const view = await getDocument(h, deAn.id);
    const target = view.blocks[Math.floor(view.blocks.length * 0.8)];
    await h.open(`#/doc/${deAn.id}/${target.id}`);
    await waitForFocusedBlock(h.page, target.id);
    expect(await isInViewport(h.page, `#${target.id}`)).toBe(true);
    await h.page.reload();
    await waitForFocusedBlock(h.page, target.id);
    expect(await isInViewport(h.page, `#${target.id}`)).toBe(true);
  });
});

describe('search', () => {
  it('finds "đổi mới" for `doi moi` via Ctrl+K and opens the passage focused in the reader', async () => {
    await h.open();
    const { page } = h;
    await search('doi moi');
    const status = page.getByRole('status').filter({ hasText: 'kết quả' });
    expect(await status.textContent()).toMatch(/^\d+\+? kết quả$/u);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(['doi', 'moi', 'doi moi']).toContain(fold(mark));

    const hits = page.locator('#search-results a.hit-link');
    const snippets = await hits.locator('.hit-snippet').allTextContents();
    const index = snippets.findIndex((s) => s.toLowerCase().includes('đổi mới'));
    expect(index).toBeGreaterThanOrEqual(0);
    const blockId = (await hits.nth(index).getAttribute('data-block-id'))!;
    expect(await hits.nth(index).textContent()).toMatch(/dòng \d+/u);
    await screenshot(page, 'search');

    // Keyboard: ↓ from the field to the results, ↓ to the chosen one, Enter opens it.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement.getAttribute("data-block-id")')).toBe(blockId);
    await page.keyboard.press('Enter');
    await waitForFocusedBlock(page, blockId);
    expect(await page.locator('.reader').isVisible()).toBe(true);
    expect(await isInViewport(page, `#${blockId}`)).toBe(true);
    const text = (await page.locator(`#${blockId}`).textContent()) ?? '';
    expect(text.normalize('NFC').toLowerCase()).toContain('đổi mới');
    expect(await page.locator(`#${blockId}.is-flashing`).count()).toBe(1);
    await screenshot(page, 'search-opened');
  });

  it('finds "Sở Nội vụ" for `so noi vu`; Ctrl+F focuses the field; Esc clears and returns', async () => {
    await openDeAn();
    const { page } = h;
    await page.keyboard.press('Control+F');
    await waitUntil(page, 'document.activeElement && document.activeElement.id === "search-input"');
    await page.keyboard.type('so noi vu');
    await page.locator('#search-results .hit').first().waitFor();
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks).toContain('Sở Nội vụ');
    await page.keyboard.press('Escape');
    await page.locator('#doc-title', { hasText: deAn.title }).waitFor();
    expect(await page.locator('#search-input').inputValue()).toBe('');
    expect(await page.evaluate('location.hash')).toBe(`#/doc/${deAn.id}`);
  });

  it('says so when nothing is found', async () => {
    await h.open();
    await h.page.keyboard.press('Control+K');
    await h.page.keyboard.type('xyzzyqwv');
    await h.page.getByRole('status').filter({ hasText: 'Không tìm thấy kết quả' }).waitFor();
  });
});

describe('accessibility (axe-core)', () => {
  it('has no serious or critical violations on the agenda, the reader and the search results', async () => {
    await h.open();
    const { page } = h;
    const found: string[] = [];
    found.push(...(await seriousAxeViolations(page, 'agenda')).map((v) => `agenda: ${v}`));
    await page.locator(`a.agenda-doc[data-document-id="${deAn.id}"]`).click();
    await page.locator('#doc-title', { hasText: deAn.title }).waitFor();
    found.push(...(await seriousAxeViolations(page, 'reader')).map((v) => `reader: ${v}`));
    await search('doi moi');
    found.push(...(await seriousAxeViolations(page, 'search')).map((v) => `search: ${v}`));
    expect(found).toEqual([]);
  });
});

describe('keyboard and settings', () => {
  it('reaches a document with Tab and opens it with Enter', async () => {
    await h.open();
    const { page } = h;
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Bỏ qua đến nội dung chính');
    let onDocument = false;
    for (let i = 0; i < 40 && !onDocument; i++) {
      await page.keyboard.press('Tab');
      onDocument = await page.evaluate<boolean>('document.activeElement.classList.contains("agenda-doc")');
    }
    expect(onDocument).toBe(true);
    const documentId = await page.evaluate<string>('document.activeElement.getAttribute("data-document-id")');
    await page.keyboard.press('Enter');
    await waitUntil(page, 'document.activeElement && document.activeElement.id === "doc-title"');
    expect(await page.evaluate('location.hash')).toBe(`#/doc/${documentId}`);
    expect(await focusedBlockId(page)).toBeNull();
  });

  it('switches the UI to English and back, persisted across a reload', async () => {
    await h.open();
    const { page } = h;
    await page.getByRole('button', { name: 'English' }).click();
    await waitUntil(page, 'document.documentElement.lang === "en"');
    expect(await page.locator('#search-input').getAttribute('aria-label')).toBe('Search documents');
    const agenda = page.getByRole('navigation', { name: 'Session agenda' });
    expect(await agenda.getByRole('heading', { name: 'Friday, 06/12/2019' }).isVisible()).toBe(true);
    expect(await agenda.getByRole('heading', { name: 'Morning' }).first().isVisible()).toBe(true);
    expect(await page.getByRole('banner').textContent()).toContain('Sample dossier');
    await page.reload();
    await waitUntil(
      page,
      'document.documentElement.lang === "en" && document.querySelector("#agenda-heading")?.textContent === "Session agenda"',
    );
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await waitUntil(page, 'document.documentElement.lang === "vi"');
    expect(await page.locator('#search-input').getAttribute('aria-label')).toBe('Tìm trong tài liệu');
  });

  it('changes the text size with A+ / A− and keeps it', async () => {
    await openDeAn();
    const { page } = h;
    const size = () => page.evaluate<number>('parseFloat(getComputedStyle(document.querySelector(".doc-body")).fontSize)');
    const before = await size();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await waitUntil(page, `parseFloat(getComputedStyle(document.querySelector(".doc-body")).fontSize) > ${before}`);
    await page.reload();
    await page.locator('#doc-title').waitFor();
    await waitUntil(page, `parseFloat(getComputedStyle(document.querySelector(".doc-body")).fontSize) > ${before}`);
    await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
    await waitUntil(page, `parseFloat(getComputedStyle(document.querySelector(".doc-body")).fontSize) === ${before}`);
  });
});
