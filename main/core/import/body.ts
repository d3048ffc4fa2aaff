/**
 * Walks WordprocessingML (the body of word/document.xml, a table cell, a text box, a footnote) and
 * produces paragraphs with inline bold/italic, and tables as rows of cells.
 *
 * What is read: text (w:t), tabs, line breaks (a break starts a new paragraph), symbols, non-breaking
 * hyphens, field results, hyperlinks, inserted and moved-to text, content controls, Word's automatic
 * list numbers (see numbering.ts), footnote and endnote references, equations' text, and the text
 * boxes inside drawings (as paragraphs of their own, before the paragraph that anchors them).
 * What is never read: anything else inside a drawing or VML shape (positions such as wp:posOffset,
 * sizes, alternate text), field codes (w:instrText), deleted or moved-from text, hidden text.
 */
import { InlineTextBuilder } from './inline-text';
import type { NoteCollector } from './notes';
import type { ListNumbering } from './numbering';
import { readNumberingRef, readOutlineLevel, readRunFormat, type RunFormat, type StyleSheet } from './styles';
import type { InlineMark } from './types';
import { NS, attr, child, children, is, isW, textContent, wChild, type XmlNode } from './xml';

export interface RawParagraph {
  kind: 'paragraph';
  text: string;
  marks: InlineMark[];
  allBold: boolean;
  heading: boolean;
  /** Centred (w:jc center): a style hint the header uses to tell a trích yếu's lines from the body. */
  centered?: boolean;
}

export interface RawTable {
  kind: 'table';
  /**
   * rows → cells → the cell's paragraphs (a nested table's rows flattened to "a | b" paragraphs).
   * Merged cells are expanded to the grid: a cell spanning n columns (gridSpan) is followed by n − 1
   * empty cells, a vertically merged continuation (vMerge) is an empty cell, and the columns a row
   * skips (gridBefore / gridAfter) are empty cells, so every row has the table's columns in place.
   */
  rows: RawParagraph[][][];
  /** Tables nested in this table's cells, kept whole for the header block (a header table inside a layout table). */
  nested?: RawTable[];
}

export type RawItem = RawParagraph | RawTable;

export interface BodyStats {
  images: number;
  textBoxes: number;
  embedded: number;
  /** Legacy Vietnamese 8-bit fonts met (TCVN3 ".VnTime", VNI "VNI-Times"). */
  legacyFonts: Set<string>;
}

const PIC_NS = new Set(['http://schemas.openxmlformats.org/drawingml/2006/picture']);
const VML_NS = new Set(['urn:schemas-microsoft-com:vml']);
const LEGACY_FONT = /^(\.vn|vni[- ])/iu;

interface ParagraphContext {
  styleId: string | null;
  heading: boolean;
  centered: boolean;
  builder: InlineTextBuilder;
  out: RawItem[];
  /** Text boxes met inside the paragraph, emitted before it. */
  floating: RawItem[];
}

function hasDescendant(node: XmlNode, test: (n: XmlNode) => boolean): boolean {
  for (const c of children(node)) if (test(c) || hasDescendant(c, test)) return true;
  return false;
}

/** mc:AlternateContent: the first mc:Choice, else mc:Fallback; never both, so nothing is read twice. */
function chooseAlternative(node: XmlNode): XmlNode | null {
  return child(node, NS.mc, 'Choice') ?? child(node, NS.mc, 'Fallback');
}

/** w:sym in a symbol font uses the private-use range F000–F0FF; anything else is a real character. */
function symbolText(sym: XmlNode): string {
  const code = parseInt(attr(sym, 'char') ?? '', 16);
  if (!Number.isFinite(code) || (code >= 0xf000 && code <= 0xf0ff)) return '';
  return String.fromCodePoint(code);
}

