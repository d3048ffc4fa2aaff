/**
 * The compiled report as the council office would sign it, exported through the handlers as PDF
 * and as Word, both read back: pdftotext (text, page sizes, word boxes) and document.xml, and the
 * project's own .docx importer. PNGs of the first page, a Phụ lục page and the last page (and of
 * LibreOffice's rendering of the .docx) go to test-results/ for a person to look at.
 */
import { docxPart } from '../../support/docx';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../main/core/import/docx';
import { waitForPdf } from '../../../main/core/services/pdf-jobs';
import { APPENDIX_COLUMNS, APPENDIX_HEADER, CONTINUED, UNANSWERED } from '../../../main/core/report/report-appendix';
import type { PdfJobStatus } from '../../../shared/domain/exports';
import { CHANNELS } from '../../../shared/ipc/channels';
import { call } from '../../support/exchange';
import { allWordBoxes, columnText, pageTexts, renderPage, RESULTS_DIR, squash, type PageWords } from '../pdf/poppler';
import { PLAN, SETTINGS, secretariatWithReport, type ReportFixture } from './report-data';

const MM = 72 / 25.4;
let fixture: ReportFixture;
let pdf: string;
let docx: string;
let pages: PageWords[];

beforeAll(async () => {
  fixture = await secretariatWithReport();
  const start = async (format: 'pdf' | 'docx'): Promise<PdfJobStatus> => {
    const started = await call<PdfJobStatus>(fixture.secretariat, CHANNELS.pdfStart, { kind: 'report', format });
    return waitForPdf(fixture.secretariat, started.jobId);
  };
  const [p, d] = [await start('pdf'), await start('docx')];
  expect(p).toMatchObject({ state: 'done', format: 'pdf', total: PLAN.length });
  expect(d).toMatchObject({ state: 'done', format: 'docx', pages: null });
  expect(d.fileName).toMatch(/\.docx$/u);
  pdf = p.path;
  docx = d.path;
  pages = allWordBoxes(pdf);
  const appendix = pages.findIndex((pg) => pg.width > pg.height);
  renderPage(pdf, 1, 'report-first-page');
  renderPage(pdf, appendix + 2, 'report-appendix-page');
  renderPage(pdf, pages.length, 'report-last-page');
}, 240_000);
afterAll(() => fixture?.secretariat.close());

/** Lines of one page (or of a column of it) as drawn: words whose tops are within 2 pt. */
function lines(page: PageWords, x0 = 0, x1 = page.width, skipRows: readonly number[] = []): string[] {
  const words = page.words
    .filter((w) => w.xMin >= x0 - 0.5 && w.xMax <= x1 + 0.5)
    .filter((w) => !skipRows.some((y) => Math.abs(y - w.yMin) < 2))
    .sort((a, b) => (Math.abs(a.yMin - b.yMin) < 2 ? a.xMin - b.xMin : a.yMin - b.yMin));
  const out: Array<{ y: number; words: string[] }> = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - w.yMin) < 2) last.words.push(w.text);
    else out.push({ y: w.yMin, words: [w.text] });
  }
  return out.map((l) => l.words.join(' '));
}

const appendixPages = (): PageWords[] => pages.filter((p) => p.width > p.height);
const columnEdges = (page: PageWords): number[] => {
  const width = page.width - 45 * MM;
  return APPENDIX_COLUMNS.reduce<number[]>((xs, f) => [...xs, xs[xs.length - 1] + f * width], [30 * MM]);
};
/** A column of the Phụ lục read across its pages, the repeated header label and "(tiếp theo)" left out. */
function column(k: number): string {
  const list = appendixPages();
  const edges = columnEdges(list[0]);
  return (
    columnText(list, edges[k], edges[k + 1])
      .split(` ${APPENDIX_HEADER[k]} `)
      .join(' ')
      // A continued passage cell names its passage again before the rest of the quote.
      .replace(/ (?:Điều|Phần|Ý kiến chung)[^“”()]*? \(tiếp theo\)/gu, '')
      .split(` ${CONTINUED}`)
      .join('')
  );
}

