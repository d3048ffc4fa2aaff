import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCompiledReport } from '../../../main/core/pdf';
import { REPORT_HEADER } from '../../../main/core/pdf/report-table';
import { FONTS_DIR } from './fixtures';
import { generatedReport } from './generated';
import { bodyText, firstLine, pageTexts, pdfinfo, renderPage, squash } from './poppler';

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

  it('numbers every page from the second, in the top margin, and leaves the first unnumbered', () => {
    expect(firstLine(texts[0])).not.toMatch(/^\d+$/u);
    texts.slice(1).forEach((t, i) => expect(firstLine(t)).toBe(String(i + 2)));
  });

  it('repeats the table header row on every page of the table', () => {
    const first = texts.findIndex((t) => squash(t).includes('II. Ý KIẾN CỤ THỂ'));
    const last = texts.findIndex((t) => squash(t).includes('./.'));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first + 50);
    for (let i = first; i < last; i++) {
      const page = squash(texts[i]);
      for (const h of REPORT_HEADER) expect(page, `page ${i + 1}`).toContain(h);
    }
  });

  it('loses no comment, and each comes back whole', () => {
    const all = bodyText(file);
    const seen = new Set([...all.matchAll(/\(ý kiến số (\d+)\)/gu)].map((m) => Number(m[1])));
    expect(seen.size).toBe(n);
    const missing = comments.flatMap((c) => [c.text, c.answer?.text ?? '']).filter((t) => !all.includes(squash(t)));
    expect(missing).toEqual([]);
  });
});
