import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCompiledReport } from '../../../main/core/pdf';
import { APPENDIX_COLUMNS, APPENDIX_HEADER as REPORT_HEADER } from '../../../main/core/report/report-appendix';
import { FONTS_DIR } from './fixtures';
import { generatedReport } from './generated';
import { allWordBoxes, columnText, expectedPageNumbers, firstLine, pageTexts, pdfinfo, renderPage, squash } from './poppler';

describe('a report of 2,000 comments', () => {
  const n = 2000;
  let dir: string;
  let file: string;
  let pages: number;
  let texts: string[];
  const input = generatedReport(n);
  const comments = [...input.groups.flatMap((g) => g.passages.flatMap((p) => p.comments)), ...input.general];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-big-'));
    file = join(dir, 'bao-cao-2000.pdf');
    const progress: number[] = [];
    ({ pages } = await writeCompiledReport(input, file, {
      fontsDir: FONTS_DIR,
      onProgress: (done) => progress.push(done),
    }));
    expect(progress[progress.length - 1]).toBe(n);
    texts = pageTexts(file, { raw: true });
    renderPage(file, Math.floor(pages / 2), 'pdf-report-2000-middle');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('paginates into hundreds of A4 pages', () => {
    expect(pages).toBeGreaterThan(100);
    expect(texts.length).toBe(pages);
    expect(Number(pdfinfo(file).Pages)).toBe(pages);
  });

  it('numbers every page from the second, in the top margin, and leaves the first unnumbered (the Phụ lục again)', () => {
    expect(firstLine(texts[0])).not.toMatch(/^\d+$/u);
    const numbers = expectedPageNumbers(texts);
    texts.forEach((t, i) => {
      if (numbers[i] !== null) expect(firstLine(t)).toBe(numbers[i]);
    });
  });

  it('repeats the table header row on every page of the table', () => {
    const first = texts.findIndex((t) => firstLine(t) === 'PHỤ LỤC');
    const last = texts.length;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first + 50);
    for (let i = first; i < last; i++) {
      const page = squash(texts[i]);
      for (const h of REPORT_HEADER) expect(page, `page ${i + 1}`).toContain(h);
    }
  });

  it('loses no comment, and each comes back whole (read column by column across pages)', () => {
    const pagesWords = allWordBoxes(file).filter((p) => p.width > p.height);
    const frameLeft = (30 * 72) / 25.4;
    const width = 841.89 - (45 * 72) / 25.4;
    const edges = APPENDIX_COLUMNS.reduce<number[]>((xs, f) => [...xs, xs[xs.length - 1] + f * width], [frameLeft]);
    // The header label and "(tiếp theo)" lines sit between the parts of a split cell: drop them.
    const column = (k: number): string =>
      columnText(pagesWords, edges[k], edges[k + 1])
        .split(` ${REPORT_HEADER[k]} `)
        .join(' ');
    const all = `${column(3)} ${column(4)}`;
    const seen = new Set([...all.matchAll(/\(ý kiến số (\d+)\)/gu)].map((m) => Number(m[1])));
    expect(seen.size).toBe(n);
    const missing = comments.flatMap((c) => [c.text, c.answer?.text ?? '']).filter((t) => !all.includes(squash(t)));
    expect(missing).toEqual([]);
  });
});
