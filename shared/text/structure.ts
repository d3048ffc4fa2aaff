/**
 * Recognises the structure of a Vietnamese legal or administrative text from its paragraphs:
 * Phần / Chương / Mục / Điều, numbered khoản "1." and lettered điểm "a)" inside an Điều, and the
 * outline numbering "I." / "1." / "1.1." / "a)" / "-" of reports and proposals. Used by the sample
 * dossier, plain-text import and .docx import alike.
 */
import type { BlockKind } from '../domain/types';

export interface SourceParagraph {
  text: string;
  /** Forced heading (a "# " line, or a Word heading style). */
  heading?: boolean;
  /** Table cells, for a table row. */
  cells?: string[];
  /** The first row of a table: two tables one after the other stay two tables. */
  tableStart?: boolean;
}

export interface StructuredBlock {
  kind: BlockKind;
  level: number;
  label: string | null;
  path: string | null;
  text: string;
  cells: string[] | null;
}

const ROMAN = '[IVXLC]+';
const LETTER = '[a-zđ]';
// Word ends: `\b` knows only ASCII letters. A number is followed by a space, the end, or punctuation
// and then a letter ("1.Text", "d).", "Điều 5."), never by a digit ("1.5 triệu").
const END = '(?![\\p{L}\\p{N}])';

const PATTERNS = {
  part: new RegExp(`^(?:Phần|PHẦN)\\s+(thứ\\s+[\\p{L}]+|THỨ\\s+[\\p{L}]+|${ROMAN}|\\d+)${END}`, 'u'),
  chapter: new RegExp(`^(?:Chương|CHƯƠNG)\\s+(${ROMAN}|\\d+)${END}`, 'u'),
  section: new RegExp(`^(?:Mục|MỤC)\\s+(\\d+)${END}`, 'u'),
  article: new RegExp(`^(?:Điều|ĐIỀU)\\s+(\\d+[a-z]?)${END}`, 'u'),
  /** "Phụ lục", "PHỤ LỤC II", "Phụ lục số 01:" on a line of its own: an appendix restarts the outline. */
  appendix: new RegExp(`^(?:Phụ lục|PHỤ LỤC)(?:\\s+(?:số\\s+|SỐ\\s+)?(${ROMAN}|\\d+[a-z]?|[A-Z]))?${END}\\s*[:.\\-–]?`, 'u'),
  roman: new RegExp(`^(${ROMAN})\\.(?:\\s|(?=\\p{Lu}))`, 'u'),
  decimal2: /^(\d+\.\d+)\.?(?:\s|(?=\p{L}))/u,
  number: /^(\d{1,3})\.(?:\s|(?=\p{L}))/u,
  letter: new RegExp(`^(${LETTER})\\)\\.?(?:\\s|(?=\\p{L}))`, 'u'),
  bullet: /^[-–+•]\s/u,
  /** The type line of a text issued with a decision ("ĐIỀU LỆ", "QUY CHẾ …", "QUY ĐỊNH"): a new outline. */
  attachedText: /^(ĐIỀU LỆ|QUY CHẾ|QUY ĐỊNH$)(?![\p{L}\p{N}])/u,
} as const;

/** "CHƯƠNG IV" → "Chương IV", "THỨ HAI" → "thứ hai": labels read the same whatever the case. */
function wordCase(text: string): string {
  return text.replace(/^(thứ\s+)/iu, 'thứ ').replace(/^thứ (.+)$/u, (_m, w: string) => `thứ ${w.toLocaleLowerCase('vi')}`);
}

/** Levels: 1 Phần, 2 Chương, 3 Mục, 4 Điều / roman outline, 5 khoản / "1.", 6 điểm / "1.1.", 7 "a)". */
type Frame = { level: number; label: string };

function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 2 && letters === letters.toUpperCase();
}

/** "CHƯƠNG I" and "Chương I." name the same heading. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) =>
    t
      .toLocaleLowerCase('vi')
      .replace(/[.:]+$/u, '')
      .trim();
  return words(a) === words(b);
}

/** "Phụ lục II", "PHỤ LỤC", "Phụ lục 01: Danh mục …" — not a sentence that starts "Phụ lục kèm theo …". */
function isAppendixLine(text: string, m: RegExpMatchArray): boolean {
  const rest = text.slice(m[0].length).trim();
  return rest === '' || isUpperCaseLine(rest) || (m[1] !== undefined && text.length <= 200);
}

/** A numbered outline line reads as a heading when it is short and does not end as a sentence. */
function looksLikeHeading(text: string): boolean {
  return text.length <= 140 && !/[.;:,]$/u.test(text.trim());
}

