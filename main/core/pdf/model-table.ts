/**
 * A table of the document model drawn with pdfkit primitives, streamed page by page. The header
 * row repeats at the top of every page the table reaches. A row taller than what is left of the
 * page splits at a line boundary; its continuation shows the row's `continued` cells (STT,
 * passage, delegate with "(tiếp theo)") above what remains of them, and the rest of each other
 * cell. A row moves whole to the next page only when it fits there and what it leaves empty is
 * at most a quarter of the page; a group row always keeps with the first lines of the next row.
 */
import type { MCell, MPara, MRow, MTable } from '../report/model';
import { CELL } from './geometry';
import type { Line } from './line-break';
import type { PageFlow } from './page-flow';
import { baselineOffset, drawLine, layoutPara, type LaidPara } from './paragraph';
import { paraFor } from './styles';
import type { ParaStyle } from './text-model';

interface CellLine {
  line: Line;
  style: ParaStyle;
  /** Space before this line (the previous paragraph's space after); dropped at the top of a segment. */
  gap: number;
}

/** The lines of one cell still to draw. */
interface CellQueue {
  x: number;
  lines: CellLine[];
  next: number;
}

const PADS = CELL.padTop + CELL.padBottom;
/** A split leaves at least this much of a row on the page it starts on. */
const MIN_SPLIT_ROOM = 40;
/**
 * A row may move whole to the next page only where the page is already filled this far (a
 * fraction of the page's height): the page's last text line then sits below three quarters of it.
 */
const FILLED_ENOUGH = 0.78;

/**
 * Table paragraphs laid out, by what decides their lines (width, role, each run's style, mark and
 * text): a report repeats many cell paragraphs word for word (a delegate's name and Tổ, a passage's
 * label and quote, boilerplate answers), and breaking one into lines is most of a row's layout.
 * Lines are only read once laid out, so rows may share them. Started again past this many keys.
 */
const LAID_KEPT = 4_000;

/**
 * A paragraph met before, filed under its last run's text: a key made of all it depends on was a
 * long new string per paragraph, copied and hashed (most cell paragraphs are met once).
 */
interface LaidEntry {
  width: number;
  para: MPara;
  /** Null: seen once. */
  laid: LaidPara | null;
}

function sameLayout(e: LaidEntry, width: number, mp: MPara): boolean {
  if (e.width !== width) return false;
  const a = e.para;
  if (a === mp) return true;
  if (a.role !== mp.role || a.runs.length !== mp.runs.length) return false;
  for (let i = 0; i < mp.runs.length; i++) {
    const x = a.runs[i];
    const y = mp.runs[i];
    if (x.style !== y.style || x.mark !== y.mark || x.text !== y.text) return false;
  }
  return true;
}

function remainingHeight(q: CellQueue): number {
  let h = 0;
  for (let i = q.next; i < q.lines.length; i++) h += (i > q.next ? q.lines[i].gap : 0) + q.lines[i].style.lineHeight;
  return h;
}

export class ModelTable {
  private readonly xs: number[];
  private readonly headerCells: CellQueue[];
  private readonly headerHeight: number;
  private started = false;
  private readonly laid = new Map<string, LaidEntry[]>();
  private laidCount = 0;

  constructor(
    private readonly flow: PageFlow,
    private readonly table: MTable,
  ) {
    const { left, width } = flow.frame;
    this.xs = [left];
    for (const f of table.columns) this.xs.push(this.xs[this.xs.length - 1] + f * width);
    this.xs[this.xs.length - 1] = left + width;
    this.headerCells = this.layout(table.header);
    this.headerHeight = this.height(this.headerCells);
  }

  private get right(): number {
    return this.xs[this.xs.length - 1];
  }

  private get pageBody(): number {
    return this.flow.frame.bottom - this.flow.frame.top - this.headerHeight;
  }

  private layoutCell(cell: MCell, col: number): CellQueue {
    const span = cell.span ?? 1;
    const width = this.xs[col + span] - this.xs[col] - 2 * CELL.padX;
    const q: CellQueue = { x: this.xs[col] + CELL.padX, lines: [], next: 0 };
    let gap = 0;
    for (const mp of cell.paras) {
      const laid = this.layoutPara(mp, width);
      const style = laid.style;
      for (let i = 0; i < laid.lines.length; i++) q.lines.push({ line: laid.lines[i], style, gap: i === 0 ? gap : 0 });
      gap = style.spaceAfter;
    }
    return q;
  }

  /** Kept from its second sighting on: most comments are met once, and holding them would only grow the heap. */
  private layoutPara(mp: MPara, width: number): LaidPara {
    const runs = mp.runs;
    const text = runs.length > 0 ? runs[runs.length - 1].text : '';
    let list = this.laid.get(text);
    let seen: LaidEntry | undefined;
    if (list !== undefined)
      for (let i = 0; i < list.length; i++)
        if (sameLayout(list[i], width, mp)) {
          seen = list[i];
          break;
        }
    if (seen?.laid) return seen.laid;
    const laid = layoutPara(this.flow.pen, paraFor(mp), width);
    if (seen) seen.laid = laid;
    else {
      if (this.laidCount >= LAID_KEPT) {
        this.laid.clear();
        this.laidCount = 0;
        list = undefined;
      }
      const entry: LaidEntry = { width, para: mp, laid: null };
      if (list) list.push(entry);
      else this.laid.set(text, [entry]);
      this.laidCount++;
    }
    return laid;
  }

  private layout(cells: readonly MCell[]): CellQueue[] {
    let col = 0;
    return cells.map((c) => {
      const q = this.layoutCell(c, col);
      col += c.span ?? 1;
      return q;
    });
  }

