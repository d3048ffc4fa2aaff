/**
 * The web door: every export is also offered as a download (a token-checked GET for files the app
 * wrote into exports/), named on the council's clock.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/text/local-time';
import { harnessForEachTest, type Harness } from './harness';
import { callApi, screenshot } from './helpers';
import { DE_AN, DELEGATE, MERGER_ITEM, openDeAn } from './comments-helpers';

let h: Harness;

harnessForEachTest((started) => (h = started), { viewport: { width: 1280, height: 720 } });

describe('downloads on the web door', () => {
  it('offers the comment sheet PDF as a download, and refuses other files or a missing token', async () => {
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
    const link = page.locator('.pdf-export a[download]');
    await link.waitFor();
    const name = (await link.getAttribute('download'))!;
    expect(name).toMatch(/\.pdf$/u);
    expect(name).toContain(localDate());
    await screenshot(page, 'web-download-link');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(name);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const href = (await link.getAttribute('href'))!;
    // From the test itself (the page would log the refusals as errors).
    const status = async (url: string) => (await fetch(h.origin + url)).status;
    expect(await status(href)).toBe(200);
    expect(await status(href.replace(/token=[^&]+/u, 'token=wrong'))).toBe(401);
    expect(await status(href.replace(/\?.*$/u, ''))).toBe(401);
    const token = href.split('token=')[1];
    expect(await status(`/download/${encodeURIComponent('../gop-y-hdnd.sqlite')}?token=${token}`)).toBe(400);
    expect(await status(`/download/khong-co.pdf?token=${token}`)).toBe(404);
  });
});
