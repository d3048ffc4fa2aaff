/**
 * Pages and the vertical cursor. Pages are never buffered (pdfkit writes each one out when the
 * next is added), so the page number of every page from a section's second on is drawn the moment
 * the page is added, and a table can redraw its header row there. A page is portrait or landscape
 * (the report's Phụ lục); an appendix may number its pages from 1 again.
 */
import { deflateSync } from 'node:zlib';
import { frameFor, LEADING, PAGE_NUMBER_TOP, SIZE, type Frame, type Orientation } from './geometry';
import { baselineOffset, drawLaid, drawLine, layoutPara, paraHeight, type LaidPara } from './paragraph';
import type { Pen } from './pen';
import { para, paraStyle, type Para } from './text-model';

interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: Record<string, unknown>;
  finalize(): void;
}

/**
 * pdfkit deflates every page at zlib's default level, which took a quarter of the time of a
 * 20,000-comment report; level 1 is about three times faster for a file about a quarter larger.
 * Relies on pdfkit's content stream internals (`buffer`, `compress`, `finalize`).
 */
function fastDeflate(page: PDFKit.PDFPage): void {
  const ref = (page as unknown as { content: ContentStream }).content;
  if (!ref.compress) return;
  ref.compress = false;
  const finalize = ref.finalize.bind(ref);
  ref.finalize = () => {
    if (ref.buffer.length > 0) {
      ref.buffer = [deflateSync(Buffer.concat(ref.buffer), { level: 1 })];
      ref.data.Filter = 'FlateDecode';
    }
    finalize();
  };
}

/**
 * pdfkit keeps every page's dictionary, resources and content objects to the end of the document
 * (the page tree lists them), each with the data it already wrote: at 27,000 pages that is tens
 * of megabytes. Once written, only their object number is read again, so their data goes.
 */
function dropDataWhenWritten(page: PDFKit.PDFPage): void {
  const p = page as unknown as Record<'dictionary' | 'resources' | 'content', ContentStream>;
  for (const ref of [p.dictionary, p.resources, p.content]) {
    const finalize = ref.finalize.bind(ref);
    ref.finalize = () => {
      finalize();
      ref.data = {};
    };
  }
}

export class PageFlow {
  frame: Frame = frameFor('portrait');
  /** Top of the free space on the current page. */
  y = this.frame.top;
  /** Pages in the whole document. */
  pages = 0;
  /** The number printed on the current page (an appendix starts again from 1). */
  pageNumber = 0;
  /** Called on every new page after the first, once the page number is drawn (table headers). */
  onPageStart: (() => void) | null = null;
  /** Draws a paragraph's margin label beside its first line (margin.ts). */
  onMargin: ((label: string, baseline: number) => void) | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly pen: Pen,
  ) {
    doc.on('pageAdded', () => this.pageAdded());
  }

  /** A new page, turned as `orientation` says (the current way by default); `restart` numbers it 1. */
  newPage(orientation: Orientation = this.frame.orientation, restart = false): void {
    this.pen.flush();
    this.frame = frameFor(orientation);
    if (restart) this.pageNumber = 0;
    const f = this.frame;
    this.doc.addPage({
      size: [f.pageWidth, f.pageHeight],
      margins: { top: f.top, bottom: f.pageHeight - f.bottom, left: f.left, right: f.pageWidth - f.right },
    });
  }

  /** Writes out what the last page still holds; call once, before ending the document. */
  finish(): void {
    this.pen.flush();
  }

  private pageAdded(): void {
    fastDeflate(this.doc.page);
    dropDataWhenWritten(this.doc.page);
    this.pages++;
    this.pageNumber++;
    this.y = this.frame.top;
    if (this.pageNumber >= 2) {
      this.drawPageNumber();
      this.onPageStart?.();
    }
  }

  private drawPageNumber(): void {
    const style = paraStyle(SIZE.pageNumber, LEADING.single, { align: 'center' });
    const laid = layoutPara(this.pen, para(String(this.pageNumber), style), this.frame.width);
    drawLine(this.pen, laid.lines[0], style.size, this.frame.left, PAGE_NUMBER_TOP + baselineOffset(style));
  }

  room(): number {
    return this.frame.bottom - this.y;
  }

  atPageTop(): boolean {
    return this.y <= this.frame.top + 0.01;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.room() + 0.01 && !this.atPageTop()) this.newPage();
  }

  /** Draws laid-out lines at the cursor, from `left`; never splits (for short blocks kept whole). */
  drawLines(p: LaidPara, left: number): void {
    this.y = drawLaid(this.pen, p, left, this.y);
  }

  /**
   * Flows a body paragraph across pages, as a word processor does: no single first line left at
   * the foot of a page, no single last line carried to the next. `keepWithNext` reserves room
   * for what must follow on the same page (a heading's first paragraph line).
   */
  paragraph(p: Para, opts: { left?: number; width?: number; keepWithNext?: number; margin?: string } = {}): void {
    const left = opts.left ?? this.frame.left;
    const laid = layoutPara(this.pen, p, opts.width ?? this.frame.width);
    const lh = p.style.lineHeight;
    if (opts.keepWithNext !== undefined) this.ensure(paraHeight(laid) + opts.keepWithNext);
    let i = 0;
    const n = laid.lines.length;
    while (i < n) {
      const fit = Math.floor((this.room() + 0.01) / lh);
      let k = Math.min(fit, n - i);
      if (k < n - i) {
        if (i === 0 && k < 2) k = 0;
        else if (n - i - k === 1) k = k - 1 >= (i === 0 ? 2 : 1) ? k - 1 : 0;
        if (k === 0 && this.atPageTop()) k = Math.max(1, fit);
      }
      if (i === 0 && k > 0 && opts.margin) this.onMargin?.(opts.margin, this.y + baselineOffset(p.style));
      this.drawLines({ lines: laid.lines.slice(i, i + k), style: p.style }, left);
      i += k;
      if (i < n) this.newPage();
    }
    this.y += p.style.spaceAfter;
  }
}
