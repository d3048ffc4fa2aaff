/**
 * Turns the positioned text of PDF pages into the import's items: pieces of text into lines (by
 * baseline), lines into segments (a wide gap separates two columns), running headers, footers and
 * page numbers dropped, the two-column header block of the first page into a table, lines into
 * paragraphs by spacing and indentation, superscript numbers into note references and the small
 * numbered lines at the foot of a page into notes. Pure geometry: no PDF library here.
 */
import type { RawItem, RawParagraph, RawTable } from './body';

export interface TextPiece {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page (PDF space). */
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: TextPiece[];
}

interface Segment {
  text: string;
  x: number;
  right: number;
  size: number;
}

interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
  /** Note references met on the line ("1" raised and small), in order. */
  refs: string[];
}

export interface PdfNote {
  label: string;
  text: string;
}

export interface PdfLayout {
  items: RawItem[];
  notes: PdfNote[];
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*[/-]\s*\d{1,4})?(?:\s*[-–—])?$/iu;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The font size most of the characters are in: the body text's size. */
function bodySize(pages: readonly PdfPage[]): number {
  const counts = new Map<number, number>();
  for (const page of pages)
    for (const p of page.pieces) counts.set(Math.round(p.size), (counts.get(Math.round(p.size)) ?? 0) + p.text.length);
  let best = 12;
  let most = -1;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** Pieces into lines: same baseline (within a third of the size); a raised small number is a note reference. */
function linesOf(page: PdfPage, pageIndex: number, body: number): Line[] {
  const pieces = page.pieces.filter((p) => p.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of pieces) {
    const row = rows.find((r) => {
      const base = r[0];
      const tolerance = Math.max(base.size, piece.size) * 0.35;
      if (Math.abs(base.y - piece.y) <= tolerance) return true;
      // A superscript sits higher than the baseline, by less than the line's size.
      return isRaisedRef(piece, base) && piece.y > base.y && piece.y - base.y < base.size * 0.75;
    });
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    const main = row.filter((p) => p.text.trim() !== '');
    if (main.length === 0) continue;
    const size = Math.max(...main.map((p) => p.size));
    const baseline = median(main.filter((p) => p.size >= size * 0.8).map((p) => p.y));
    main.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    const refs: string[] = [];
    for (const piece of main) {
      let text = piece.text;
      if (piece.size < size * 0.8 && piece.y > baseline + size * 0.15 && /^\s*\d{1,3}\s*$/u.test(text) && size >= body * 0.8) {
        text = `[${text.trim()}]`;
        refs.push(text.slice(1, -1));
      }
      const last = segments[segments.length - 1];
      const gap = last ? piece.x - last.right : Infinity;
      if (last && gap < Math.max(size, piece.size) * 2.2) {
        const joiner = gap > size * 0.12 && !/\s$/u.test(last.text) && !/^\s/u.test(text) ? ' ' : '';
        last.text += joiner + text;
        last.right = Math.max(last.right, piece.x + piece.width);
      } else {
        segments.push({ text, x: piece.x, right: piece.x + piece.width, size: piece.size });
      }
    }
    for (const s of segments) s.text = s.text.replace(/\s+/gu, ' ').trim();
    const kept = segments.filter((s) => s.text !== '');
    if (kept.length) lines.push({ page: pageIndex, y: baseline, size, segments: kept, refs });
  }
  return lines.sort((a, b) => b.y - a.y);
}

function isRaisedRef(piece: TextPiece, base: TextPiece): boolean {
  return piece.size < base.size * 0.8 && /^\s*\d{1,3}\s*$/u.test(piece.text);
}

function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join(' ');
}

/** A shape independent of the page: digits stand for any number ("Trang 3" and "Trang 4" repeat). */
function runningKey(line: Line): string {
  return lineText(line).replace(/\d+/gu, '#');
}

/**
 * Drops running headers and footers: lines in the top or bottom band of a page that are a page
 * number, or whose shape repeats in the same band on at least half the pages (three or more).
 */
