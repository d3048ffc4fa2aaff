/**
 * What the structure preview shows of an imported document: its outline (every heading: Phần,
 * Chương, Mục, Điều, I.), and its first blocks with tables grouped, each indented by its level.
 */
import type { PreviewBlock } from '../../../../shared/domain/imports';

/** Blocks shown in full before "…". */
export const PREVIEW_BLOCKS = 200;
/** Levels below this are headings (Phần, Chương, Mục, Điều / I.); list items start here. */
const FIRST_LIST_LEVEL = 5;
const BULLET_LEVEL = 8;
const MAX_DEPTH = 4;

export type PreviewSegment =
  { type: 'block'; index: number; block: PreviewBlock; depth: number } | { type: 'table'; index: number; rows: PreviewBlock[] };

export interface OutlineEntry {
  index: number;
  block: PreviewBlock;
  depth: number;
}

export function outlineOf(blocks: readonly PreviewBlock[]): OutlineEntry[] {
  const headings = blocks.map((block, index) => ({ block, index })).filter((x) => x.block.kind === 'heading');
  const levels = [...new Set(headings.map((h) => h.block.level))].sort((a, b) => a - b);
  return headings.map(({ block, index }) => ({ index, block, depth: Math.min(MAX_DEPTH, levels.indexOf(block.level)) }));
}

export function segmentsOf(blocks: readonly PreviewBlock[], limit = PREVIEW_BLOCKS): PreviewSegment[] {
  const segments: PreviewSegment[] = [];
  let listDepth = 0;
  blocks.slice(0, limit).forEach((block, index) => {
    if (block.kind === 'table_row') {
      const last = segments[segments.length - 1];
      // level 1 marks a table's first row: two tables one after the other stay two tables.
      if (last?.type === 'table' && block.level !== 1) last.rows.push(block);
      else segments.push({ type: 'table', index, rows: [block] });
      return;
    }
    let depth = 0;
    if (block.kind === 'heading') listDepth = 0;
    else if (block.kind === 'list_item') {
      if (block.level >= BULLET_LEVEL) depth = Math.min(MAX_DEPTH, listDepth + 1);
      else {
        depth = Math.min(MAX_DEPTH, Math.max(1, block.level - FIRST_LIST_LEVEL + 1));
        listDepth = depth;
      }
    }
    segments.push({ type: 'block', index, block, depth });
  });
  return segments;
}
