/**
 * Passages of a block's text: trimmed offsets, the quote, the structural path and the fixed line
 * numbers it covers (the same computation main does when it stores an anchor).
 */
import type { Block } from '../../../../shared/domain/types';
import { lineIndexesOf } from '../../../../shared/text/lines';
import type { PassageRef } from '../../stores/commentsPanelStore';

/** Same bound as LIMITS.quote in shared/ipc/contract.ts (not imported: that module pulls zod in). */
export const MAX_QUOTE = 10_000;

/** The passage [start, end) of a block without surrounding spaces, or null if nothing is left. */
export function passageOf(block: Block, start: number, end: number): PassageRef | null {
  const text = block.text;
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  if (e - s > MAX_QUOTE) e = s + MAX_QUOTE;
  // Never cut a surrogate pair in half.
  if (e < text.length && /[\uDC00-\uDFFF]/u.test(text[e]) && e > s) e--;
  if (e <= s) return null;
  const [first, last] = lineIndexesOf(text, s, e);
  return {
    blockId: block.id,
    start: s,
    end: e,
    quote: text.slice(s, e),
    path: block.path,
    lineFirst: block.lineStart + first,
    lineLast: block.lineStart + last,
  };
}

/** The whole block as a passage ("Góp ý đoạn này"). */
export function wholeBlock(block: Block): PassageRef | null {
  return passageOf(block, 0, block.text.length);
}

/** The lines [first, last] (absolute numbers) covered by [start, end) of a block. */
export function linesOf(block: Block, start: number, end: number): [number, number] {
  const [first, last] = lineIndexesOf(block.text, Math.min(start, block.text.length), Math.min(end, block.text.length));
  return [block.lineStart + first, block.lineStart + last];
}

/** A stored note as a passage of the open document (line numbers and path from its block). */
export function notePassage(
  note: { blockId: string; start: number; end: number; quote: string },
  blocks: readonly Block[],
): PassageRef {
  const block = blocks.find((b) => b.id === note.blockId);
  const [lineFirst, lineLast] = block ? linesOf(block, note.start, note.end) : [0, 0];
  return {
    blockId: note.blockId,
    start: note.start,
    end: note.end,
    quote: note.quote,
    path: block?.path ?? null,
    lineFirst,
    lineLast,
  };
}
