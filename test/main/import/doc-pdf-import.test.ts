/**
 * .doc and PDF through the whole import: the worker, the preview, the save and the document read
 * back; refusals (a truncated .doc, a web page saved as .doc, a scan, a password-protected PDF)
 * each with the file named and its reason, and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/core/dispatch';
import { parseInWorker } from '../../../main/core/import/parse-in-worker';
import { readImportPath } from '../../../main/core/import/read-file';
import type { DocumentImportPreview } from '../../../shared/domain/imports';
import type { DocumentView } from '../../../shared/domain/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import { call, ITEM, openInstallation } from '../../support/exchange';
import { REPO_ROOT, tempDir } from '../../support/temp';
import { encryptedPdf, ND30_PDF_PATH, scannedPdf } from '../../unit/import/pdf-fixtures';
import { messageTexts } from '../../support/messages';

/** A copy of ../shared/fixtures/real-doc, so a clean clone of the repository tests on its own. */
const REAL_DOC = join(REPO_ROOT, 'test', 'fixtures', 'real-doc');
const PHU_LUC_1 = join(REAL_DOC, 'nd-30-2020-phu-luc-1.doc');
const PHU_LUC_3 = join(REAL_DOC, 'nd-30-2020-phu-luc-3.doc');
const upload = (name: string, data: Buffer | string) => ({ name, dataBase64: Buffer.from(data).toString('base64') });

async function importFile(name: string, data: Buffer) {
  const ctx = openInstallation();
  const file = upload(name, data);
  const preview = await call<DocumentImportPreview>(ctx, CHANNELS.documentsPreviewImport, { file });
  const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
    itemId: ITEM,
    file,
    header: preview.header,
  });
  const view = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId });
  ctx.close();
  return { preview, view };
}

describe('Word 97–2003 (.doc)', () => {
  it('imports Phụ lục I of Nghị định 30 with its Phần / mục / điểm structure, tables and footnote', async () => {
    const { preview, view } = await importFile('Phuluc1.doc', readFileSync(PHU_LUC_1));
    expect(preview.header.title).toBe('Phụ lục I: Thể thức, kỹ thuật trình bày văn bản hành chính và bản sao văn bản');
    const labels = view.blocks.map((b) => b.label);
    expect(labels).toContain('Phần I');
    expect(labels).toContain('Phần thứ hai');
    expect(view.blocks.find((b) => b.label === 'tiết đ' && b.path?.startsWith('Phần I, mục II, điểm 1'))).toBeUndefined();
    expect(view.blocks.find((b) => b.path === 'Phần I, mục II, điểm 1, tiết a')?.text).toMatch(/^a\) Quốc hiệu/u);
    // Tables as rows of cells: the "Ô số" table has three columns on every row.
    const rows = view.blocks.filter((b) => b.kind === 'table_row');
    expect(rows.length).toBeGreaterThan(50);
    const oSo = rows.filter((r) => r.cells?.[1] === ':');
    expect(oSo.length).toBeGreaterThanOrEqual(15);
    expect(oSo.every((r) => r.cells?.length === 3)).toBe(true);
    expect(oSo.find((r) => r.cells?.[0] === '1')?.cells).toEqual(['1', ':', 'Quốc hiệu và Tiêu ngữ']);
    // The footnote: a reference in a cell, its text after the body, labelled for the reader.
    expect(rows.some((r) => r.cells?.includes('Cỡ chữ[1]'))).toBe(true);
    const note = view.blocks.find((b) => b.label === '[1]');
    expect(note?.text).toMatch(/^\[1\] Cỡ chữ trong cùng một văn bản tăng, giảm phải thống nhất/u);
    expect(note?.path).toBeNull();
  });

  it('imports Phụ lục III: the abbreviations table row by row, then the model layouts', async () => {
    const { preview, view } = await importFile('Phuluc3.doc', readFileSync(PHU_LUC_3));
    expect(preview.header.title).toMatch(/^Phụ lục III: Bảng chữ viết tắt tên loại/u);
    const rows = view.blocks.filter((b) => b.kind === 'table_row');
    expect(rows[0].cells).toEqual(['STT', 'Tên loại văn bản hành chính', 'Chữ viết tắt']);
    expect(rows[0].level).toBe(1);
    expect(rows.find((r) => r.cells?.[1] === 'Tờ trình')?.cells).toEqual(['', 'Tờ trình', 'TTr']);
    expect(rows.find((r) => r.cells?.[1] === 'Bản sao lục')?.cells).toEqual(['', 'Bản sao lục', 'SL']);
    expect(view.blocks.filter((b) => b.label === 'mục I' || b.label === 'mục II').map((b) => b.label)).toEqual([
      'mục I',
      'mục II',
    ]);
    // The model layouts' header tables stay tables: "Số:" and the motto in the two cells of one row.
    expect(
      rows.some(
        (r) => r.cells?.length === 2 && r.cells[0].includes('Số:') && r.cells[1].includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      ),
    ).toBe(true);
    expect(messageTexts(preview.warnings).join(' ')).toContain('Word 97–2003');
    expect(messageTexts(preview.warnings, 'en').join(' ')).toContain('Word 97–2003 file (.doc)');
  });

  it('reads the same in the import worker as in-process', async () => {
    const [inWorker, inProcess] = await Promise.all([parseInWorker(PHU_LUC_3), readImportPath(PHU_LUC_3)]);
    expect(inWorker).toEqual(inProcess);
  });
});

