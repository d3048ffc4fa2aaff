import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANCE_LABELS } from '../../../shared/domain/reports';
import { writeCommentSheet } from '../../../main/core/pdf';
import { MARGIN } from '../../../main/core/pdf/geometry';
import { FONTS_DIR, sheetInput } from './fixtures';
import { bodyText, firstLine, pageTexts, pdffonts, pdfinfo, renderPage, squash, wordBoxes } from './poppler';

describe('Phiếu góp ý (comment sheet) PDF', () => {
  const input = sheetInput();
  let dir: string;
  let file: string;
  let pages: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-sheet-'));
    file = join(dir, 'phieu-gop-y.pdf');
    ({ pages } = await writeCommentSheet(input, file, { fontsDir: FONTS_DIR }));
    renderPage(file, 1, 'pdf-sheet-page1');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back every comment, quote and proposed wording exactly (NFC)', () => {
    const text = bodyText(file);
    expect(text).toBe(text.normalize('NFC'));
    for (const e of input.entries) {
      expect(text).toContain(squash(e.text));
      if (e.quote) expect(text).toContain(`“${squash(e.quote)}”`);
      if (e.proposedText) expect(text).toContain(`Đề nghị sửa thành: “${squash(e.proposedText)}”`);
      expect(text).toContain(`Quan điểm: ${STANCE_LABELS[e.stance]}`);
      expect(text).toContain(squash(e.documentTitle));
    }
  });

  it('prints references with the line numbers of the reader', () => {
    const text = bodyText(file);
    expect(text).toContain('Ý kiến 1. Điều 1, khoản 2, điểm a, dòng 29');
    expect(text).toContain('Ý kiến 2. Điều 1, khoản 3, điểm a, dòng 35–36');
    expect(text).toContain('Ý kiến 4. Ý kiến chung về dự thảo Nghị quyết');
  });

  it('has the header, the delegate, the date line, "Nơi nhận:" and ends with "./." before the signature', () => {
    const text = bodyText(file);
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HĐND TỈNH QUẢNG NINH',
      'TỔ ĐẠI BIỂU',
      'THÀNH PHỐ HẠ LONG',
      'PHIẾU GÓP Ý',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Quảng Ninh, ngày 05 tháng 12 năm 2019');
    expect(text).toContain(`Họ và tên đại biểu: ${input.delegate.name}`);
    const end = text.indexOf('./.');
    expect(end).toBeGreaterThan(0);
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(end);
    expect(text.indexOf('ĐẠI BIỂU', end)).toBeGreaterThan(end);
    expect(text.lastIndexOf(input.delegate.name)).toBeGreaterThan(text.indexOf('ĐẠI BIỂU', end));
  });

  it('embeds its fonts, on A4', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Tinos-/u);
      expect(f.emb).toBe('yes');
      expect(f.uni).toBe('yes');
    }
    expect(pdfinfo(file)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/u);
    expect(Number(pdfinfo(file).Pages)).toBe(pages);
  });

  it('starts its first line of text at the top margin, and numbers pages from the second', () => {
    const words = wordBoxes(file, 1);
    const top = Math.min(...words.map((w) => w.yMin));
    expect(top).toBeGreaterThanOrEqual(MARGIN.top - 0.5);
    expect(top).toBeLessThan(MARGIN.top + 6);
    const texts = pageTexts(file);
    expect(texts.length).toBe(pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(firstLine(texts[0])).not.toMatch(/^\d+$/u);
    texts.slice(1).forEach((t, i) => expect(firstLine(t)).toBe(String(i + 2)));
  });
});
