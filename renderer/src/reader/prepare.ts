/**
 * Turns a document's blocks into what the reader renders: each block's fixed lines (the same
 * breakLines as every PDF, so line numbers agree), the character offset of each line in the
 * block's text (lines joined with single spaces), the heading rank for the page outline, the
 * indentation depth of list items, and runs of table rows grouped into tables.
 */
import type { Block, DocumentView, TocEntry } from '../../../shared/domain/types';
import { breakLines } from '../../../shared/text/lines';

/** Heading elements available to document headings (h1 is the document title). */
const MIN_RANK = 2;
const MAX_RANK = 6;
const MAX_DEPTH = 4;
/** Level of unlabelled bullet items ("- ...") from shared/text/structure. */
const BULLET_LEVEL = 8;
/** Levels below this are structural headings (Phần, Chương, Mục, Điều / I.). */
const FIRST_LIST_LEVEL = 5;

export interface PreparedLine {
  text: string;
  /** UTF-16 offset of the line's first character in the block's text. */
  offset: number;
  number: number;
}

export interface PreparedBlock {
  type: 'block';
  block: Block;
  lines: PreparedLine[];
  /** h2–h6 for headings, null otherwise. */
  rank: number | null;
  /** Indentation steps for list items, 0 otherwise. */
  depth: number;
}

export interface PreparedCell {
  text: string;
  offset: number;
}

export interface PreparedRow {
  block: Block;
  cells: PreparedCell[];
  firstLine: number;
  lastLine: number;
}

export interface PreparedTable {
  type: 'table';
  /** The first row's block id, used as the React key. */
  key: string;
  rows: PreparedRow[];
}

export type Segment = PreparedBlock | PreparedTable;

/**
 * Each block's lines and segment, kept while the block is: a document arrives in windows and each
 * view of it is prepared again, and the blocks of the earlier windows are the same objects
 * (joinWindow), so only the new blocks are broken into lines and the reader's memoized blocks
 * keep their props.
 */
const preparedLines = new WeakMap<Block, PreparedLine[]>();
const preparedBlocks = new WeakMap<Block, PreparedBlock>();

export function prepareLines(block: Block): PreparedLine[] {
  const known = preparedLines.get(block);
  if (known) return known;
  let offset = 0;
  const lines = breakLines(block.text).map((text, k) => {
    const line = { text, offset, number: block.lineStart + k };
    offset += text.length + 1;
    return line;
  });
  preparedLines.set(block, lines);
  return lines;
}

function preparedBlock(block: Block, rank: number | null, depth: number): PreparedBlock {
  const known = preparedBlocks.get(block);
  if (known && known.rank === rank && known.depth === depth) return known;
  const prepared: PreparedBlock = { type: 'block', block, lines: prepareLines(block), rank, depth };
  preparedBlocks.set(block, prepared);
  return prepared;
}

function prepareRow(block: Block): PreparedRow {
  const cells = block.cells ?? [block.text];
  let offset = 0;
  const prepared = cells.map((text) => {
    const cell = { text, offset };
    offset += text.length + ' | '.length;
    return cell;
  });
  return { block, cells: prepared, firstLine: block.lineStart, lastLine: block.lineStart + Math.max(1, block.lineCount) - 1 };
}

export function prepareDocument(doc: DocumentView): Segment[] {
  const segments: Segment[] = [];
  /** Levels of the open headings, outermost first, to rank headings without skipping a level. */
  const headingStack: number[] = [];
  let listDepth = 0;

  for (const block of doc.blocks) {
    if (block.kind === 'table_row') {
      const last = segments[segments.length - 1];
      // level 1 marks a table's first row: two tables one after the other stay two tables.
      if (last?.type === 'table' && block.level !== 1) last.rows.push(prepareRow(block));
      else segments.push({ type: 'table', key: block.id, rows: [prepareRow(block)] });
      continue;
    }
    let rank: number | null = null;
    let depth = 0;
    if (block.kind === 'heading') {
      while (headingStack.length > 0 && headingStack[headingStack.length - 1] >= block.level) headingStack.pop();
      rank = Math.min(MAX_RANK, MIN_RANK + headingStack.length);
      headingStack.push(block.level);
      listDepth = 0;
    } else if (block.kind === 'list_item') {
      if (block.level >= BULLET_LEVEL) depth = Math.min(MAX_DEPTH, listDepth + 1);
      else {
        depth = Math.min(MAX_DEPTH, Math.max(1, block.level - FIRST_LIST_LEVEL + 1));
        listDepth = depth;
      }
    }
    segments.push(preparedBlock(block, rank, depth));
  }
  return segments;
}

export interface PreparedTocEntry {
  entry: TocEntry;
  depth: number;
  /** A numbered paragraph (khoản, điểm, "1. …") rather than a heading: shown on one line. */
  isItem: boolean;
}

/** TOC entries with an indentation depth: the rank of their level among the levels present. */
export function prepareToc(toc: readonly TocEntry[], blocks: readonly Block[]): PreparedTocEntry[] {
  const items = new Set(blocks.filter((b) => b.kind === 'list_item').map((b) => b.id));
  const levels = [...new Set(toc.map((e) => e.level))].sort((a, b) => a - b);
  return toc.map((entry) => ({
    entry,
    depth: Math.min(MAX_DEPTH, levels.indexOf(entry.level)),
    isItem: items.has(entry.blockId),
  }));
}