describe('PDF', () => {
  it('imports the real Nghị định 30 as PDF, place of issue stored, in the worker as in-process', async () => {
    const { preview, view } = await importFile('30_2020_ND_CP.pdf', readFileSync(ND30_PDF_PATH));
    expect(preview.header).toMatchObject({
      issuer: 'CHÍNH PHỦ',
      numberSymbol: '30/2020/NĐ-CP',
      date: '2020-03-05',
      place: 'Hà Nội',
    });
    expect(preview.stats.articles).toBe(38);
    expect(view.document).toMatchObject({ place: 'Hà Nội', date: '2020-03-05', title: 'Nghị định về công tác văn thư' });
    const [inWorker, inProcess] = await Promise.all([parseInWorker(ND30_PDF_PATH), readImportPath(ND30_PDF_PATH)]);
    expect(inWorker).toEqual(inProcess);
  });
});

describe('refusals, writing nothing', () => {
  it('refuses a truncated .doc, a web page saved as .doc, a scan and a password-protected PDF', async () => {
    const ctx = openInstallation();
    const snapshot = () => [
      ctx.db.prepare('SELECT count(*) AS n FROM documents').get(),
      ctx.db.prepare('SELECT count(*) AS n FROM blocks').get(),
    ];
    const before = snapshot();
    const header = { kind: 'khac', issuer: null, numberSymbol: null, date: null, title: 'x' };
    const html = '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>Tờ trình</p></body></html>';
    const cases: Array<[string, Buffer, RegExp]> = [
      ['cat-cut.doc', readFileSync(PHU_LUC_1).subarray(0, 30_000), /“cat-cut\.doc” bị hỏng hoặc không đọc được/u],
      ['trang-web.doc', Buffer.from(html), /“trang-web\.doc” thực ra là trang web \(HTML\)/u],
      ['ban-quet.pdf', await scannedPdf(), /“ban-quet\.pdf” là bản PDF quét.*bản Word/u],
      ['mat-khau.pdf', await encryptedPdf(), /“mat-khau\.pdf” là tệp PDF được đặt mật khẩu/u],
    ];
    for (const [name, data, message] of cases) {
      const file = upload(name, data);
      const preview = await dispatch(ctx, CHANNELS.documentsPreviewImport, { file });
      expect(!preview.ok && preview.error.message).toMatch(message);
      const saved = await dispatch(ctx, CHANNELS.documentsImport, { itemId: ITEM, file, header });
      expect(!saved.ok && saved.error.code).toBe('invalid_input');
    }
    expect(snapshot()).toEqual(before);
    ctx.close();
  });

  it('says a missing path plainly, never the raw ENOENT', async () => {
    const missing = join(tempDir(), 'khong-co.doc');
    const error = await readImportPath(missing).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /Không tìm thấy tệp hoặc thư mục "khong-co\.doc" \(.*\): .*Hãy kiểm tra lại đường dẫn\./u,
    );
    expect((error as Error).message).not.toContain('ENOENT');
  });
});
