/** Going back to another session of this installation from the overview. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { callApi } from './helpers';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  harness.assertClean();
  await harness.close();
});

describe('sessions', () => {
  it('switches between a new session and the sample dossier', async () => {
    await callApi(harness, 'session:create', {
      council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
      councilShort: 'HĐND tỉnh Quảng Ninh',
      term: 'khóa XIV',
      name: 'Kỳ họp thứ nhất',
      place: 'Hạ Long',
      startDate: '2021-06-28',
      endDate: '2021-06-29',
      commentDeadline: null,
    });
    const { page } = harness;
    await page.goto(harness.url);
    const switcher = page.getByLabel('Kỳ họp đang xem');
    await switcher.waitFor();
    expect(await page.locator('#home-heading').textContent()).toContain('Kỳ họp thứ nhất');
    await switcher.selectOption({ label: 'Kỳ họp thường lệ cuối năm 2019 — HĐND tỉnh Quảng Ninh khóa XIII (2019)' });
    await page.locator('#home-heading', { hasText: 'Kỳ họp thường lệ cuối năm 2019' }).waitFor();
    await page.locator('a.agenda-doc').first().waitFor();
    await page.reload();
    await page.locator('#home-heading', { hasText: 'Kỳ họp thường lệ cuối năm 2019' }).waitFor();
  });
});
