/**
 * Fixed-length line numbering (as OpenSlides does): a document's text is broken into lines of at
 * most LINE_LENGTH characters at spaces, and lines are numbered continuously through the document.
 * The same function runs in the reader and in every PDF, so "dòng 12–15" means the same everywhere.
 * Characters are counted as NFC code points without combining marks, so a Vietnamese letter with
 * its tone mark counts once however it was typed.
 */

export const LINE_LENGTH = 80;

const COMBINING_MARK = /^\p{M}$/u;
/** A combining mark or a character outside the BMP: where one UTF-16 unit is not one visible character. */
const NOT_ONE_UNIT = /[\p{M}\u{10000}-\u{10FFFF}\uD800-\uDFFF]/u;

/** Which BMP code units are combining marks, built once: one table look-up per character after that. */
let bmpMarks: Uint8Array | null = null;
function bmpMarkTable(): Uint8Array {
  if (bmpMarks) return bmpMarks;
  const table = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0x10000; c++)
    if (c < 0xd800 || c > 0xdfff) table[c] = COMBINING_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  bmpMarks = table;
  return table;
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair. */
function units(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isMarkAt(text: string, i: number, width: number): boolean {
  const c = text.charCodeAt(i);
  if (width === 1) return c >= 0x300 && bmpMarkTable()[c] === 1;
  return COMBINING_MARK.test(text.slice(i, i + 2));
}

/** Visible length of text already in NFC. */
function countVisible(text: string): number {
  if (!NOT_ONE_UNIT.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length;) {
    const width = units(text, i);
    if (!isMarkAt(text, i, width)) n++;
    i += width;
  }
  return n;
}

/** Visible length: code points that are not combining marks. */
export function visibleLength(text: string): number {
  return countVisible(text.normalize('NFC'));
}

/**
 * Cuts a word longer than a line into pieces of `max` visible characters (a mark stays with its
 * letter), pushing all but the last, which it returns. One pass: a 400,000-character word costs the
 * same per character as a short one (the breaker used to rescan the rest of the word at each cut).
 */
function cutWord(word: string, max: number, into: string[]): string {
  let start = 0;
  if (!NOT_ONE_UNIT.test(word)) {
    for (; word.length - start > max; start += max) into.push(word.slice(start, start + max));
    return word.slice(start);
  }
  let n = 0;
  for (let i = 0; i < word.length;) {
    const width = units(word, i);
    if (!isMarkAt(word, i, width)) {
      if (n === max) {
        into.push(word.slice(start, i));
        start = i;
        n = 0;
      }
      n++;
    }
    i += width;
  }
  return word.slice(start);
}

/**
 * Breaks one paragraph into lines of at most `lineLength` visible characters. Words longer than a
 * line are cut hard. Whitespace runs collapse to one space; an empty paragraph is one empty line.
 * Linear in the length of the text.
 */
export function breakLines(text: string, lineLength: number = LINE_LENGTH): string[] {
  const words = text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let current = '';
  let currentLength = 0;
  for (let word of words) {
    let wordLength = countVisible(word);
    if (currentLength > 0 && currentLength + 1 + wordLength <= lineLength) {
      current += ' ' + word;
      currentLength += 1 + wordLength;
      continue;
    }
    if (currentLength > 0) lines.push(current);
    if (wordLength > lineLength) {
      word = cutWord(word, lineLength, lines);
      wordLength = countVisible(word);
    }
    current = word;
    currentLength = wordLength;
  }
  if (currentLength > 0 || lines.length === 0) lines.push(current);
  return lines;
}

export interface NumberedBlock {
  lineStart: number;
  lines: string[];
}

/** Numbers the lines of a document's blocks continuously, starting at 1. */
export function numberLines(texts: readonly string[], lineLength: number = LINE_LENGTH): NumberedBlock[] {
  let next = 1;
  return texts.map((text) => {
    const lines = breakLines(text, lineLength);
    const block = { lineStart: next, lines };
    next += lines.length;
    return block;
  });
}

/** "dòng 12" or "dòng 12–15" for a range of lines. */
export function formatLineRange(first: number, last: number): string {
  return first === last ? `dòng ${first}` : `dòng ${first}–${last}`;
}

/**
 * The indexes (0-based, within the block) of the first and last fixed-length line touched by the
 * characters [start, end) of a block's text. The text is the block's lines joined by single spaces.
 */
export function lineIndexesOf(text: string, start: number, end: number, lineLength: number = LINE_LENGTH): [number, number] {
  const lines = breakLines(text, lineLength);
  let first = -1;
  let last = 0;
  let pos = 0;
  const lastChar = Math.max(start, end - 1);
  for (let i = 0; i < lines.length; i++) {
    const lineEnd = pos + lines[i].length;
    if (first < 0 && start < lineEnd + 1) first = i;
    if (lastChar < lineEnd + 1) {
      last = i;
      break;
    }
    last = i;
    pos = lineEnd + (text[lineEnd] === ' ' ? 1 : 0);
  }
  return [Math.max(first, 0), Math.max(last, Math.max(first, 0))];
}