function dropRunning(pages: readonly PdfPage[], lines: Line[][]): Line[][] {
  const band = (page: PdfPage, line: Line): 'top' | 'bottom' | null =>
    line.y > page.height * 0.9 ? 'top' : line.y < page.height * 0.1 ? 'bottom' : null;
  const seen = new Map<string, Set<number>>();
  lines.forEach((pageLines, n) => {
    for (const line of pageLines) {
      const where = band(pages[n], line);
      if (!where) continue;
      const key = `${where}:${runningKey(line)}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(n);
    }
  });
  // Two pages: a line repeated on both; more: on at least half of them (three or more).
  const minRepeats = pages.length >= 3 ? Math.max(3, Math.ceil(pages.length / 2)) : 2;
  return lines.map((pageLines, n) =>
    pageLines.filter((line) => {
      const where = band(pages[n], line);
      if (!where) return true;
      if (PAGE_NUMBER.test(lineText(line))) return false;
      return pages.length < 2 || (seen.get(`${where}:${runningKey(line)}`)?.size ?? 0) < minRepeats;
    }),
  );
}

/**
 * Footnotes at the foot of a page: after the last body-size line, small lines starting with a number
 * that the page referred to. Returns the notes and the lines left as body.
 */
function splitNotes(pageLines: Line[], body: number, refs: Set<string>): { body: Line[]; notes: PdfNote[] } {
  let start = pageLines.length;
  for (let k = pageLines.length - 1; k >= 0; k--) {
    if (pageLines[k].size < body * 0.9) start = k;
    else break;
  }
  const tail = pageLines.slice(start);
  const first = tail[0] ? lineText(tail[0]).match(/^\[?(\d{1,3})\]?\s*/u) : null;
  if (!first || !refs.has(first[1])) return { body: pageLines, notes: [] };
  const notes: PdfNote[] = [];
  for (const line of tail) {
    const text = lineText(line);
    const m = text.match(/^\[?(\d{1,3})\]?\s*(.*)$/u);
    if (m && refs.has(m[1]) && !notes.some((n) => n.label === m[1])) notes.push({ label: m[1], text: m[2] });
    else if (notes.length) notes[notes.length - 1].text += ` ${text}`;
  }
  return { body: pageLines.slice(0, start), notes };
}

interface Frame {
  left: number;
  right: number;
}

/** The text frame of the document: the usual left edge and the farthest right edge of body lines. */
function frameOf(lines: readonly Line[]): Frame {
  const lefts = lines.filter((l) => l.segments.length === 1).map((l) => Math.round(l.segments[0].x));
  const counts = new Map<number, number>();
  for (const x of lefts) counts.set(x, (counts.get(x) ?? 0) + 1);
  let left = Math.min(...lefts, Infinity);
  let most = 0;
  for (const [x, n] of counts) if (n > most || (n === most && x < left)) [left, most] = [x, n];
  // The right edge full lines reach: most lines of a paragraph are full, its last line is short.
  const rights = lines
    .map((l) => l.segments[l.segments.length - 1].right)
    .filter((r) => r > left)
    .sort((a, b) => a - b);
  const right = rights.length ? rights[Math.floor(rights.length * 0.9)] : left + 400;
  return { left: Number.isFinite(left) ? left : 0, right };
}

const centerOf = (s: Segment) => (s.x + s.right) / 2;

/**
 * The header block of the first page, laid out in two columns (issuer and number on the left,
 * motto and place-date on the right): from the first line with two segments, while every segment
 * sits near one of the two column centres. Returns a one-row, two-cell table and the lines it used.
 */
function headerTable(lines: readonly Line[]): { table: RawTable; used: number } | null {
  const firstPair = lines.slice(0, 4).findIndex((l) => l.segments.length === 2);
  if (firstPair < 0) return null;
  const [a, b] = lines[firstPair].segments;
  const leftCenter = centerOf(a);
  const rightCenter = centerOf(b);
  const tolerance = Math.max(30, (rightCenter - leftCenter) * 0.22);
  const left: RawParagraph[] = [];
  const right: RawParagraph[] = [];
  let k = 0;
  for (; k < lines.length; k++) {
    const line = lines[k];
    const sides = line.segments.map((s) => {
      const c = centerOf(s);
      if (
        Math.abs(c - leftCenter) <= tolerance ||
        (k >= firstPair && s.right < (leftCenter + rightCenter) / 2 && s.x < leftCenter)
      )
        return 'left';
      if (Math.abs(c - rightCenter) <= tolerance || (s.x > (leftCenter + rightCenter) / 2 && k >= firstPair)) return 'right';
      return null;
    });
    if (sides.some((s) => s === null)) break;
    line.segments.forEach((s, i) =>
      (sides[i] === 'left' ? left : right).push({ kind: 'paragraph', text: s.text, marks: [], allBold: false, heading: false }),
    );
  }
  if (k <= firstPair) return null;
  return { table: { kind: 'table', rows: [[left, right]] }, used: k };
}

/** Whether `next` starts a new paragraph after `prev` (same page or the next). */
function startsParagraph(prev: Line, next: Line, frame: Frame, lineGap: number): boolean {
  const prevSeg = prev.segments[0];
  const nextSeg = next.segments[0];
  const size = Math.max(prev.size, next.size);
  if (prev.segments.length > 1 || next.segments.length > 1) return true;
  if (Math.abs(prev.size - next.size) > 1) return true;
  if (prev.page === next.page && prev.y - next.y > Math.max(lineGap * 1.35, size * 1.6)) return true;
  const prevText = prevSeg.text;
  // A line that ends well before the right edge ends its paragraph (titles, last lines).
  if (prevSeg.right < frame.right - size * 2.5) return true;
  // An indented line starts one (a first-line indent).
  if (nextSeg.x > frame.left + size * 0.8 && nextSeg.x - prevSeg.x > size * 0.8) return true;
  // A numbered line starts one ("2. …", "b) …", "Điều 4.").
  if (/^(\d+(\.\d+)*\.|[a-zđ]\)|[IVXLC]+\.|[-–+•]\s|Điều\s+\d|Chương\s|Mục\s+\d)/u.test(nextSeg.text) && /[.;:]$/u.test(prevText))
    return true;
  return false;
}

function isCentered(line: Line, frame: Frame): boolean {
  const s = line.segments[0];
  const middle = (frame.left + frame.right) / 2;
  // Centred: its middle on the frame's middle, and not a full line (a justified line is centred too).
  const inset = line.size * 0.5;
  return (
    line.segments.length === 1 &&
    s.x > frame.left + inset &&
    s.right < frame.right - inset &&
    Math.abs(centerOf(s) - middle) < line.size * 1.5
  );
}

export function layoutPdf(pages: readonly PdfPage[]): PdfLayout {
  const body = bodySize(pages);
  let perPage = dropRunning(
    pages,
    pages.map((page, n) => linesOf(page, n, body)),
  );
  const refs = new Set(perPage.flat().flatMap((l) => l.refs));
  const notes: PdfNote[] = [];
  perPage = perPage.map((pageLines) => {
    const split = splitNotes(pageLines, body, refs);
    notes.push(...split.notes);
    return split.body;
  });
  const lines = perPage.flat();
  const frame = frameOf(lines.filter((l) => Math.abs(l.size - body) <= 1));
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++)
    if (lines[k].page === lines[k - 1].page && lines[k].size === lines[k - 1].size) gaps.push(lines[k - 1].y - lines[k].y);
  const lineGap = median(gaps.filter((g) => g > 0)) || body * 1.2;

  const items: RawItem[] = [];
  let start = 0;
  const header = headerTable(lines);
  if (header) {
    items.push(header.table);
    start = header.used;
  }
  let table: RawTable | null = null;
  let current: { para: RawParagraph; last: Line } | null = null;
  const flush = () => {
    if (current) items.push(current.para);
    current = null;
  };
  for (let k = start; k < lines.length; k++) {
    const line = lines[k];
    if (line.segments.length > 1) {
      flush();
      const row = line.segments.map((s) => [
        { kind: 'paragraph', text: s.text, marks: [], allBold: false, heading: false } as RawParagraph,
      ]);
      const last = items[items.length - 1];
      if (table && last === table) table.rows.push(row);
      else {
        table = { kind: 'table', rows: [row] };
        items.push(table);
      }
      continue;
    }
    table = null;
    const text = line.segments[0].text;
    if (current && !startsParagraph(current.last, line, frame, lineGap)) {
      current.para.text += ` ${text}`;
      current.last = line;
      continue;
    }
    flush();
    const para: RawParagraph = { kind: 'paragraph', text, marks: [], allBold: false, heading: false };
    if (isCentered(line, frame)) para.centered = true;
    current = { para, last: line };
  }
  flush();
  return { items, notes };
}
