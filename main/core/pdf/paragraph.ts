/**
 * A paragraph laid out for a width, and the drawing of one laid-out line: consecutive words of one
 * style and mark go out as one text fragment (justified with word spacing), struck through when
 * deleted and underlined when inserted.
 */
import { FONT_METRICS } from './fonts';
import { breakBalanced, breakParagraph, type Glyphs, type Line } from './line-break';
import type { Pen } from './pen';
import type { FontStyle, Mark, Para, ParaStyle } from './text-model';

export interface LaidPara {
  lines: Line[];
  style: ParaStyle;
}

export function layoutPara(pen: Pen, p: Para, width: number, balanced = false): LaidPara {
  const lines = balanced ? breakBalanced(p, width, pen.measure) : breakParagraph(p, width, pen.measure);
  return { lines, style: p.style };
}

/** Height of the paragraph's lines, without the space after it. */
export function paraHeight(p: LaidPara): number {
  return p.lines.length * p.style.lineHeight;
}

/** Distance from the top of a line box to its baseline: half the leading above the ascent. */
export function baselineOffset(style: ParaStyle): number {
  const content = style.size * (FONT_METRICS.ascent + FONT_METRICS.descent);
  return (style.lineHeight - content) / 2 + style.size * FONT_METRICS.ascent;
}

/** Draws a laid-out paragraph with its first line box at `top`; returns the bottom of the last line box. */
export function drawLaid(pen: Pen, p: LaidPara, left: number, top: number): number {
  const base = baselineOffset(p.style);
  let y = top;
  for (const line of p.lines) {
    drawLine(pen, line, p.style.size, left, y + base);
    y += p.style.lineHeight;
  }
  return y;
}

/** Width of the widest line as drawn (for rules as long as a line). */
export function widestLine(p: LaidPara): number {
  return p.lines.reduce((w, line) => Math.max(w, line.natural), 0);
}

/**
 * The fragment being gathered: consecutive words of one style and mark. Its glyphs go in one flat
 * list reused for every fragment (null where a space comes between two words), so drawing a line
 * allocates nothing per word: this runs for every line of a report.
 */
interface Span {
  style: FontStyle;
  mark: Mark | undefined;
  x0: number;
  x1: number;
}

const glyphs: Array<Glyphs | null> = [];

function decorate(pen: Pen, span: Span, size: number, baseline: number): void {
  if (!span.mark) return;
  const weight = Math.max(0.5, size * 0.05);
  const y = span.mark === 'del' ? baseline - size * 0.28 : baseline + size * 0.12;
  pen.rule(span.x0, y, span.x1, y, weight);
}

/** `spaceAfter`: a word follows after a space, in another style: end with a real space glyph for extractors. */
function flushSpan(pen: Pen, span: Span | null, size: number, baseline: number, extra: number, spaceAfter = false): void {
  if (!span) return;
  pen.words(span.style, size, glyphs, span.x0, baseline, extra, spaceAfter);
  glyphs.length = 0;
  decorate(pen, span, size, baseline);
}

/**
 * Draws `line` with its left edge at `left` (the paragraph's edge, before indent): consecutive
 * words of one style and mark go out as one fragment, so a plain line is a single TJ.
 */
export function drawLine(pen: Pen, line: Line, size: number, left: number, baseline: number): void {
  let x = left + line.x;
  let span: Span | null = null;
  glyphs.length = 0;
  for (let i = 0; i < line.words.length; i++) {
    const word = line.words[i];
    const gap = i > 0 && word.spaced ? word.spaceWidth + line.extra : 0;
    for (let j = 0; j < word.pieces.length; j++) {
      const piece = word.pieces[j];
      const joins = span !== null && span.style === piece.style && span.mark === piece.mark;
      if (j === 0 && gap > 0) {
        if (span !== null && joins) glyphs.push(null);
        else {
          flushSpan(pen, span, size, baseline, line.extra, true);
          span = null;
        }
        x += gap;
      } else if (!joins) {
        flushSpan(pen, span, size, baseline, line.extra);
        span = null;
      }
      if (span === null) span = { style: piece.style, mark: piece.mark, x0: x, x1: x };
      for (let k = 0; k < piece.glyphs.length; k++) glyphs.push(piece.glyphs[k]);
      x += piece.width;
      span.x1 = x;
    }
  }
  flushSpan(pen, span, size, baseline, line.extra);
}
