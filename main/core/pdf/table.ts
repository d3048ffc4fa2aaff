/**
 * A ruled table drawn with pdfkit primitives, streamed page by page. The header row is repeated
 * at the top of every page the table reaches. A row group has lead cells that span all its
 * sub-rows (STT and the passage, once per passage) and sub-rows beside them (one per comment).
 * A sub-row that does not fit moves to the next page whole, so a comment is never cut in two;
 * only a sub-row (or lead cell) taller than a whole page is split line by line.
 */
import { CELL, CONTENT } from './geometry';
import type { Line } from './line-break';
import type { PageFlow } from './page-flow';
import { baselineOffset, drawLine, layoutPara } from './paragraph';
import type { Para, ParaStyle } from './text-model';

export interface CellSpec {
  paras: Para[];
  /** Number of columns the cell covers (default 1). */
  span?: number;
}

export interface RowGroup {
  /** Cells covering the first columns for the whole group. */
  lead: CellSpec[];
  /** Sub-rows in the remaining columns, stacked beside the lead cells. */
  rows: CellSpec[][];
}

interface CellLine {
  top: number;
  line: Line;
  style: ParaStyle;
}

interface LaidCell {
  x: number;
  lines: CellLine[];
  height: number;
}

interface LaidGroup {
  lead: LaidCell[];
  leadHeight: number;
  rows: LaidCell[][];
  rowHeights: number[];
  /** x of every inner vertical rule. */
  rules: number[];
  /** Where the sub-rows begin (their separators start here). */
  rowsX: number;
}

const PADS = CELL.padTop + CELL.padBottom;
/** A sub-row taller than a page starts on the current page only if this much room is left. */
const MIN_SPLIT_ROOM = 48;

/** Walks down one laid-out cell, drawing the lines that fit on the current page. */
class CellCursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly cell: LaidCell) {}

  get done(): boolean {
    return this.index >= this.cell.lines.length;
  }

  /** Draws the lines that fit in `maxHeight` below `top`; returns the height they take. */
  drawFitting(flow: PageFlow, top: number, maxHeight: number): number {
    let used = 0;
    while (!this.done) {
      const l = this.cell.lines[this.index];
      const bottom = l.top - this.offset + l.style.lineHeight;
      if (bottom > maxHeight + 0.01) break;
      drawLine(flow.pen, l.line, l.style.size, this.cell.x, top + l.top - this.offset + baselineOffset(l.style));
      used = bottom;
      this.index++;
    }
    if (!this.done) this.offset = this.cell.lines[this.index].top;
    return used;
  }
}

export class Table {
  private readonly xs: number[];
  private readonly headerRow: LaidGroup;
  private readonly headerHeight: number;
  private sticky: LaidGroup | null = null;
  private caption: Para | null = null;
  private started = false;

  constructor(
    private readonly flow: PageFlow,
    private readonly widths: readonly number[],
    header: CellSpec[],
  ) {
    this.xs = [CONTENT.left];
    for (const w of widths) this.xs.push(this.xs[this.xs.length - 1] + w);
    this.headerRow = this.layout({ lead: header, rows: [] });
    this.headerHeight = this.headerRow.leadHeight;
  }

  private get right(): number {
    return this.xs[this.xs.length - 1];
  }

  /** Room for a row on a page that holds only the header row. */
  private get pageBody(): number {
    return CONTENT.bottom - CONTENT.top - this.headerHeight;
  }

  private layoutCells(specs: CellSpec[], firstCol: number): LaidCell[] {
    let col = firstCol;
    return specs.map((spec) => {
      const span = spec.span ?? 1;
      const width = this.xs[col + span] - this.xs[col] - 2 * CELL.padX;
      const cell: LaidCell = { x: this.xs[col] + CELL.padX, lines: [], height: 0 };
      spec.paras.forEach((p, i) => {
        const laid = layoutPara(this.flow.pen, p, width);
        for (const line of laid.lines) {
          cell.lines.push({ top: cell.height, line, style: p.style });
          cell.height += p.style.lineHeight;
        }
        if (i < spec.paras.length - 1) cell.height += p.style.spaceAfter;
      });
      col += span;
      return cell;
    });
  }

