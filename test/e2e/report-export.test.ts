/**
 * The compiled report from the window: the council's level in the session form, the report's
 * settings on the compilation screen, then the report as Word and as PDF, both read back.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/domain/types';
import { openEditor } from './editor-helpers';
import { startHarness, type Harness } from './harness';
import { callApi, screenshot, seriousAxeViolations } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  h.assertClean();
  await h.close();
});

const COMMENT = 'Đề nghị bổ sung lộ trình sắp xếp biên chế của Cơ quan Tổ chức - Nội vụ.';

describe('the compiled report from the window', () => {
  it('takes the level from the session form and the signer from the compilation screen, in Word and PDF', async () => {
    const { page } = h;
    // The council's level: proposed from its name, chosen in the list, saved with the session.
    await openEditor(h);
    await page.getByRole('tab', { name: 'Thông tin kỳ họp' }).click();
    const form = page.locator('.ed-session-form');
    const level = form.getByLabel('Cấp của Hội đồng nhân dân');
    expect(await level.inputValue()).toBe('tinh');
    await form.getByLabel('Tên Hội đồng nhân dân').fill('Hội đồng nhân dân huyện Ba Chẽ');
    expect(await level.inputValue()).toBe('huyen');
    await form.getByLabel('Tên Hội đồng nhân dân').fill('Hội đồng nhân dân xã Đồng Tâm');
    expect(await level.inputValue()).toBe('xa');
    await form.getByRole('button', { name: 'Lưu thông tin kỳ họp' }).click();
    await page.getByText('Đã lưu thông tin kỳ họp').first().waitFor();
    const sessions = await callApi<SessionInfo[]>(h, 'session:list');
    expect(sessions.find((s) => s.council === 'Hội đồng nhân dân xã Đồng Tâm')?.level).toBe('xa');

    await callApi(h, 'identity:set', { rosterId: 'db01-nguyen-thi-thanh-huong', role: 'thu_ky' });
    await callApi(h, 'comments:create', {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: 'de-an-hop-nhat-to-chuc-noi-vu',
      anchor: null,
      stance: 'khong_tan_thanh',
      text: COMMENT,
    });

    // The report's settings, then the Word file.
    await page.goto(`${h.origin}/#/compile`);
    await page.getByText('Thông tin báo cáo tổng hợp (số, ngày, người ký, nơi nhận)').click();
    await page.getByLabel('Số báo cáo').fill('37');
    await page.getByLabel('Thẩm quyền ký').selectOption({ label: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' });
    await page.getByLabel('Họ tên người ký').fill('Hoàng Văn Ký');
    await page.getByLabel('Đơn vị lưu sau “Lưu: VT,”').fill('VP');
    await page.getByRole('button', { name: 'Lưu thông tin báo cáo' }).click();
    await page.getByText('Đã lưu thông tin báo cáo.').waitFor();
    expect(await seriousAxeViolations(page, 'report settings')).toEqual([]);
    await screenshot(page, 'report-settings');

    await page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (Word)' }).click();
    const savedWord = page.getByText(/^Đã lưu .*bao-cao-tong-hop.*\.docx$/u);
    await savedWord.waitFor({ timeout: 30_000 });
    const docx = /^Đã lưu (.+\.docx)$/u.exec((await savedWord.textContent()) ?? '')![1];
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    for (const s of [COMMENT, 'Hoàng Văn Ký', 'PHÓ CHỦ TỊCH', 'Số: 37/BC-HĐND', 'Lưu: VT, VP.', 'Hội đồng nhân dân xã']) {
      expect(xml).toContain(s);
    }
    expect(xml).not.toContain('Hội đồng nhân dân tỉnh');
    expect(xml).toContain('<w:tblHeader/>');

    await page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (PDF)' }).click();
    const savedPdf = page.getByText(/^Đã lưu .*bao-cao-tong-hop.*\.pdf \(\d+ trang\)$/u);
    await savedPdf.waitFor({ timeout: 30_000 });
    const pdf = /^Đã lưu (.+\.pdf) \(/u.exec((await savedPdf.textContent()) ?? '')![1];
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
      .normalize('NFC')
      .replace(/\s+/gu, ' ');
    expect(text).toContain('Hoàng Văn Ký');
    expect(text).toContain('Đồng Tâm, ngày');
    expect(text).not.toContain('Hội đồng nhân dân tỉnh');
    await screenshot(page, 'report-export');
  });
});