  private height(cells: readonly CellQueue[]): number {
    return cells.reduce((h, q) => Math.max(h, remainingHeight(q)), 0) + PADS;
  }

  /** The column edges a row's cells end at (inner rules). */
  private edges(row: MRow): number[] {
    const edges: number[] = [];
    let col = 0;
    for (const c of row.cells) {
      col += c.span ?? 1;
      edges.push(this.xs[col]);
    }
    return edges;
  }

  /** Draws the lines of each cell that fit above `limit`; returns the segment's bottom. */
  private drawSegment(cells: readonly CellQueue[], edges: readonly number[], top: number, limit: number): number {
    const pen = this.flow.pen;
    let used = 0;
    for (const q of cells) {
      let y = 0;
      let first = true;
      while (q.next < q.lines.length) {
        const l = q.lines[q.next];
        const gap = first ? 0 : l.gap;
        if (y + gap + l.style.lineHeight > limit - top - PADS + 0.01) break;
        y += gap;
        drawLine(pen, l.line, l.style.size, q.x, top + CELL.padTop + y + baselineOffset(l.style));
        y += l.style.lineHeight;
        q.next++;
        first = false;
      }
      used = Math.max(used, y);
    }
    const bottom = top + used + PADS;
    for (const x of [this.xs[0], ...edges]) pen.rule(x, top, x, bottom, CELL.border);
    pen.rule(this.xs[0], top, this.right, top, CELL.border);
    pen.rule(this.xs[0], bottom, this.right, bottom, CELL.border);
    return bottom;
  }

  private drawHeader(): void {
    const cells = this.headerCells.map((q) => ({ ...q, next: 0 }));
    this.flow.y = this.drawSegment(cells, this.edges({ cells: this.table.header }), this.flow.y, this.flow.frame.bottom);
  }

  private start(firstNeed: number): void {
    const caption = this.table.caption;
    if (caption) this.flow.paragraph(paraFor(caption), { keepWithNext: this.headerHeight + firstNeed });
    else this.flow.ensure(this.headerHeight + firstNeed);
    this.drawHeader();
    this.flow.onPageStart = () => this.drawHeader();
    this.started = true;
  }

  private newPage(): void {
    this.flow.newPage();
  }

  /** Height of the first few lines of a row: what a group row above it must keep with. */
  private firstLines(cells: readonly CellQueue[], lines = 3): number {
    let h = 0;
    for (const q of cells) {
      let y = 0;
      for (let i = 0; i < Math.min(lines, q.lines.length); i++) y += (i > 0 ? q.lines[i].gap : 0) + q.lines[i].style.lineHeight;
      h = Math.max(h, y);
    }
    return h + PADS;
  }

  private placeRow(row: MRow, cells: CellQueue[], keepWith: number): void {
    const flow = this.flow;
    const height = this.height(cells);
    if (!this.started) this.start(Math.min(height, this.pageBody / 3) + keepWith);
    const edges = this.edges(row);
    const atTableTop = (): boolean => flow.y <= flow.frame.top + this.headerHeight + 0.01;
    const room = (): number => flow.frame.bottom - flow.y;

    if (row.group || height <= this.pageBody) {
      const mayMove = row.group || flow.y >= flow.frame.pageHeight * FILLED_ENOUGH;
      if (height + keepWith > room() + 0.01 && mayMove && !atTableTop()) this.newPage();
    }
    if (room() < Math.min(MIN_SPLIT_ROOM, height) && !atTableTop()) this.newPage();

    let current = cells;
    for (;;) {
      flow.y = this.drawSegment(current, edges, flow.y, flow.frame.bottom);
      if (current.every((q) => q.next >= q.lines.length)) break;
      this.newPage();
      current = this.continuation(row, current);
    }
  }

  /** The cells a split row's continuation shows by the table's rule (none without one). */
  private repeated(row: MRow): MCell[] {
    const rule = this.table.continuation;
    if (!rule || row.group) return [];
    return row.cells.slice(0, rule.cells).map((c) => {
      const first = c.paras[0];
      return { paras: [first, { role: first.role, runs: [rule.label] }] };
    });
  }

  /** The rest of a split row: the `continued` cells over what is left of the first cells. */
  private continuation(row: MRow, cells: CellQueue[]): CellQueue[] {
    const repeat = row.continued ?? this.repeated(row);
    return cells.map((q, i) => {
      const rest = q.lines.slice(q.next);
      // Nothing of the cell was drawn yet, or no repetition asked: the cell goes on as it is.
      if (i >= repeat.length || q.next === 0) return { x: q.x, lines: rest, next: 0 };
      const head = this.layoutCell(repeat[i], i).lines;
      const tail = rest.map((l, k) => (k === 0 ? { ...l, gap: CELL.padBottom } : l));
      return { x: q.x, lines: [...head, ...tail], next: 0 };
    });
  }

  async render(tick: (units: number) => Promise<void>): Promise<void> {
    // Rows are taken one ahead (a group row keeps with the next row's first lines) and let go
    // once drawn: with rows built on demand, only the row drawn and the next are held.
    const it = this.table.rows[Symbol.iterator]();
    const take = (): { row: MRow; cells: CellQueue[] } | null => {
      const r = it.next();
      return r.done ? null : { row: r.value, cells: this.layout(r.value.cells) };
    };
    let units = 0;
    let next = take();
    while (next) {
      const { row, cells } = next;
      next = take();
      const keepWith = row.group && next ? this.firstLines(next.cells) : 0;
      this.placeRow(row, cells, keepWith);
      units += row.units ?? 0;
      if (row.units) await tick(units);
    }
    if (!this.started) this.start(0);
    this.flow.onPageStart = null;
    this.flow.y += 10;
  }
}
