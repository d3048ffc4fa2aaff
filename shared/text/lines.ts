/**
 * Fixed-length line numbering (as OpenSlides does): a document's text is broken into lines of at
 * most LINE_LENGTH characters at spaces, and lines are numbered continuously through the document.
 * The same function runs in the reader and in every PDF, so "dòng 12–15" means the same everywhere.
 * Characters are counted as NFC code points without combining marks, so a Vietnamese letter with
 * its tone mark counts once however it was typed.
 */

export const LINE_LENGTH = 80;

const COMBINING_MARK = /^\p{M}$/u;

/** Visible length: code points that are not combining marks. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) if (!COMBINING_MARK.test(ch)) n++;
  return n;
}

/** Takes the longest prefix of `word` with at most `max` visible characters (at least one). */
function splitWord(word: string, max: number): [string, string] {
  let n = 0;
  let end = 0;
  for (const ch of word) {
    if (!COMBINING_MARK.test(ch)) {
      if (n === max) break;
      n++;
    }
    end += ch.length;
  }
  return [word.slice(0, end), word.slice(end)];
}

/**
 * Breaks one paragraph into lines of at most `lineLength` visible characters. Words longer than a
 * line are cut hard. Whitespace runs collapse to one space; an empty paragraph is one empty line.
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
    let wordLength = visibleLength(word);
    if (currentLength > 0 && currentLength + 1 + wordLength <= lineLength) {
      current += ' ' + word;
      currentLength += 1 + wordLength;
      continue;
    }
    if (currentLength > 0) lines.push(current);
    while (wordLength > lineLength) {
      const [head, rest] = splitWord(word, lineLength);
      lines.push(head);
      word = rest;
      wordLength = visibleLength(word);
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
