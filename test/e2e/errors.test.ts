/**
 * Errors travel as message keys: the English UI shows main's refusals in English, and a form shows
 * every field's message next to its field (more than the three the old one-line message carried).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { openEditor, tempFolder } from './editor-helpers';
import { screenshot } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  h.assertClean();
  await h.close();
});

describe('errors in the UI language', () => {
  it('shows every field’s message in English, then main’s own refusal in English', async () => {
    await openEditor(h);
    const { page } = h;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Session details' }).click();
    await page.getByLabel('Create a new session').check();
    const form = page.locator('.ed-session-form');
    for (const label of ["People's Council", 'Short name', 'Term', 'Place', 'Session name'])
      await form.getByLabel(label).fill('');
    await form.getByRole('button', { name: 'Create session' }).click();
    await form.locator('.ed-field-error').first().waitFor();

    const fieldText = (label: string) => form.locator('.ed-field.has-error', { has: page.getByLabel(label) }).textContent();
    for (const label of ["People's Council", 'Short name', 'Term', 'Place', 'Session name']) {
      expect(await form.getByLabel(label).getAttribute('aria-invalid')).toBe('true');
      expect(await fieldText(label)).toContain('Must not be empty.');
    }
    expect(await fieldText('Opening day')).toContain('Choose a day.');
    expect(await fieldText('Closing day')).toContain('Choose a day.');
    expect(await form.locator('.ed-field.has-error').count()).toBe(7);
    expect(await form.getByRole('alert').textContent()).toBe('Not saved: correct the 7 marked fields.');
    // No Vietnamese sentence from main leaks into the English form.
    expect(await form.textContent()).not.toContain('Không được để trống');
    await screenshot(page, 'errors-english-form');

    await form.getByLabel("People's Council").fill('Hội đồng nhân dân tỉnh Quảng Ninh');
    await form.getByLabel('Short name').fill('HĐND tỉnh Quảng Ninh');
    await form.getByLabel('Term').fill('khóa XIV');
    await form.getByLabel('Place').fill('Hạ Long');
    await form.getByLabel('Session name').fill('Kỳ họp thứ nhất');
    await form.getByLabel('Opening day').fill('2021-06-29');
    await form.getByLabel('Closing day').fill('2021-06-28');
    await form.getByRole('button', { name: 'Create session' }).click();
    await form.getByRole('alert').filter({ hasText: 'The end date must be on or after the start date.' }).waitFor();
    expect(await form.locator('.ed-field-error').count()).toBe(0);

    // The same refusal in Vietnamese after switching back: formatted from the key, not translated text.
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await form.getByRole('button', { name: 'Tạo kỳ họp' }).click();
    await form.getByRole('alert').filter({ hasText: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' }).waitFor();
  });

  it('shows a refused package’s reason in English, from its message key', async () => {
    const files = tempFolder();
    try {
      const damaged = files.write('hong.gopy', Buffer.from('not a gzip file at all'));
      const { page } = h;
      await h.open('#/exchange');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'File exchange' }).waitFor();
      await page.locator('input[name="comment-packages"]').setInputFiles(damaged);
      const rejected = page.locator('.sx-import-result.is-rejected');
      await rejected.waitFor();
      const reason = (await rejected.locator('.sx-import-result-status').textContent()) ?? '';
      expect(reason).toMatch(/^Rejected: the file was truncated or damaged while copying, or is not a comment package;/u);
      expect(reason).not.toMatch(/bị từ chối|hỏng/u);
    } finally {
      files.remove();
    }
  });
});