describe('the compiled report as PDF', () => {
  it('gives back every comment, wording, quote and answer exactly (NFC), "Chưa trả lời" where none', () => {
    const comments = column(3);
    const answers = column(4);
    const passages = column(1);
    expect(comments).toBe(comments.normalize('NFC'));
    for (const c of PLAN) {
      expect(comments).toContain(squash(c.text));
      if (c.proposedText) expect(comments).toContain(`Đề nghị sửa thành: “${squash(c.proposedText)}”`);
    }
    for (const q of fixture.quotes) expect(passages).toContain(squash(q));
    for (const a of fixture.answers) expect(answers).toContain(squash(a));
    const unanswered = PLAN.length - fixture.answers.length;
    expect(unanswered).toBeGreaterThan(0);
    expect(answers.split(UNANSWERED).length - 1).toBe(unanswered);
  });

  it('opens with the deadline, counts answers by kind, and is signed by name', () => {
    const body = squash(pageTexts(pdf).join('\n'));
    expect(body).toContain('hạn gửi ý kiến góp ý trước 17 giờ 00 ngày 05 tháng 12 năm 2019');
    expect(body).toContain('Quảng Ninh, ngày 05 tháng 12 năm 2019');
    expect(body).toContain('Số: 125/BC-HĐND');
    expect(body).toMatch(/gồm: \d+ ý kiến tiếp thu, \d+ ý kiến giải trình, \d+ ý kiến ghi nhận; còn \d+ ý kiến chưa trả lời\./u);
    expect(body).toContain('KT. CHỦ TỊCH');
    expect(body).toContain('PHÓ CHỦ TỊCH');
    expect(body).toContain(SETTINGS.signerName);
    expect(body).toContain('- Lưu: VT, VP.');
    expect(body).toContain('(Kèm theo Báo cáo số 125/BC-HĐND ngày 05/12/2019');
    // General comments are named by what they are about: the agenda item, or the whole document.
    expect(body).toMatch(/Ý kiến chung về nội dung: \S/u);
    expect(body).toMatch(/Ý kiến chung về dự thảo Nghị quyết về \S/u);
    expect(column(1)).toContain('Ý kiến chung về dự thảo Nghị quyết');
    expect(column(1)).toContain('Ý kiến chung về nội dung');
    expect(body).not.toContain('Ý kiến chung về văn bản');
    expect(body).toContain('Điều 1. Tán thành chủ trương');
    // The signature never stands alone on its page: the closing sentence goes with it.
    const signed = pageTexts(pdf).find((t) => squash(t).includes(SETTINGS.signerName));
    expect(squash(signed ?? '')).toContain('xem xét, quyết định./.');
  });

  it('is portrait for the body and landscape for the Phụ lục', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toHaveLength(pages.length);
    const firstLandscape = sizes.findIndex(([w, h]) => w > h);
    expect(firstLandscape).toBeGreaterThan(0);
    sizes.slice(0, firstLandscape).forEach(([w, h]) => expect([w, h]).toEqual([595.28, 841.89]));
    sizes.slice(firstLandscape).forEach(([w, h]) => expect([w, h]).toEqual([841.89, 595.28]));
    expect(appendixPages().length).toBeGreaterThanOrEqual(3);
  });

  it('leaves no Phụ lục page but the last more than a quarter empty', () => {
    const list = appendixPages();
    for (const [i, page] of list.slice(0, -1).entries()) {
      const lowest = Math.max(...page.words.map((w) => w.yMax));
      expect(lowest, `Phụ lục page ${i + 1}`).toBeGreaterThan(page.height * 0.75);
    }
  });

  it('repeats STT, passage and delegate "(tiếp theo)" where a row goes on to the next page', () => {
    const list = appendixPages();
    const continued = list.slice(1).filter((p) => lines(p).some((l) => l.includes(CONTINUED)));
    expect(continued.length).toBeGreaterThan(0);
    for (const page of continued) {
      const edges = columnEdges(page);
      for (const k of [0, 1, 2]) expect(lines(page, edges[k], edges[k + 1]).join(' ')).toContain(CONTINUED);
    }
  });

  it('starts no line with a dash the text did not start with', () => {
    const allowed = [
      ...PLAN.flatMap((c) => `${c.text}\n${c.proposedText ?? ''}`.split('\n')).filter((l) => /^[-–]/u.test(l)),
      ...[...SETTINGS.recipients, 'Lưu: VT, VP.'].map((r) => `- ${r}`),
    ].map(squash);
    const starts: string[] = [];
    for (const page of pages) {
      if (page.width > page.height) {
        const edges = columnEdges(page);
        // A group row ("Ý kiến chung về dự thảo …") runs across the columns: read whole, not cut at their edges.
        const groupRows = page.words
          .filter((w) => Math.abs(w.xMin - edges[0] - 7) < 1.5 && !/^\d+$/u.test(w.text))
          .map((w) => w.yMin);
        starts.push(...lines(page).filter((l) => /^(Ý kiến chung|[IVXLC]+\. |Điều \d)/u.test(l)));
        for (let k = 0; k < edges.length - 1; k++) starts.push(...lines(page, edges[k], edges[k + 1], groupRows));
      } else starts.push(...lines(page));
    }
    const dashed = starts.filter((l) => /^[-–]/u.test(l));
    expect(dashed.length).toBeGreaterThan(0);
    for (const l of dashed)
      expect(
        allowed.some((a) => a.startsWith(squash(l)) || squash(l).startsWith(a)),
        l,
      ).toBe(true);
  });
});

