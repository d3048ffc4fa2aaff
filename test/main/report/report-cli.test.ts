/**
 * The report and the sheet from the terminal: `report-settings`, `export-report --format docx`,
 * `export-sheet --format docx`, each file read back (document.xml, the project's .docx importer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { docxPart as documentXml } from '../../support/docx';
import { openCore } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { readDocx } from '../../../main/core/import/docx';
import { CHANNELS } from '../../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../../support/temp';

const TEXT = 'Đề nghị bổ sung lộ trình sắp xếp biên chế của Cơ quan Tổ chức - Nội vụ.\nĐoạn thứ hai của ý kiến.';

async function withComment(dataDir: string): Promise<void> {
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
  const created = await dispatch(ctx, CHANNELS.commentsCreate, {
    itemId: 'hop-nhat-to-chuc-noi-vu',
    documentId: 'de-an-hop-nhat-to-chuc-noi-vu',
    anchor: null,
    stance: 'y_kien_khac',
    text: TEXT,
  });
  expect(created.ok).toBe(true);
  ctx.close();
}

describe('report settings and Word exports from the terminal', () => {
  it('shows the defaults, saves what is given, refuses a bad date without changing anything', async () => {
    const dataDir = tempDir();
    const shown = await cli('report-settings', '--data-dir', dataDir);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('TM. THƯỜNG TRỰC HĐND (mặc định)');
    expect(shown.out).toContain('- Thường trực HĐND tỉnh;');
    const saved = await cli(
      'report-settings',
      '--data-dir',
      dataDir,
      '--number',
      '12',
      '--signer-capacity',
      'KT. CHỦ TỊCH',
      '--signer-title',
      'PHÓ CHỦ TỊCH',
      '--signer-name',
      'Nguyễn Văn Đọc',
      '--recipients',
      'Thường trực Tỉnh ủy (b/c); UBND tỉnh',
      '--archive',
      'VP',
      '--json',
    );
    expect(saved.code).toBe(0);
    const view = JSON.parse(saved.out) as { effective: { recipients: string[]; signerName: string; number: string } };
    expect(view.effective).toMatchObject({ number: '12', signerName: 'Nguyễn Văn Đọc' });
    expect(view.effective.recipients).toEqual(['Thường trực Tỉnh ủy (b/c)', 'UBND tỉnh']);
    const bad = await cli('report-settings', '--data-dir', dataDir, '--date', '05/12/2019', '--signer-name', 'Người khác');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('YYYY-MM-DD');
    expect((await cli('report-settings', '--data-dir', dataDir)).out).toContain('Người ký:        Nguyễn Văn Đọc');
  });

  it('exports the report and the sheet as Word, read back by the .docx importer', async () => {
    const dataDir = tempDir();
    await withComment(dataDir);
    await cli('report-settings', '--data-dir', dataDir, '--signer-name', 'Nguyễn Văn Đọc', '--archive', 'VP');
    const report = join(dataDir, 'bao-cao.docx');
    const r = await cli('export-report', '--out', report, '--format', 'docx', '--data-dir', dataDir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('bao-cao.docx (1 ý kiến)');
    const xml = documentXml(report);
    for (const s of ['Nguyễn Văn Đọc', 'Lưu: VT, VP.', '<w:tblHeader/>', 'w:orient="landscape"', 'Chưa trả lời'])
      expect(xml).toContain(s);
    const parsed = await readDocx(readFileSync(report), 'bao-cao.docx');
    const text = parsed.paragraphs.map((p) => [p.text, ...(p.cells ?? [])].join('\n')).join('\n');
    for (const line of TEXT.split('\n')) expect(text).toContain(line);

    // The format follows --out's extension when --format is not given.
    const sheet = join(dataDir, 'phieu.docx');
    const s = await cli('export-sheet', '--out', sheet, '--data-dir', dataDir);
    expect(s.code, s.err).toBe(0);
    const sheetXml = documentXml(sheet);
    for (const line of TEXT.split('\n')) expect(sheetXml).toContain(line);
    expect(sheetXml).toContain('PHIẾU GÓP Ý');
    expect(sheetXml).toContain('Nguyễn Thị Thanh Hương');

    const bad = await cli('export-report', '--out', join(dataDir, 'x.odt'), '--format', 'odt', '--data-dir', dataDir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format pdf hoặc --format docx');
    expect(existsSync(join(dataDir, 'x.odt'))).toBe(false);
  });
});
