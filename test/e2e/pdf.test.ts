/** PDF exports from the window: the comment sheet and the compiled report, with progress and the saved file. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, SCREENSHOT_DIR, type Harness } from './harness';
import { callApi } from './helpers';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  harness.assertClean();
  await harness.close();
});

const extract = (file: string): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/gu, ' ');

describe('PDF export in the window', () => {
  it('exports my comment sheet from a document and the compiled report from the compilation view', async () => {
    await callApi(harness, 'identity:set', { rosterId: 'db01-nguyen-thi-thanh-huong', role: 'thu_ky' });
    await callApi(harness, 'comments:create', {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: 'de-an-hop-nhat-to-chuc-noi-vu',
      anchor: null,
      stance: 'khong_tan_thanh',
      text: 'Đề nghị bổ sung lộ trình sắp xếp biên chế của Cơ quan Tổ chức - Nội vụ.',
    });
    const { page } = harness;
    await harness.open('#/doc/de-an-hop-nhat-to-chuc-noi-vu');
    await page.getByRole('button', { name: 'Phiếu góp ý cho nội dung này (PDF)' }).click();
    const saved = page.getByText(/^Đã lưu .+\.pdf \(\d+ trang\)$/u).first();
    await saved.waitFor({ timeout: 30_000 });
    const sheetPath = /^Đã lưu (.+\.pdf) \(/u.exec((await saved.textContent()) ?? '')![1];
    expect(existsSync(sheetPath)).toBe(true);
    const sheet = extract(sheetPath);
    expect(sheet).toContain('PHIẾU GÓP Ý');
    expect(sheet).toContain('Đề nghị bổ sung lộ trình sắp xếp biên chế của Cơ quan Tổ chức - Nội vụ.');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/pdf-export-reader.png` });

    await page.goto(`${harness.origin}/#/compile`);
    await page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (PDF)' }).click();
    const reportSaved = page.getByText(/^Đã lưu .*bao-cao-tong-hop.*\.pdf \(\d+ trang\)$/u);
    await reportSaved.waitFor({ timeout: 30_000 });
    const reportPath = /^Đã lưu (.+\.pdf) \(/u.exec((await reportSaved.textContent()) ?? '')![1];
    const report = extract(reportPath);
    expect(report).toContain('BÁO CÁO');
    expect(report).toContain('Đề nghị bổ sung lộ trình sắp xếp biên chế của Cơ quan Tổ chức - Nội vụ.');
    // The browser door has no system viewer: it says so instead of failing.
    await page.getByRole('button', { name: 'Mở tệp PDF' }).click();
    await page.getByText('Bản trình duyệt không mở được trình xem PDF').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/pdf-export-compile.png` });
  });
});