  private layout(group: RowGroup): LaidGroup {
    const leadCols = group.lead.reduce((n, c) => n + (c.span ?? 1), 0);
    const lead = this.layoutCells(group.lead, 0);
    const rows = group.rows.map((r) => this.layoutCells(r, leadCols));
    const rules = new Set<number>();
    const addRules = (specs: CellSpec[], col: number): void => {
      for (const spec of specs) {
        col += spec.span ?? 1;
        if (col < this.widths.length) rules.add(this.xs[col]);
      }
    };
    addRules(group.lead, 0);
    if (group.rows.length > 0) addRules(group.rows[0], leadCols);
    const tallest = (cells: LaidCell[]): number => cells.reduce((h, c) => Math.max(h, c.height), 0) + PADS;
    return {
      lead,
      leadHeight: lead.length > 0 ? tallest(lead) : 0,
      rows,
      rowHeights: rows.map(tallest),
      rules: [...rules],
      rowsX: this.xs[leadCols] ?? this.right,
    };
  }

  /**
   * Starts the table. Nothing is drawn until the first row comes, so the caption (a heading such
   * as "II. Ý KIẾN CỤ THỂ …"), the header row and that first row always share a page.
   */
  begin(opts: { caption?: Para } = {}): void {
    this.caption = opts.caption ?? null;
    this.started = false;
  }

  private start(firstRow: number): void {
    if (this.caption) this.flow.paragraph(this.caption, { keepWithNext: this.headerHeight + firstRow });
    else this.flow.ensure(this.headerHeight + firstRow);
    this.drawHeader();
    this.flow.onPageStart = () => this.drawHeader();
    this.started = true;
  }

  end(): void {
    if (this.sticky) this.place(this.sticky, 0);
    if (!this.started) this.start(0);
    this.sticky = null;
    this.flow.onPageStart = null;
  }

  private drawHeader(): void {
    const top = this.flow.y;
    this.flow.pen.rule(this.xs[0], top, this.right, top, CELL.border);
    this.place(this.headerRow, 0);
  }

  /** Adds a group; a sticky group (a document's title row) waits to go on the page of the next. */
  add(group: RowGroup, opts: { sticky?: boolean } = {}): void {
    const laid = this.layout(group);
    if (this.sticky) {
      const first = this.sticky;
      this.sticky = null;
      this.place(first, Math.min(this.pageBody / 2, this.firstNeed(laid)));
    }
    if (opts.sticky) this.sticky = laid;
    else this.place(laid, 0);
  }

  private firstNeed(g: LaidGroup): number {
    return Math.min(this.pageBody, Math.max(g.leadHeight, g.rowHeights[0] ?? 0));
  }

  private place(g: LaidGroup, keepWithNext: number): void {
    const flow = this.flow;
    const pen = flow.pen;
    if (!this.started && g !== this.headerRow) this.start(this.firstNeed(g) + keepWithNext);
    if (this.firstNeed(g) + keepWithNext > flow.room() + 0.01 && flow.y > CONTENT.top + this.headerHeight + 0.01) flow.newPage();
    let segTop = flow.y;
    const lead = g.lead.map((c) => new CellCursor(c));

    const closeSegment = (): void => {
      let bottom = flow.y;
      for (const cursor of lead) {
        if (cursor.done) continue;
        const used = cursor.drawFitting(flow, segTop + CELL.padTop, CONTENT.bottom - segTop - PADS);
        bottom = Math.max(bottom, segTop + used + PADS);
      }
      for (const x of [this.xs[0], ...g.rules, this.right]) pen.rule(x, segTop, x, bottom, CELL.border);
      pen.rule(this.xs[0], bottom, this.right, bottom, CELL.border);
      flow.y = bottom;
    };
    const nextPage = (): void => {
      closeSegment();
      flow.newPage();
      segTop = flow.y;
    };

    g.rows.forEach((row, r) => {
      const height = g.rowHeights[r];
      const tooTall = height > this.pageBody;
      if (height > flow.room() + 0.01 && (!tooTall || flow.room() < MIN_SPLIT_ROOM)) nextPage();
      const cells = row.map((c) => new CellCursor(c));
      for (;;) {
        const rowTop = flow.y;
        if (rowTop > segTop + 0.01) pen.rule(g.rowsX, rowTop, this.right, rowTop, CELL.border);
        let used = 0;
        for (const cursor of cells)
          used = Math.max(used, cursor.drawFitting(flow, rowTop + CELL.padTop, CONTENT.bottom - rowTop - PADS));
        flow.y = rowTop + used + PADS;
        if (cells.every((c) => c.done)) break;
        nextPage();
      }
    });
    closeSegment();
    while (lead.some((c) => !c.done)) {
      flow.newPage();
      segTop = flow.y;
      closeSegment();
    }
  }
}