export class BodyReader {
  readonly stats: BodyStats = { images: 0, textBoxes: 0, embedded: 0, legacyFonts: new Set() };

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: ListNumbering,
    private readonly notes: NoteCollector,
  ) {}

  /** Reads block-level content: the children of w:body, w:tc, w:txbxContent, w:footnote. */
  readBlocks(container: XmlNode): RawItem[] {
    const out: RawItem[] = [];
    this.collectBlocks(container, out);
    return out;
  }

  private collectBlocks(container: XmlNode, out: RawItem[]): void {
    for (const node of children(container)) {
      if (isW(node, 'p')) out.push(...this.readParagraph(node));
      else if (isW(node, 'tbl')) out.push(this.readTable(node));
      else if (isW(node, 'sdt')) {
        const content = wChild(node, 'sdtContent');
        if (content) this.collectBlocks(content, out);
      } else if (isW(node, 'customXml') || isW(node, 'ins') || isW(node, 'moveTo') || isW(node, 'smartTag')) {
        this.collectBlocks(node, out);
      } else if (is(node, NS.mc, 'AlternateContent')) {
        const chosen = chooseAlternative(node);
        if (chosen) this.collectBlocks(chosen, out);
      } else if (isW(node, 'altChunk')) {
        this.stats.embedded++;
      }
    }
  }

  private readParagraph(p: XmlNode): RawItem[] {
    const pPr = wChild(p, 'pPr');
    const styleId = this.styles.paragraphStyleId(attr(wChild(pPr, 'pStyle'), 'val'));
    const ctx: ParagraphContext = {
      styleId,
      heading: this.styles.isHeadingStyle(styleId) || readOutlineLevel(pPr) !== null,
      centered: attr(wChild(pPr, 'jc'), 'val') === 'center',
      builder: new InlineTextBuilder(),
      out: [],
      floating: [],
    };
    const label = this.numbering.next(readNumberingRef(pPr), styleId);
    if (label) {
      const markFormat = this.styles.runFormat(styleId, undefined, readRunFormat(wChild(pPr, 'rPr')));
      ctx.builder.append(`${label} `, markFormat.bold, markFormat.italic);
    }
    this.readInline(p, ctx);
    this.endLine(ctx);
    return [...ctx.floating, ...ctx.out];
  }

  private endLine(ctx: ParagraphContext): void {
    if (ctx.builder.isEmpty) return;
    const { text, marks, allBold } = ctx.builder.finish();
    if (!text) return;
    const paragraph: RawParagraph = { kind: 'paragraph', text, marks, allBold, heading: ctx.heading };
    if (ctx.centered) paragraph.centered = true;
    ctx.out.push(paragraph);
  }

  private readInline(container: XmlNode, ctx: ParagraphContext): void {
    for (const node of children(container)) {
      if (isW(node, 'r')) this.readRun(node, ctx);
      else if (isW(node, 'del') || isW(node, 'moveFrom') || isW(node, 'pPr')) continue;
      else if (isW(node, 'sdt')) {
        const content = wChild(node, 'sdtContent');
        if (content) this.readInline(content, ctx);
      } else if (is(node, NS.mc, 'AlternateContent')) {
        const chosen = chooseAlternative(node);
        if (chosen) this.readInline(chosen, ctx);
      } else if (is(node, NS.m, 'oMathPara') || is(node, NS.m, 'oMath')) {
        ctx.builder.append(this.mathText(node), false, false);
      } else if (
        isW(node, 'hyperlink') ||
        isW(node, 'ins') ||
        isW(node, 'moveTo') ||
        isW(node, 'smartTag') ||
        isW(node, 'customXml') ||
        isW(node, 'fldSimple') ||
        isW(node, 'dir') ||
        isW(node, 'bdo')
      ) {
        this.readInline(node, ctx);
      }
    }
  }

  private mathText(node: XmlNode): string {
    let out = '';
    for (const c of children(node)) out += is(c, NS.m, 't') ? textContent(c) : this.mathText(c);
    return out;
  }

  private readRun(r: XmlNode, ctx: ParagraphContext): void {
    const rPr = wChild(r, 'rPr');
    const font = attr(wChild(rPr, 'rFonts'), 'ascii');
    // Only a run that shows text can be garbled: an empty run or a rule in a legacy font is harmless.
    if (font && LEGACY_FONT.test(font) && [...children(r)].some((c) => isW(c, 't') && textContent(c).trim() !== ''))
      this.stats.legacyFonts.add(font);
    const format = this.styles.runFormat(ctx.styleId, attr(wChild(rPr, 'rStyle'), 'val'), readRunFormat(rPr));
    if (format.hidden) return;
    for (const node of children(r)) this.readRunChild(node, format, ctx);
  }

  private readRunChild(node: XmlNode, format: RunFormat, ctx: ParagraphContext): void {
    const append = (text: string) => ctx.builder.append(format.caps ? text.toUpperCase() : text, format.bold, format.italic);
    if (isW(node, 't')) append(textContent(node));
    else if (isW(node, 'tab') || isW(node, 'ptab')) append('\t');
    else if (isW(node, 'br') || isW(node, 'cr')) this.endLine(ctx);
    else if (isW(node, 'noBreakHyphen')) append('-');
    else if (isW(node, 'sym')) append(symbolText(node));
    else if (isW(node, 'footnoteReference') || isW(node, 'endnoteReference')) {
      const kind = isW(node, 'footnoteReference') ? 'footnote' : 'endnote';
      const label = this.notes.reference(kind, attr(node, 'id'));
      if (label) ctx.builder.append(`[${label}]`, false, false);
    } else if (isW(node, 'drawing') || isW(node, 'pict')) this.readDrawing(node, ctx);
    else if (isW(node, 'object')) this.stats.embedded++;
    else if (is(node, NS.mc, 'AlternateContent')) {
      const chosen = chooseAlternative(node);
      if (chosen) for (const c of children(chosen)) this.readRunChild(c, format, ctx);
    } else if (isW(node, 'ruby')) {
      const base = wChild(node, 'rubyBase');
      if (base) this.readInline(base, ctx);
    }
    // Everything else (w:instrText, w:fldChar, w:delText, w:lastRenderedPageBreak, …) shows no text.
  }

  /** A drawing or VML picture: only its text boxes are read; its numbers (offsets, sizes) never are. */
  private readDrawing(node: XmlNode, ctx: ParagraphContext): void {
    if (hasDescendant(node, (n) => is(n, PIC_NS, 'pic') || is(n, VML_NS, 'imagedata'))) this.stats.images++;
    const boxes: XmlNode[] = [];
    const find = (n: XmlNode) => {
      for (const c of children(n)) {
        if (isW(c, 'txbxContent')) boxes.push(c);
        else if (is(c, NS.mc, 'AlternateContent')) {
          const chosen = chooseAlternative(c);
          if (chosen) find(chosen);
        } else find(c);
      }
    };
    find(node);
    for (const box of boxes) {
      const items = this.readBlocks(box);
      if (items.length > 0) this.stats.textBoxes++;
      ctx.floating.push(...items);
    }
  }

  private readTable(tbl: XmlNode): RawTable {
    const rows: RawParagraph[][][] = [];
    const nested: RawTable[] = [];
    const visitRows = (container: XmlNode) => {
      for (const node of children(container)) {
        if (isW(node, 'tr')) {
          if (wChild(wChild(node, 'trPr'), 'del')) continue;
          rows.push(this.readRow(node, nested));
        } else if (isW(node, 'sdt')) {
          const content = wChild(node, 'sdtContent');
          if (content) visitRows(content);
        } else if (isW(node, 'customXml')) visitRows(node);
      }
    };
    visitRows(tbl);
    return nested.length > 0 ? { kind: 'table', rows, nested } : { kind: 'table', rows };
  }

  private readRow(tr: XmlNode, nested: RawTable[]): RawParagraph[][] {
    const cells: RawParagraph[][] = [];
    const trPr = wChild(tr, 'trPr');
    const gridCount = (name: string) => Math.min(63, Math.max(0, Number(attr(wChild(trPr, name), 'val') ?? 0) || 0));
    for (let k = gridCount('gridBefore'); k > 0; k--) cells.push([]);
    const visitCells = (container: XmlNode) => {
      for (const node of children(container)) {
        if (isW(node, 'tc')) {
          const tcPr = wChild(node, 'tcPr');
          const vMerge = wChild(tcPr, 'vMerge');
          const continued = vMerge !== null && attr(vMerge, 'val') !== 'restart';
          cells.push(continued ? [] : this.readCell(node, nested));
          const span = Math.min(63, Number(attr(wChild(tcPr, 'gridSpan'), 'val') ?? 1) || 1);
          for (let k = 1; k < span; k++) cells.push([]);
        } else if (isW(node, 'sdt')) {
          const content = wChild(node, 'sdtContent');
          if (content) visitCells(content);
        } else if (isW(node, 'customXml')) visitCells(node);
      }
    };
    visitCells(tr);
    for (let k = gridCount('gridAfter'); k > 0; k--) cells.push([]);
    return cells;
  }

  private readCell(tc: XmlNode, nested: RawTable[]): RawParagraph[] {
    const paragraphs: RawParagraph[] = [];
    for (const item of this.readBlocks(tc)) {
      if (item.kind === 'paragraph') paragraphs.push(item);
      else {
        nested.push(item, ...(item.nested ?? []));
        for (const row of item.rows) paragraphs.push(flattenRow(row));
      }
    }
    return paragraphs.filter((p) => p.text.length > 0);
  }
}

/** A row as one paragraph: cells' text joined with " | " (for nested tables). */
export function flattenRow(row: RawParagraph[][]): RawParagraph {
  const text = row
    .map(cellText)
    .filter((t) => t !== '')
    .join(' | ');
  return { kind: 'paragraph', text, marks: [], allBold: false, heading: false };
}

export function cellText(cell: RawParagraph[]): string {
  return cell.map((p) => p.text).join(' ');
}
