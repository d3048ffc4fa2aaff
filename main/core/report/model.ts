/**
 * The one model of a document that leaves the app (the compiled report, the delegate's sheet):
 * sections of blocks (header, title, paragraphs, tables with group rows, the signing block) made
 * of paragraphs of styled runs. Built once in the core; the PDF writer (main/core/pdf) and the
 * Word writer (main/core/docx) only render it, so they can never disagree. Plain data (a table's
 * rows may be an iterable that builds them on demand).
 */
import type { Run } from '../pdf/text-model';

export type { Run } from '../pdf/text-model';

/**
 * What a paragraph is; each writer maps a role to its type size, alignment and spacing
 * (docs/pdf-layout.md has the numbers).
 */
export type Role =
  /** Body text: justified, first-line indent. */
  | 'body'
  /** A section heading ("I. TỔNG HỢP CHUNG"): bold, indented like the body. */
  | 'heading'
  /** Centred bold ("PHỤ LỤC"). */
  | 'centreBold'
  /** Centred italic ("(Kèm theo Báo cáo số …)"). */
  | 'centreItalic'
  /** Table text: justified, left, centred. */
  | 'cell'
  | 'cellLeft'
  | 'cellCentre';

export interface MPara {
  role: Role;
  runs: Run[];
  /** Keep on the page of the next block (a heading with its first lines). */
  keepWithNext?: boolean;
  /** A small label in the left margin beside the first line: the passage's line numbers on screen. */
  margin?: string;
}

export interface MCell {
  paras: MPara[];
  /** Number of columns covered (default 1). */
  span?: number;
}

export interface MRow {
  cells: MCell[];
  /** A group row ("I. Dự thảo …", "Điều 1. …"): one cell over every column, kept with the next row. */
  group?: boolean;
  /**
   * Where a row taller than what is left of a page splits, its continuation shows these cells in
   * place of the first ones (STT, passage and delegate with "(tiếp theo)"). Rows without it
   * follow the table's `continuation` rule.
   */
  continued?: MCell[];
  /** Comments this row holds (progress). */
  units?: number;
}

export interface MTable {
  /** Column widths as fractions of the text width (they add up to 1). */
  columns: number[];
  header: MCell[];
  /**
   * The rows in order. An array, or rows built as they are drawn (the report's Phụ lục: a
   * re-iterable whose iterator builds each row when the writer asks for it), so a page's worth of
   * rows is held, not the whole table. Writers read it once, front to back.
   */
  rows: Iterable<MRow>;
  /** A caption paragraph kept with the header row and the first row. */
  caption?: MPara;
  /**
   * How a split row goes on (one rule for the table rather than cells in every row: a tenth of
   * the report's memory): the first paragraph of each of its first `cells` cells, then `label`
   * in that paragraph's role.
   */
  continuation?: { cells: number; label: Run };
}

export interface MHeader {
  /** Printed regular above the issuer (the sheet: the council). */
  parentLines: string[];
  /** Printed bold, in capitals. */
  issuerLines: string[];
  /** "Số: 12/BC-HĐND", or null (the sheet). */
  numberLine: string | null;
  /** "Quảng Ninh, ngày 05 tháng 12 năm 2019", or null when printed by the signature. */
  placeDate: string | null;
}

export interface MSignature {
  /** Items without the leading "- ", punctuation included. */
  recipients: string[];
  /** The italic place-and-date line above the signer (the sheet), or null. */
  placeDate: string | null;
  /** Capacity lines, printed bold in capitals ("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH"). */
  capacity: string[];
  /** The signer's name (bold), or "" to be written by hand. */
  name: string;
  /** A small italic line under the name: the delegate's key fingerprint on the sheet, or null. */
  underName?: string | null;
}

export type MBlock =
  | { kind: 'header'; header: MHeader }
  /** "BÁO CÁO" / "PHỤ LỤC" and the summary line under it, with its short rule. */
  | { kind: 'title'; title: string; subject: string; note?: string }
  /** `units`: comments this paragraph completes (progress). */
  | { kind: 'para'; para: MPara; units?: number }
  | { kind: 'table'; table: MTable }
  | { kind: 'signature'; signature: MSignature }
  /** A word in a bordered box at the top left of the first page: "DỰ THẢO" on a draft (Nghị định 30). */
  | { kind: 'marker'; text: string };

export interface MSection {
  orientation: 'portrait' | 'landscape';
  /** An appendix numbers its own pages from 1 (the number printed from its second page). */
  restartNumbering: boolean;
  blocks: MBlock[];
}

export interface DocModel {
  meta: { title: string; subject: string; author: string };
  sections: MSection[];
  /** Units of progress (comments) in the whole document. */
  total: number;
}

export function mpara(role: Role, runs: Run[] | string, keepWithNext = false): MPara {
  const list: Run[] = typeof runs === 'string' ? [{ text: runs.normalize('NFC'), style: 'regular' }] : runs;
  return keepWithNext ? { role, runs: list, keepWithNext } : { role, runs: list };
}
