/**
 * The comment side by keyboard alone and under axe-core: the reader with the selection actions,
 * the identity dialog, the panel with the form and with a saved comment; a paragraph reached from
 * the table of contents, commented on without a mouse, and found again with J; part of a
 * paragraph picked by its sentences.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comments';
import { sentenceSpans } from '../../shared/text/sentences';
import { startHarness, type Harness } from './harness';
import { callApi, screenshot, seriousAxeViolations, waitUntil } from './helpers';
import { DELEGATE, openDeAn, pickIdentityFromRoster, selectInBlock, sentenceOfDeAn, waitForMarker } from './comments-helpers';

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

describe('accessibility and keyboard', () => {
  it(
    'has no serious or critical axe violations with the panel, the form and the dialogs open',
    { timeout: 120_000 },
    async () => {
      const sentence = await sentenceOfDeAn(h);
      await openDeAn(h);
      const { page } = h;
      const found: string[] = [];
      await selectInBlock(page, sentence.block.id, sentence.start, sentence.end);
      found.push(...(await seriousAxeViolations(page, 'reader-selection')).map((v) => `selection: ${v}`));
      await page
        .locator('.passage-toolbar')
        .getByRole('button', { name: /^Góp ý/u })
        .click();
      await page.getByRole('dialog', { name: 'Bạn là ai?' }).waitFor();
      found.push(...(await seriousAxeViolations(page, 'identity-dialog')).map((v) => `identity: ${v}`));
      await pickIdentityFromRoster(page, DELEGATE.name);
      const form = page.getByRole('form', { name: 'Góp ý về đoạn văn' });
      await form.getByRole('radio', { name: 'Không tán thành' }).check();
      await form.getByLabel(/Nội dung góp ý/u).fill('Đề nghị làm rõ.');
      await form.getByLabel(/Đề xuất sửa câu chữ/u).fill(`${sentence.quote} Bổ sung.`);
      found.push(...(await seriousAxeViolations(page, 'reader-panel-form')).map((v) => `form: ${v}`));
      await form.getByRole('button', { name: 'Lưu góp ý' }).click();
      await waitForMarker(page, sentence.block.id, 'comment');
      found.push(...(await seriousAxeViolations(page, 'reader-panel-card')).map((v) => `card: ${v}`));
      expect(found).toEqual([]);
      // Every string came from a catalog: no raw i18n key in the text, the names or the tooltips.
      const raw = await page.evaluate<string[]>(`(() => {
        const key = /\\b(comments|notes|identity|drafts)\\.[a-zA-Z]/u;
        const texts = [document.body.innerText];
        for (const el of document.querySelectorAll('[aria-label], [title]')) {
          texts.push(el.getAttribute('aria-label') || '', el.getAttribute('title') || '');
        }
        return texts.filter((t) => key.test(t));
      })()`);
      expect(raw).toEqual([]);
    },
  );

  it('comments with the keyboard only: paragraph, Tab to "Góp ý đoạn này", stance, text, Ctrl+Enter; J goes back to it', async () => {
    await callApi(h, 'identity:set', { rosterId: DELEGATE.id });
    const sentence = await sentenceOfDeAn(h);
    await openDeAn(h);
    const { page } = h;
    // Reach a paragraph from the table of contents, then ↓ to the next one.
    const entry = page.getByRole('navigation', { name: 'Mục lục' }).locator('a').nth(1);
    await entry.focus();
    await page.keyboard.press('Enter');
    await waitUntil(page, 'document.activeElement && document.activeElement.hasAttribute("data-block-id")');
    const from = await page.evaluate<string>('document.activeElement.id');
    let current = from;
    for (let i = 0; i < 10 && current !== sentence.block.id; i++) {
      await page.keyboard.press('ArrowDown');
      current = await page.evaluate<string>('document.activeElement.id');
    }
    expect(current).toBe(sentence.block.id);
    const toolbar = page.getByRole('group', { name: 'Thao tác với đoạn văn này' });
    await toolbar.waitFor();
    await screenshot(page, 'comments-keyboard-paragraph');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toContain('Góp ý đoạn này');
    await page.keyboard.press('Enter');

    const form = page.getByRole('form', { name: 'Góp ý về đoạn văn' });
    await form.waitFor();
    expect((await form.locator('.passage-quote').textContent())?.trim()).toBe(sentence.block.text);
    await waitUntil(page, 'document.activeElement && document.activeElement.type === "radio"');
    await page.keyboard.press('ArrowDown'); // Moves to, and checks, "Không tán thành".
    expect(await form.getByRole('radio', { name: 'Không tán thành' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Đoạn này cần viết lại cho rõ.');
    await page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await waitForMarker(page, sentence.block.id, 'comment');
    await waitUntil(page, 'document.activeElement && document.activeElement.classList.contains("comment-card")');
    const stored = await callApi<Comment[]>(h, 'comments:list');
    expect(stored[0]).toMatchObject({ stance: 'khong_tan_thanh', text: 'Đoạn này cần viết lại cho rõ.' });
    expect(stored[0].anchor).toMatchObject({ blockId: sentence.block.id, start: 0, end: sentence.block.text.length });

    // J (next comment) from the card goes to the passage and focuses it.
    await page.keyboard.press('j');
    await waitUntil(page, `document.activeElement && document.activeElement.id === ${JSON.stringify(sentence.block.id)}`);
    // Alt+C on the focused paragraph opens the form again; Esc closes it and returns to the paragraph.
    await page.keyboard.press('Alt+C');
    await page.getByRole('form', { name: 'Góp ý về đoạn văn' }).waitFor();
    await page.keyboard.press('Escape');
    await waitUntil(page, `document.activeElement && document.activeElement.id === ${JSON.stringify(sentence.block.id)}`);
  });

  it('comments on part of a paragraph without a mouse: "Chọn câu…", from and to, the passage, the form', async () => {
    await callApi(h, 'identity:set', { rosterId: DELEGATE.id });
    const sentence = await sentenceOfDeAn(h);
    const spans = sentenceSpans(sentence.block.text);
    expect(spans.length).toBeGreaterThan(1);
    await openDeAn(h);
    const { page } = h;
    await page.getByRole('navigation', { name: 'Mục lục' }).locator('a').nth(1).focus();
    await page.keyboard.press('Enter');
    await waitUntil(page, 'document.activeElement && document.activeElement.hasAttribute("data-block-id")');
    for (let i = 0; i < 10 && (await page.evaluate<string>('document.activeElement.id')) !== sentence.block.id; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.getByRole('group', { name: 'Thao tác với đoạn văn này' }).waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Chọn câu…');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Góp ý một phần đoạn văn' });
    await dialog.waitFor();
    expect(await page.evaluate('document.activeElement.tagName')).toBe('SELECT');
    await page.keyboard.press('ArrowDown'); // "Từ câu": the second sentence (and "Đến câu" follows it).
    const second = sentence.block.text.slice(spans[1].start, spans[1].end);
    await dialog.locator('.sentence-preview', { hasText: second }).waitFor();
    expect((await dialog.locator('.sentence-preview').textContent())?.trim()).toBe(second);
    await screenshot(page, 'comments-keyboard-sentences');
    expect(await seriousAxeViolations(page, 'sentence-picker')).toEqual([]);
    await page.keyboard.press('Tab'); // "Đến câu"
    await page.keyboard.press('Tab'); // "Góp ý"
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Góp ý');
    await page.keyboard.press('Enter');

    const form = page.getByRole('form', { name: 'Góp ý về đoạn văn' });
    await form.waitFor();
    expect((await form.locator('.passage-quote').textContent())?.trim()).toBe(second);
    await waitUntil(page, 'document.activeElement && document.activeElement.type === "radio"');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Câu này nên tách làm hai.');
    await page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    const [stored] = await callApi<Comment[]>(h, 'comments:list');
    expect(stored.anchor).toMatchObject({ blockId: sentence.block.id, start: spans[1].start, end: spans[1].end, quote: second });
  });
});
