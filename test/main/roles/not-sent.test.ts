/**
 * The list of delegates who have not sent, as PDF (read back with pdftotext), Word (document.xml)
 * and CSV, from the terminal: every roster delegate without a package is listed, no sender is,
 * and the reminder to copy is there.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { docxPart } from '../../support/docx';
import type { CompiledView } from '../../../shared/domain/compile';
import { CHANNELS } from '../../../shared/ipc/channels';
import { bodyText, RESULTS_DIR, squash } from '../pdf/poppler';
import { call, openInstallation } from '../../support/exchange';
import { tempDir } from '../../support/temp';

const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';
const documentXml = (file: string): string => squash(docxPart(file).replace(/<[^>]+>/gu, ''));

describe('terminal: not-sent as PDF, Word and CSV', () => {
  it('lists every roster delegate who has not sent, and the reminder', async () => {
    const office = tempDir();
    for (const rosterId of ['db01-nguyen-thi-thanh-huong', 'db02-tran-quoc-hung']) {
      const delegate = tempDir();
      await cli('identity', '--roster', rosterId, '--data-dir', delegate);
      await cli('comment', '--document', DE_AN, '--stance', 'tan_thanh', '--text', 'Tán thành.', '--data-dir', delegate);
      const pkg = join(delegate, 'goi.gopy');
      expect((await cli('export-comments', '--out', pkg, '--data-dir', delegate)).code).toBe(0);
      expect((await cli('import', pkg, '--data-dir', office)).code).toBe(0);
    }
    const ctx = openInstallation(office);
    const delegates = (await call<CompiledView>(ctx, CHANNELS.compileGet, {})).delegates.filter((d) => d.inRoster);
    ctx.close();
    const missing = delegates.filter((d) => !d.sent);
    const sent = delegates.filter((d) => d.sent);
    expect(sent.map((d) => d.name).sort()).toEqual(['Nguyễn Thị Thanh Hương', 'Trần Quốc Hưng']);
    expect(missing.length).toBeGreaterThan(3);

    const pdf = join(office, 'chua-gui.pdf');
    const result = await cli('not-sent', '--out', pdf, '--data-dir', office);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`(${missing.length} đại biểu chưa gửi)`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    copyFileSync(pdf, join(RESULTS_DIR, 'roles-not-sent.pdf'));
    const text = bodyText(pdf);
    expect(text).toContain('ĐẠI BIỂU CHƯA GỬI GÓP Ý');
    for (const d of missing) expect(text, d.name).toContain(d.name);
    for (const d of sent) expect(text).not.toContain(d.name);
    expect(text).toContain('Lời nhắc (chép để gửi đại biểu)');
    expect(text).toContain('Đề nghị đại biểu xuất gói góp ý');

    // --format wins over the extension; the Word file lists the same delegates.
    const docx = join(office, 'chua-gui.bin');
    expect((await cli('not-sent', '--out', docx, '--format', 'docx', '--data-dir', office)).code).toBe(0);
    const xml = documentXml(docx);
    for (const d of missing) expect(xml, d.name).toContain(d.name);
    expect(xml).not.toContain('Trần Quốc Hưng');

    const csv = join(office, 'chua-gui.csv');
    expect((await cli('not-sent', '--out', csv, '--data-dir', office)).code).toBe(0);
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    expect(rows.filter((r) => /^\d+;/u.test(r))).toHaveLength(missing.length);

    const bad = await cli('not-sent', '--out', join(office, 'x.xls'), '--data-dir', office);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('hãy dùng --format pdf, csv hoặc docx');
  });
});