describe('the compiled report as Word (.docx)', () => {
  const part = (name: string): string => docxPart(docx, name);
  const xmlText = (xml: string): string =>
    squash(
      xml
        .replace(/<\/w:p>/gu, '\n')
        .replace(/<[^>]+>/gu, '')
        .replace(/&lt;/gu, '<')
        .replace(/&gt;/gu, '>')
        .replace(/&quot;/gu, '"')
        .replace(/&apos;/gu, "'")
        .replace(/&amp;/gu, '&'),
    );

  it('holds every comment, the landscape Phụ lục, a repeating header row, Times New Roman and page numbers', () => {
    const xml = part('word/document.xml');
    const text = xmlText(xml);
    for (const c of PLAN) for (const line of c.text.split('\n')) expect(text).toContain(squash(line));
    for (const a of fixture.answers) for (const line of a.split('\n')) expect(text).toContain(squash(line));
    expect(text).toContain(SETTINGS.signerName);
    expect(text).toContain('17 giờ 00 ngày 05 tháng 12 năm 2019');
    expect(text).toMatch(/Ý kiến chung về nội dung: \S/u);
    expect(text).toMatch(/Ý kiến chung về dự thảo \S/u);
    expect(text).not.toContain('Ý kiến chung về văn bản');
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/u);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
    expect(xml).toContain('<w:titlePg/>');
    const headers = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /^word\/header\d+\.xml$/u.test(f));
    expect(headers.some((h) => / PAGE /u.test(part(h)) || part(h).includes('PAGE'))).toBe(true);
  });

  it('reads back through the project’s own .docx importer with every comment found', async () => {
    const parsed = await readDocx(readFileSync(docx), 'bao-cao.docx');
    const text = squash(parsed.paragraphs.map((p) => [p.text, ...(p.cells ?? [])].join('\n')).join('\n'));
    for (const c of PLAN) for (const line of c.text.split('\n')) expect(text).toContain(squash(line));
  });

  it('opens in LibreOffice as A4 pages, the Phụ lục landscape', () => {
    const out = join(RESULTS_DIR, 'report-docx');
    mkdirSync(out, { recursive: true });
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { timeout: 120_000, stdio: 'ignore' });
    const converted = join(
      out,
      docx
        .split('/')
        .pop()!
        .replace(/\.docx$/u, '.pdf'),
    );
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100', converted], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gu)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes[0][0]).toBeLessThan(sizes[0][1]);
    expect(sizes[sizes.length - 1][0]).toBeGreaterThan(sizes[sizes.length - 1][1]);
    renderPage(converted, 1, 'report-docx-first-page');
    renderPage(converted, sizes.findIndex(([w, h]) => w > h) + 1, 'report-docx-appendix-page');
    const converted_text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', converted, '-'], { encoding: 'utf8' }));
    expect(converted_text).toContain(SETTINGS.signerName);
  }, 150_000);
});
