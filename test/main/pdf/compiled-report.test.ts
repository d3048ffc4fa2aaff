import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_LABELS } from '../../../shared/domain/reports';
import { writeCompiledReport } from '../../../main/core/pdf';
import { MARGIN } from '../../../main/core/pdf/geometry';
import { APPENDIX_HEADER as REPORT_HEADER } from '../../../main/core/report/report-appendix';
import { FONTS_DIR, reportInput } from './fixtures';
import { bodyText, expectedPageNumbers, firstLine, pageTexts, pdffonts, pdfinfo, renderPage, squash, wordBoxes } from './poppler';

describe('Báo cáo tổng hợp ý kiến (compiled report) PDF', () => {
  const input = reportInput();
  const comments = [...input.groups.flatMap((g) => g.passages.flatMap((p) => p.comments)), ...input.general];
  let dir: string;
  let file: string;
  let pages: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-report-'));
    file = join(dir, 'bao-cao.pdf');
    ({ pages } = await writeCompiledReport(input, file, { fontsDir: FONTS_DIR }));
    renderPage(file, 1, 'pdf-report-page1');
    renderPage(file, 3, 'pdf-report-table-page');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Read both ways: pdftotext's default mode (columns guessed from gaps, as a person copying
  // text gets it) and -raw (drawing order, one cell after another).
  for (const raw of [false, true]) {
    it(`gives back every comment, quote, proposed wording and answer exactly (NFC)${raw ? ', in drawing order' : ''}`, () => {
      const text = bodyText(file, raw);
      expect(text).toBe(text.normalize('NFC'));
      for (const c of comments) {
        expect(text).toContain(squash(c.text));
        expect(text).toContain(c.delegateName);
        if (c.proposedText) expect(text).toContain(`Đề nghị sửa thành: “${squash(c.proposedText)}”`);
        if (c.answer) expect(text).toContain(`${ANSWER_LABELS[c.answer.kind]}: ${squash(c.answer.text)}`);
      }
      for (const g of input.groups) {
        for (const p of g.passages) if (p.quote) expect(text).toContain(`“${squash(p.quote)}”`);
      }
    });
  }

  it('prints passages with their reference and the line numbers of the reader, grouped by document', () => {
    const text = bodyText(file, true);
    expect(text).toContain('Điều 1, khoản 2, điểm a, dòng 29');
    expect(text).toContain('Điều 1, khoản 3, điểm a, dòng 35–36');
    expect(text).toContain('3 ý kiến: 1 tán thành, 1 không tán thành, 1 ý kiến khác');
    expect(text).toContain('Chưa trả lời');
    expect(text).toContain('I. Dự thảo Nghị quyết về việc tán thành chủ trương thí điểm hợp nhất Ban Tổ chức Tỉnh ủy');
    expect(text).toContain('III. Ý kiến chung');
  });

  it('has the header, title, summary, "Nơi nhận:" and ends with "./." before the signature', () => {
    const text = bodyText(file);
    for (const line of [
      'HỘI ĐỒNG NHÂN DÂN',
      'TỈNH QUẢNG NINH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Quảng Ninh, ngày 05 tháng 12 năm 2019');
    expect(text).toContain('/BC-HĐND');
    expect(text).toContain(squash(input.subject));
    expect(text).toContain('Tổng số 11/50 đại biểu Hội đồng nhân dân tỉnh đã gửi 11 ý kiến góp ý');
    const end = text.indexOf('./.');
    expect(end).toBeGreaterThan(0);
    expect(text.indexOf('xem xét, quyết định./.')).toBe(end - 'xem xét, quyết định'.length);
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(end);
    for (const r of input.recipients) expect(text).toContain(`- ${r}`);
    expect(text.indexOf('TM. THƯỜNG TRỰC HĐND', end)).toBeGreaterThan(end);
    expect(text.indexOf('CHỦ TỊCH', end)).toBeGreaterThan(end);
    expect(text.lastIndexOf(input.signer.name)).toBeGreaterThan(end);
  });

  it('embeds its fonts, on A4, with the first text line at the top margin', () => {
    for (const f of pdffonts(file)) {
      expect(f.emb).toBe('yes');
      expect(f.uni).toBe('yes');
    }
    expect(
      pdffonts(file)
        .map((f) => f.name.replace(/^[A-Z]{6}\+/u, ''))
        .sort(),
    ).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    expect(pdfinfo(file)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/u);
    const top = Math.min(...wordBoxes(file, 1).map((w) => w.yMin));
    expect(top).toBeGreaterThanOrEqual(MARGIN.top - 0.5);
    expect(top).toBeLessThan(MARGIN.top + 6);
  });

  it('repeats the table header on every page the table reaches, numbered from page 2 (the Phụ lục again)', () => {
    const texts = pageTexts(file, { raw: true });
    expect(texts.length).toBe(pages);
    expect(firstLine(texts[0])).not.toMatch(/^\d+$/u);
    const numbers = expectedPageNumbers(texts);
    expect(numbers.filter((n) => n === null).length).toBe(2);
    texts.forEach((t, i) => {
      if (numbers[i] !== null) expect(firstLine(t)).toBe(numbers[i]);
    });
    const appendix = texts.findIndex((t) => firstLine(t) === 'PHỤ LỤC');
    expect(appendix).toBeGreaterThan(0);
    const tablePages = texts.slice(appendix);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const t of tablePages) for (const h of REPORT_HEADER) expect(squash(t)).toContain(h);
  });
});
