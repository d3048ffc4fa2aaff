/**
 * Pushed events on the web door (Server-Sent Events): a comment saved in one tab appears in another
 * tab of the same app without a reload, and the tab that saved it made one API call for it.
 */
import { describe, expect, it } from 'vitest';
import { harnessForEachTest, type Harness } from './harness';
import { DELEGATE, MERGER_ITEM } from './comments-helpers';
import { callApi, screenshot } from './helpers';

let h: Harness;

harnessForEachTest((started) => (h = started));

describe('events between tabs', () => {
  it('shows a comment saved in one tab in the other without a reload, after one round trip', async () => {
    await callApi(h, 'identity:set', { rosterId: DELEGATE.id });
    await h.open();
    const other = await h.context.newPage();
    await other.goto(h.url);
    await other.locator('a.agenda-doc').first().waitFor();
    const otherItem = other.locator('li.agenda-item', { hasText: MERGER_ITEM.title });
    expect(await otherItem.locator('.comment-count-item').count()).toBe(0);
    let otherLoads = 0;
    other.on('framenavigated', () => (otherLoads += 1));

    const { page } = h;
    const item = page.locator('li.agenda-item', { hasText: MERGER_ITEM.title });
    await item.getByRole('button', { name: /^Góp ý chung về nội dung/u }).click();
    const form = page.getByRole('form', { name: 'Góp ý chung về nội dung kỳ họp' });
    await form.getByRole('radio', { name: 'Tán thành', exact: true }).check();
    await form.getByLabel(/Nội dung góp ý/u).fill('Tán thành chủ trương thí điểm.');
    // Let the draft's autosave go out first (its last text stored, no save pending): only the
    // save's own calls are counted.
    await expect
      .poll(async () => (await callApi<Array<{ payload: string }>>(h, 'drafts:list'))[0]?.payload ?? '')
      .toContain('Tán thành chủ trương thí điểm.');
    await page.waitForTimeout(800);
    const calls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length));
    });
    await form.getByRole('button', { name: 'Lưu góp ý' }).click();
    await item.locator('.comment-count-item', { hasText: '1 góp ý' }).waitFor();

    // The other tab: the count, from the pushed event, with no reload and no call of its own.
    await otherItem.locator('.comment-count-item', { hasText: '1 góp ý' }).waitFor({ timeout: 10_000 });
    expect(otherLoads).toBe(0);
    await screenshot(other, 'events-other-tab');
    // The saving tab: one call (the draft cleared with it, in main), none to reload anything.
    await page.waitForTimeout(500);
    expect(calls).toEqual(['comments:create']);
    expect(await callApi<unknown[]>(h, 'drafts:list')).toEqual([]);
    await other.close();
  });
});
