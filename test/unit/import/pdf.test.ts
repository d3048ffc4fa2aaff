/**
 * PDF import: the real Nghị định 30 made into a PDF by LibreOffice gives the same structure as its
 * .docx; a laid-out administrative PDF gives its header from the two columns and loses its running
 * header and page numbers; a scan and a password are refused; a signed PDF imports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocumentBlocks, readDocx, readImportFile } from '../../../main/core/import';
import { readPdf } from '../../../main/core/import/pdf';
import { ND30_PATH } from './docx-fixtures';
import { administrativePdf, encryptedPdf, ND30_PDF_PATH, scannedPdf, withSignature } from './pdf-fixtures';

const STRUCTURAL = /^(Phần|Chương|Mục|Điều|khoản|điểm)\s/u;
const structure = (blocks: { label: string | null; path: string | null }[]) =>
  blocks.filter((b) => b.label && STRUCTURAL.test(b.label)).map((b) => b.path);

describe('PDF with a text layer', () => {
  it('gives the same Chương / Mục / Điều / khoản / điểm as the .docx it was made from', async () => {
    const fromWord = await readDocx(readFileSync(ND30_PATH), 'nd30.docx');
    const fromPdf = await readPdf(readFileSync(ND30_PDF_PATH), 'nd30.pdf');
    const word = structure(buildDocumentBlocks(fromWord, String));
    const pdf = structure(buildDocumentBlocks(fromPdf, String));
    expect(word.length).toBeGreaterThan(200);
    expect(pdf).toEqual(word);
    expect(fromPdf.header).toMatchObject({
      issuer: 'CHÍNH PHỦ',
      numberSymbol: '30/2020/NĐ-CP',
      place: 'Hà Nội',
      date: '2020-03-05',
      docType: 'NGHỊ ĐỊNH',
      title: 'Nghị định về công tác văn thư',
    });
    // Page numbers are dropped: no paragraph is only a number.
    expect(fromPdf.paragraphs.some((p) => /^\d{1,3}$/u.test(p.text))).toBe(false);
    // Lines are joined into paragraphs: Điều 1's first paragraph is one, not one per printed line.
    const first = fromPdf.paragraphs.find((p) => p.text.startsWith('Nghị định này quy định về công tác văn thư'));
    expect(first?.text).toContain('quản lý nhà nước về công tác văn thư.');
  });

  it('reads the two-column header, joins the trích yếu and drops the running header and page numbers', async () => {
    const parsed = await readPdf(await administrativePdf(), 'nghi-quyet.pdf');
    expect(parsed.header).toMatchObject({
      issuer: 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH',
      numberSymbol: '25/2024/NQ-HĐND',
      place: 'Quảng Ninh',
      date: '2024-07-12',
      docType: 'NGHỊ QUYẾT',
      kind: 'du_thao_nghi_quyet',
      title: 'Nghị quyết quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở cấp xã',
    });
    const texts = parsed.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes('Nghị quyết số 25/2024/NQ-HĐND'))).toBe(false);
    expect(texts.some((t) => /^\d+$/u.test(t))).toBe(false);
    const blocks = buildDocumentBlocks(parsed, String);
    expect(structure(blocks).slice(0, 6)).toEqual([
      'Điều 1',
      'Điều 2',
      'Điều 2, khoản 1',
      'Điều 2, khoản 1, điểm a',
      'Điều 2, khoản 1, điểm b',
      'Điều 2, khoản 2',
    ]);
    const long = texts.find((t) => t.startsWith('Nghị quyết này quy định'));
    expect(long).toContain('cho đến khi có quy định mới.');
  });

  it('imports a digitally signed PDF like any other', async () => {
    const signed = withSignature(await administrativePdf());
    expect(signed.includes('/adbe.pkcs7.detached')).toBe(true);
    const parsed = await readImportFile(signed, 'nghi-quyet-ky-so.pdf');
    expect(parsed.header.numberSymbol).toBe('25/2024/NQ-HĐND');
    expect(structure(buildDocumentBlocks(parsed, String))).toContain('Điều 2, khoản 1, điểm a');
  });
});

describe('PDF refusals', () => {
  it('refuses a scan (pictures, no text layer) and says to ask for the Word file', async () => {
    await expect(readPdf(await scannedPdf(), 'ban-quet.pdf')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/“ban-quet\.pdf”.*bản PDF quét.*không có lớp chữ.*bản Word/u),
    });
  });

  it('refuses a password-protected PDF', async () => {
    await expect(readPdf(await encryptedPdf(), 'mat.pdf')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/“mat\.pdf”.*mật khẩu/u),
    });
  });

  it('refuses a damaged PDF and one that is not a PDF', async () => {
    const pdf = await administrativePdf();
    await expect(readPdf(pdf.subarray(0, 400), 'cut.pdf')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('“cut.pdf”'),
    });
    await expect(readPdf(Buffer.from('<html>không phải PDF</html>'), 'web.pdf')).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('không phải tệp PDF'),
    });
  });
});