export function recogniseStructure(paragraphs: readonly SourceParagraph[]): StructuredBlock[] {
  const stack: Frame[] = [];
  let inArticle = false;
  let articleSeen = false;
  let previous: StructuredBlock | null = null;
  const blocks: StructuredBlock[] = [];

  const push = (level: number, label: string): string => {
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    stack.push({ level, label });
    return stack.map((f) => f.label).join(', ');
  };
  const currentPath = (): string | null => (stack.length ? stack.map((f) => f.label).join(', ') : null);

  for (const paragraph of paragraphs) {
    const text = paragraph.text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const cells = paragraph.cells?.map((c) => c.normalize('NFC').replace(/\s+/gu, ' ').trim()) ?? null;
    if (!text && !cells) continue;
    let block: StructuredBlock;
    let m: RegExpMatchArray | null;

    if (cells) {
      const level = paragraph.tableStart ? 1 : 0;
      block = { kind: 'table_row', level, label: null, path: currentPath(), text: cells.join(' | '), cells };
    } else if ((m = text.match(PATTERNS.appendix)) && isAppendixLine(text, m)) {
      // An appendix (often after the signature) starts afresh: it is not inside the last Điều.
      inArticle = false;
      stack.length = 0;
      const label = m[1] ? `Phụ lục ${m[1]}` : 'Phụ lục';
      block = { kind: 'heading', level: 0, label, path: push(0, label), text, cells: null };
    } else if (articleSeen && text.length <= 120 && isUpperCaseLine(text) && (m = text.match(PATTERNS.attachedText))) {
      // "ĐIỀU LỆ" after a Quyết định's articles: its Chương and Điều do not collide with the decision's.
      inArticle = false;
      stack.length = 0;
      const label = m[1].charAt(0) + m[1].slice(1).toLocaleLowerCase('vi');
      block = { kind: 'heading', level: 0, label, path: push(0, label), text, cells: null };
    } else if ((m = text.match(PATTERNS.part))) {
      inArticle = false;
      const label = `Phần ${wordCase(m[1])}`;
      block = { kind: 'heading', level: 1, label, path: push(1, label), text, cells: null };
    } else if ((m = text.match(PATTERNS.chapter))) {
      inArticle = false;
      const label = `Chương ${m[1]}`;
      block = { kind: 'heading', level: 2, label, path: push(2, label), text, cells: null };
    } else if ((m = text.match(PATTERNS.section))) {
      inArticle = false;
      const label = `Mục ${m[1]}`;
      block = { kind: 'heading', level: 3, label, path: push(3, label), text, cells: null };
    } else if ((m = text.match(PATTERNS.article))) {
      inArticle = true;
      articleSeen = true;
      const label = `Điều ${m[1]}`;
      block = { kind: 'heading', level: 4, label, path: push(4, label), text, cells: null };
    } else if (inArticle && (m = text.match(PATTERNS.number))) {
      const label = `khoản ${m[1]}`;
      block = { kind: 'list_item', level: 5, label, path: push(5, label), text, cells: null };
    } else if (inArticle && (m = text.match(PATTERNS.letter))) {
      const label = `điểm ${m[1]}`;
      block = { kind: 'list_item', level: 6, label, path: push(6, label), text, cells: null };
    } else if (!inArticle && (m = text.match(PATTERNS.roman))) {
      // Outline references read as Vietnamese documents cite them: mục I, điểm 1, tiết a.
      const label = `mục ${m[1]}`;
      block = { kind: 'heading', level: 4, label, path: push(4, label), text, cells: null };
    } else if (!inArticle && (m = text.match(PATTERNS.decimal2))) {
      const label = `điểm ${m[1]}`;
      const kind = looksLikeHeading(text) ? 'heading' : 'list_item';
      block = { kind, level: 6, label, path: push(6, label), text, cells: null };
    } else if (!inArticle && (m = text.match(PATTERNS.number))) {
      const label = `điểm ${m[1]}`;
      const kind = looksLikeHeading(text) ? 'heading' : 'list_item';
      block = { kind, level: 5, label, path: push(5, label), text, cells: null };
    } else if (!inArticle && (m = text.match(PATTERNS.letter))) {
      const label = `tiết ${m[1]}`;
      block = { kind: 'list_item', level: 7, label, path: push(7, label), text, cells: null };
    } else if (PATTERNS.bullet.test(text)) {
      block = { kind: 'list_item', level: 8, label: null, path: currentPath(), text, cells: null };
    } else if (
      previous?.kind === 'heading' &&
      previous.level <= 3 &&
      previous.label !== null &&
      sameWords(previous.text, previous.label) &&
      isUpperCaseLine(text)
    ) {
      // "Chương I" followed by its title in capitals on the next line: one heading.
      previous.text = `${previous.text}. ${text}`;
      continue;
    } else if (paragraph.heading) {
      block = {
        kind: 'heading',
        level: stack.length ? stack[stack.length - 1].level + 1 : 1,
        label: null,
        path: currentPath(),
        text,
        cells: null,
      };
    } else {
      block = { kind: 'paragraph', level: 0, label: null, path: currentPath(), text, cells: null };
    }
    blocks.push(block);
    previous = block;
  }
  return blocks;
}

/** Parses the plain-text dossier format: one paragraph per line, "# " headings, "| a | b |" table rows. */
export function parsePlainText(source: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const raw of source.normalize('NFC').split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('|')) {
      const cells = line
        .replace(/^\|/u, '')
        .replace(/\|$/u, '')
        .split('|')
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-{3,}:?$/u.test(c))) continue; // Markdown table separator row.
      paragraphs.push({ text: cells.join(' | '), cells });
    } else if (/^#{1,6}\s/u.test(line)) {
      paragraphs.push({ text: line.replace(/^#{1,6}\s+/u, ''), heading: true });
    } else {
      paragraphs.push({ text: line });
    }
  }
  return paragraphs;
}
