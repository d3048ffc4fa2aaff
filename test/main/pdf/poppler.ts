/** Reading the PDFs back with Debian's poppler-utils, as a person or a search tool would. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
}

/** NFC, whitespace collapsed: how texts are compared. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The text of each page. `raw` keeps the order the text was drawn in; the default mode guesses
 * columns from the gaps, which in a narrow-columned table can run neighbouring cells together.
 */
export function pageTexts(file: string, opts: { raw?: boolean; first?: number; last?: number } = {}): string[] {
  const args = ['-enc', 'UTF-8'];
  if (opts.raw) args.push('-raw');
  if (opts.first) args.push('-f', String(opts.first));
  if (opts.last) args.push('-l', String(opts.last));
  const pages = run('pdftotext', [...args, file, '-']).split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** The first line of a page's text, which from page 2 on should be its number. */
export function firstLine(page: string): string {
  return page.trim().split('\n')[0].trim();
}

/** The whole text with the page numbers (pages 2 and later) taken out, squashed. */
export function bodyText(file: string, raw = false): string {
  return squash(
    pageTexts(file, { raw })
      .map((page, i) => (i > 0 && /^\d+$/u.test(firstLine(page)) ? page.trim().split('\n').slice(1).join('\n') : page))
      .join('\n'),
  );
}

export function pdfinfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/u.exec(line);
    if (m) info[m[1]] = m[2];
  }
  return info;
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

export function pdffonts(file: string): FontRow[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/u);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0], type: cols.slice(1, -6).join(' '), emb, sub, uni };
    });
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page with their boxes (pdftotext -bbox), in reading order. */
export function wordBoxes(file: string, page: number): WordBox[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const words: WordBox[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;
  for (const m of html.matchAll(re)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/** test-results/ at the repository root (gitignored). */
export const RESULTS_DIR = join(resolve(__dirname, '..', '..', '..'), 'test-results');

/** Renders one page to test-results/<name>.png (60 dpi) for a person to look at. */
export function renderPage(file: string, page: number, name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const prefix = join(RESULTS_DIR, name);
  run('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
  return `${prefix}.png`;
}

export interface PageWords {
  width: number;
  height: number;
  words: WordBox[];
}

/** Every page's size and words with their boxes (pdftotext -bbox), in one run. */
export function allWordBoxes(file: string): PageWords[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  const pages: PageWords[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;
  for (const p of html.matchAll(re)) {
    const words: WordBox[] = [];
    for (const m of p[3].matchAll(wordRe)) {
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescape(m[5]) });
    }
    pages.push({ width: Number(p[1]), height: Number(p[2]), words });
  }
  return pages;
}

function unescape(t: string): string {
  return t
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'");
}

/**
 * The text of one table column across pages, top to bottom, page after page: a cell split
 * across pages reads back whole (with the repeated header label between its parts).
 */
export function columnText(pages: readonly PageWords[], x0: number, x1: number, top = (20 * 72) / 25.4 - 2): string {
  const parts: string[] = [];
  for (const page of pages) {
    // Below the top margin: the page number is not part of any column.
    const inColumn = page.words.filter((w) => w.xMin >= x0 - 0.5 && w.xMax <= x1 + 0.5 && w.yMin >= top);
    // Lines: words whose tops are within 2 pt, left to right.
    inColumn.sort((a, b) => (Math.abs(a.yMin - b.yMin) < 2 ? a.xMin - b.xMin : a.yMin - b.yMin));
    parts.push(inColumn.map((w) => w.text).join(' '));
  }
  return squash(parts.join(' '));
}

/** The page numbers as printed: the body numbered from 1, the Phụ lục again from 1; page 1 of each unnumbered. */
export function expectedPageNumbers(texts: readonly string[]): Array<string | null> {
  let n = 0;
  return texts.map((t, i) => {
    const lines = t
      .trim()
      .split('\n')
      .map((l) => l.trim());
    if (i > 0 && (lines[0] === 'PHỤ LỤC' || lines[0] === 'Phụ lục')) n = 0;
    n++;
    return n === 1 ? null : String(n);
  });
}
