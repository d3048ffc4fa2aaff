/**
 * Breaks a paragraph of styled runs into lines, greedily, at spaces only: no hyphenation, so
 * pdftotext gives every word back whole. Independent of pdfkit: widths come from `measure`.
 */
import type { FontStyle, Mark, Para, Run } from './text-model';

/** A shaped piece of text as the pen knows it; layout only needs its width at 1 pt. */
export interface Glyphs {
  readonly text: string;
  readonly width: number;
  /**
   * tokenize's slot: the pieces of a word made of this text alone, unmarked, at `solo.size`.
   * Those pieces are shared by every such word (a report has millions of words and a few
   * thousand distinct ones), so nothing may change a word's pieces in place.
   */
  solo?: Solo | null;
}

interface Solo {
  size: number;
  pieces: readonly Piece[];
}

/** Shapes `text` (no spaces) in `style`; the same text gives the same object, so it can be cached. */
export type Measure = (style: FontStyle, text: string) => Glyphs;

/** Consecutive text of one style and mark inside a word; shared between words, never changed. */
export interface Piece {
  readonly style: FontStyle;
  readonly mark?: Mark;
  /** What the pen draws, in order (a piece merged from two runs has two). */
  readonly glyphs: readonly Glyphs[];
  readonly width: number;
}

export interface Word {
  pieces: readonly Piece[];
  width: number;
  /** Preceded by a space (false for the first word and for the pieces of a word cut in two). */
  spaced: boolean;
  /** Width of that space, in the style of the previous word's last piece. */
  spaceWidth: number;
}

export interface Line {
  words: Word[];
  /** Offset of the first word from the paragraph's left edge (indent and alignment). */
  x: number;
  /** Width with single spaces. */
  natural: number;
  /** Added to every space of a justified line. */
  extra: number;
}

/**
 * pdftotext joins a line that ends in "-" (or a soft hyphen) with the next and drops the hyphen,
 * so no line may end in one: "Tổ chức - Nội vụ" breaks before the dash, never after it.
 */
const JOINING_HYPHEN = /[-\u00ad]$/u;

/**
 * The most a justified space may widen, in em. pdftotext takes a wide gap (about 1 em, less in a
 * short line) for a column break and moves the words after it elsewhere; a line that would need
 * more (a long word went to the next line) stays a little short of the right edge instead.
 */
const MAX_STRETCH = 0.5;

/**
 * A line that starts with a dash reads as a list item ("- Nội vụ"): a word that starts with one
 * never begins a line unless it begins the paragraph, so "Tổ chức - Nội vụ" stays on one line.
 */
const LEADING_DASH = /^[-\u2013\u2014]/u;

function startsWithDash(word: Word): boolean {
  return LEADING_DASH.test(word.pieces[0].glyphs[0].text);
}

function endsWithHyphen(word: Word): boolean {
  const piece = word.pieces[word.pieces.length - 1];
  return JOINING_HYPHEN.test(piece.glyphs[piece.glyphs.length - 1].text);
}

/** Only ASCII whitespace breaks a line; a no-break space (U+00A0) stays inside its word. */
function isBreakingSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** A new piece of one glyph run. */
function pieceOf(style: FontStyle, mark: Mark | undefined, glyphs: Glyphs, width: number): Piece {
  return mark ? { style, mark, glyphs: [glyphs], width } : { style, glyphs: [glyphs], width };
}

/**
 * The pieces of a word that is `glyphs` alone, unmarked: made once per size and kept on the
 * glyphs, as the same words come back again and again. The width is computed as for a new piece.
 */
function soloPieces(style: FontStyle, glyphs: Glyphs, width: number, size: number): readonly Piece[] {
  const solo = glyphs.solo;
  if (solo && solo.size === size && solo.pieces[0].style === style) return solo.pieces;
  const pieces = [pieceOf(style, undefined, glyphs, width)];
  glyphs.solo = { size, pieces };
  return pieces;
}

/** Appends a glyph run to a word (a rare path: a word across two runs, a long word cut): new arrays, as pieces are shared. */
function addPiece(word: Word, style: FontStyle, mark: Mark | undefined, glyphs: Glyphs, width: number): void {
  const n = word.pieces.length;
  const last = word.pieces[n - 1];
  if (last && last.style === style && last.mark === mark) {
    const merged: Piece = { ...last, glyphs: [...last.glyphs, glyphs], width: last.width + width };
    word.pieces = [...word.pieces.slice(0, n - 1), merged];
  } else {
    word.pieces = [...word.pieces, pieceOf(style, mark, glyphs, width)];
  }
  word.width += width;
}

/** Splits runs into words of pieces; whitespace runs become single spaces. */
export function tokenize(runs: readonly Run[], size: number, measure: Measure): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let pendingSpace = false;
  // One space width per style: looked up once, not once per word.
  let spaceFor: FontStyle | null = null;
  let spaceWidth = 0;
  for (const r of runs) {
    const text = r.text;
    let i = 0;
    while (i < text.length) {
      if (isBreakingSpace(text.charCodeAt(i))) {
        while (i < text.length && isBreakingSpace(text.charCodeAt(i))) i++;
        pendingSpace = words.length > 0;
        current = null;
        continue;
      }
      const start = i;
      while (i < text.length && !isBreakingSpace(text.charCodeAt(i))) i++;
      const glyphs = measure(r.style, text.slice(start, i));
      const width = glyphs.width * size;
      if (current === null) {
        const prev = words[words.length - 1];
        const spaceStyle = prev ? prev.pieces[prev.pieces.length - 1].style : r.style;
        if (pendingSpace && spaceStyle !== spaceFor) {
          spaceFor = spaceStyle;
          spaceWidth = measure(spaceStyle, ' ').width * size;
        }
        // A report has millions of words, nearly all of one piece: an unmarked one shares the
        // pieces every word of the same text has, so a word costs one object.
        const pieces = r.mark ? [pieceOf(r.style, r.mark, glyphs, width)] : soloPieces(r.style, glyphs, width, size);
        current = { pieces, width, spaced: pendingSpace, spaceWidth: pendingSpace ? spaceWidth : 0 };
        words.push(current);
        pendingSpace = false;
      } else addPiece(current, r.style, r.mark, glyphs, width);
    }
  }
  return words;
}

