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
      .map((page, i) => (i > 0 && firstLine(page) === String(i + 1) ? page.trim().split('\n').slice(1).join('\n') : page))
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
