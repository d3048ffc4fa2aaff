import { describe, expect, it } from 'vitest';
import { breakBalanced, breakParagraph, type Glyphs, type Line, type Measure } from '../../../main/core/pdf/line-break';
import { para, paraStyle, run, type Para } from '../../../main/core/pdf/text-model';

/** Every character 0.5 em wide, bold 0.6: easy arithmetic, cached like the real pen. */
const cache = new Map<string, Glyphs>();
const measure: Measure = (style, text) => {
  const key = `${style}:${text}`;
  let g = cache.get(key);
  if (!g) {
    g = { text, width: [...text].length * (style === 'bold' ? 0.6 : 0.5) };
    cache.set(key, g);
  }
  return g;
};

const text = (line: Line): string =>
  line.words
    .map((w, i) => (i > 0 && w.spaced ? ' ' : '') + w.pieces.map((p) => p.glyphs.map((g) => g.text).join('')).join(''))
    .join('');

const plain = (t: string, partial = {}): Para => para(t, paraStyle(10, 1.2, partial));

describe('line breaking', () => {
  it('breaks at spaces only and loses no word', () => {
    const source = 'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ cấp tỉnh';
    const lines = breakParagraph(plain(source), 100, measure);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map(text).join(' ')).toBe(source);
    for (const l of lines) expect(l.natural).toBeLessThanOrEqual(100 + 1e-6);
  });

  it('never ends a line with a hyphen, which pdftotext would swallow', () => {
    for (let width = 40; width <= 200; width += 5) {
      const lines = breakParagraph(
        plain('Cơ quan Tổ chức - Nội vụ, Nghị quyết số 18-NQ/TW và Tổ chức - Nội vụ - Hạnh phúc'),
        width,
        measure,
      );
      for (const l of lines.slice(0, -1)) expect(text(l), `width ${width}`).not.toMatch(/-$/u);
    }
  });

  it('never starts a line with a dash the text did not start with (it would read as a list item)', () => {
    const source = 'Cơ quan Tổ chức - Nội vụ, Nghị quyết số 18-NQ/TW và Tổ chức – Nội vụ - Hạnh phúc';
    for (let width = 70; width <= 200; width += 5) {
      const lines = breakParagraph(plain(source), width, measure);
      expect(lines.map(text).join(' ')).toBe(source);
      for (const l of lines) expect(text(l), `width ${width}`).not.toMatch(/^[-–]/u);
    }
    expect(text(breakParagraph(plain('- Một ý đầu dòng'), 200, measure)[0])).toMatch(/^- /u);
  });

  it('keeps a no-break space inside its word', () => {
    const lines = breakParagraph(plain('Số:\u00a0\u00a0\u00a0/BC-HĐND ngày'), 80, measure);
    expect(text(lines[0])).toBe('Số:\u00a0\u00a0\u00a0/BC-HĐND');
  });

  it('justifies every line but the last, and indents the first', () => {
    const lines = breakParagraph(
      plain('một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn', { align: 'justify', indent: 20 }),
      120,
      measure,
    );
    expect(lines[0].x).toBe(20);
    for (const l of lines.slice(0, -1)) {
      const spaces = l.words.length - 1;
      expect(l.natural + l.extra * spaces).toBeCloseTo(120 - l.x, 6);
    }
    expect(lines[lines.length - 1].extra).toBe(0);
  });

  it('centres lines, and balances a centred heading', () => {
    const p = plain('TỔ ĐẠI BIỂU THÀNH PHỐ HẠ LONG', { align: 'center' });
    const [line] = breakParagraph(p, 500, measure);
    expect(line.x).toBeCloseTo((500 - line.natural) / 2, 6);
    const balanced = breakBalanced(p, 120, measure);
    const greedy = breakParagraph(p, 120, measure);
    expect(balanced.length).toBe(greedy.length);
    const spread = (ls: Line[]): number => Math.max(...ls.map((l) => l.natural)) - Math.min(...ls.map((l) => l.natural));
    expect(spread(balanced)).toBeLessThanOrEqual(spread(greedy));
  });

  it('cuts a word longer than the line, and keeps styles and marks on pieces', () => {
    const lines = breakParagraph(plain('x'.repeat(50)), 100, measure);
    expect(lines.map(text).join('')).toBe('x'.repeat(50));
    for (const l of lines) expect(l.natural).toBeLessThanOrEqual(100);
    const marked = breakParagraph(
      para(
        [run('giảm '), run('dần', 'regular', 'del'), run(' '), run('ngay', 'regular', 'ins'), run('.', 'bold')],
        paraStyle(10, 1.2),
      ),
      500,
      measure,
    );
    const pieces = marked[0].words.flatMap((w) => w.pieces);
    expect(pieces.map((p) => [p.glyphs.map((g) => g.text).join(''), p.style, p.mark])).toEqual([
      ['giảm', 'regular', undefined],
      ['dần', 'regular', 'del'],
      ['ngay', 'regular', 'ins'],
      ['.', 'bold', undefined],
    ]);
  });

  it('caps the stretch of a justified line, so no gap reads as a column break', () => {
    const lines = breakParagraph(
      plain('văn bản tại https://quangninh.gov.vn/van-ban/du-thao', { align: 'justify' }),
      150,
      measure,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.extra).toBeLessThanOrEqual(0.75 * 10);
  });

  it('never leaves a cut part of a long word ending in a hyphen', () => {
    for (let width = 30; width <= 120; width += 3) {
      const lines = breakParagraph(plain('du-thao-nghi-quyet-hop-nhat-ban-to-chuc-tinh-uy-voi-so-noi-vu'), width, measure);
      expect(lines.map(text).join('')).toBe('du-thao-nghi-quyet-hop-nhat-ban-to-chuc-tinh-uy-voi-so-noi-vu');
      for (const l of lines.slice(0, -1)) expect(text(l), `width ${width}`).not.toMatch(/-$/u);
    }
  });

  it('never starts a line with a dash the text did not start with (it would read as a list item)', () => {
    const source = 'Cơ quan Tổ chức - Nội vụ, Nghị quyết số 18-NQ/TW và Tổ chức – Nội vụ - Hạnh phúc';
    for (let width = 70; width <= 200; width += 5) {
      const lines = breakParagraph(plain(source), width, measure);
      expect(lines.map(text).join(' ')).toBe(source);
      for (const l of lines) expect(text(l), `width ${width}`).not.toMatch(/^[-–]/u);
    }
    expect(text(breakParagraph(plain('- Một ý đầu dòng'), 200, measure)[0])).toMatch(/^- /u);
  });
});