/** Cuts a word wider than `max` into glued parts that fit (a rare long number, path or link). */
function cutWord(word: Word, max: number, size: number, measure: Measure): Word[] {
  const parts: Word[] = [];
  let part: Word = { pieces: [], width: 0, spaced: word.spaced, spaceWidth: word.spaceWidth };
  for (const piece of word.pieces) {
    for (const g of piece.glyphs) {
      for (const ch of g.text) {
        const glyphs = measure(piece.style, ch);
        const w = glyphs.width * size;
        // Cut before a character that would not fit, or before a hyphen that would end the part.
        if ((part.width + w > max || (ch === '-' && part.width + w + size > max)) && part.width > 0) {
          parts.push(part);
          part = { pieces: [], width: 0, spaced: false, spaceWidth: 0 };
        }
        addPiece(part, piece.style, piece.mark, glyphs, w);
      }
    }
  }
  parts.push(part);
  return parts;
}

function gap(word: Word): number {
  return word.spaced ? word.spaceWidth : 0;
}

function naturalWidth(words: readonly Word[]): number {
  let w = 0;
  for (let i = 0; i < words.length; i++) w += (i > 0 ? gap(words[i]) : 0) + words[i].width;
  return w;
}

/** A break before `words[k]` would end a line on a joining hyphen or start one with a dash. */
function badBreak(words: readonly Word[], k: number): boolean {
  return endsWithHyphen(words[k - 1]) || startsWithDash(words[k]);
}

/** Spaces between the words of a line (the first word's own space is not drawn). */
function spaceCount(words: readonly Word[]): number {
  let n = 0;
  for (let k = 1; k < words.length; k++) if (words[k].spaced) n++;
  return n;
}

/**
 * Lines of `para` for a column `width` wide. `wrapWidth` (≤ width) narrows the wrapping only,
 * for balanced centred headings; alignment still uses the full width.
 *
 * Plain loops and top-level helpers, no closures: this runs for every cell of a report, and the
 * bench's tsx (keepNames) wraps every closure created in a call with a naming helper.
 */
export function breakParagraph(para: Para, width: number, measure: Measure, wrapWidth: number = width): Line[] {
  const { size, indent, hanging, align } = para.style;
  const firstRoom = wrapWidth - indent;
  const nextRoom = wrapWidth - hanging;
  const narrowest = Math.min(firstRoom, nextRoom);
  let words = tokenize(para.runs, size, measure);
  for (let i = 0; i < words.length; i++) {
    if (words[i].width > narrowest) {
      // Rare (a long number, path or link): rebuild the list with the cut words' parts.
      const cut: Word[] = [];
      for (const w of words) {
        if (w.width > narrowest) cut.push(...cutWord(w, narrowest, size, measure));
        else cut.push(w);
      }
      words = cut;
      break;
    }
  }
  const lines: Line[] = [];
  let start = 0;
  while (start < words.length) {
    const avail = lines.length === 0 ? firstRoom : nextRoom;
    let w = words[start].width;
    let end = start + 1;
    while (end < words.length && w + gap(words[end]) + words[end].width <= avail + 1e-6) {
      w += gap(words[end]) + words[end].width;
      end++;
    }
    if (end < words.length) {
      let b = end;
      while (b - 1 > start && badBreak(words, b)) b--;
      if (!badBreak(words, b)) end = b;
      else {
        // No break fits both rules in so narrow a column: at least never end on a hyphen.
        b = end;
        while (b - 1 > start && endsWithHyphen(words[b - 1])) b--;
        if (!endsWithHyphen(words[b - 1])) end = b;
      }
    }
    const lineWords = words.slice(start, end);
    lines.push({ words: lineWords, x: 0, natural: naturalWidth(lineWords), extra: 0 });
    start = end;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineIndent = i === 0 ? indent : hanging;
    const avail = width - lineIndent;
    const slack = Math.max(0, avail - line.natural);
    line.x = lineIndent;
    if (align === 'center') line.x += slack / 2;
    else if (align === 'right') line.x += slack;
    else if (align === 'justify' && i < lines.length - 1) {
      const spaces = spaceCount(line.words);
      if (spaces > 0) line.extra = Math.min(slack / spaces, MAX_STRETCH * size);
    }
  }
  return lines;
}

/** Centred headings: the narrowest wrap that keeps the same number of lines, so lines come out even. */
export function breakBalanced(para: Para, width: number, measure: Measure): Line[] {
  const greedy = breakParagraph(para, width, measure);
  if (greedy.length < 2) return greedy;
  let lo = width / greedy.length;
  let hi = width;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (breakParagraph(para, width, measure, mid).length > greedy.length) lo = mid;
    else hi = mid;
  }
  return breakParagraph(para, width, measure, hi);
}
