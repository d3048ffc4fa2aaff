/**
 * Between the DOM and block offsets. Every rendered line (and table cell) is a span whose
 * data-offset is the UTF-16 offset of its text in the block's text (lines joined by one space,
 * cells by " | "), so a DOM point maps to a block offset and back. Nothing here reads React state.
 */

export const TEXT_SPANS = '.line-text[data-offset], .cell-text[data-offset]';
export const BLOCK_SELECTOR = '[data-block-id]';

export interface DomPassage {
  blockId: string;
  start: number;
  end: number;
  /** The selection reached into later blocks and was cut at the end of its first block. */
  clamped: boolean;
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

export function blockOf(node: Node): HTMLElement | null {
  return elementOf(node)?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null;
}

function spanOffset(span: Element): number {
  return Number(span.getAttribute('data-offset') ?? 0);
}

/** Characters of `span`'s text before the DOM point (container, offset), clamped to the span. */
function charsBefore(span: Element, container: Node, offset: number): number {
  if (!span.contains(container)) {
    const position = span.compareDocumentPosition(container);
    return position & Node.DOCUMENT_POSITION_PRECEDING ? 0 : (span.textContent ?? '').length;
  }
  const range = document.createRange();
  range.setStart(span, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** Maps a DOM range inside `root` to offsets in one block's text; null if it touches no text. */
export function passageFromRange(range: Range, root: HTMLElement): DomPassage | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const startBlock = blockOf(range.startContainer);
  const candidates = startBlock && root.contains(startBlock) ? [startBlock] : Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const block = candidates.find((b) => range.intersectsNode(b) && b.querySelector(TEXT_SPANS));
  if (!(block instanceof HTMLElement)) return null;
  const spans = Array.from(block.querySelectorAll(TEXT_SPANS)).filter((s) => range.intersectsNode(s));
  if (spans.length === 0) return null;
  const first = spans[0];
  const last = spans[spans.length - 1];
  const start = spanOffset(first) + charsBefore(first, range.startContainer, range.startOffset);
  const end = spanOffset(last) + charsBefore(last, range.endContainer, range.endOffset);
  if (end <= start) return null;
  const clamped = !block.contains(range.endContainer) && coversTextOutside(range, block, root);
  return { blockId: block.getAttribute('data-block-id') ?? '', start, end, clamped };
}

/** Whether the range covers at least one character of another block (a triple-click ends at the next block's start). */
function coversTextOutside(range: Range, block: Element, root: HTMLElement): boolean {
  for (const span of Array.from(root.querySelectorAll(TEXT_SPANS))) {
    if (block.contains(span) || !range.intersectsNode(span)) continue;
    const covered =
      charsBefore(span, range.endContainer, range.endOffset) - charsBefore(span, range.startContainer, range.startOffset);
    if (covered > 0) return true;
  }
  return false;
}

/**
 * The text node and offset `chars` characters into a span. A span is usually one text node; a line
 * with a note reference holds several (the marker's brackets and number are text nodes too).
 */
function pointIn(span: Element, chars: number, side: 'start' | 'end'): { node: Node; offset: number } {
  const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
  let left = chars;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (left < length || (side === 'end' && left === length)) return { node, offset: left };
    left -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: span, offset: 0 };
}

/** A text position inside a block's spans: the span's text node and the offset in it. */
function locate(block: Element, offset: number, side: 'start' | 'end'): { node: Node; offset: number } | null {
  const spans = Array.from(block.querySelectorAll(TEXT_SPANS));
  let candidate: { node: Node; offset: number } | null = null;
  for (const span of spans) {
    const from = spanOffset(span);
    const length = (span.textContent ?? '').length;
    if (side === 'start') {
      // The first span that ends after the offset; an offset in a gap snaps to the next span.
      if (offset < from + length) return pointIn(span, Math.max(0, offset - from), side);
    } else {
      // The last span that starts before the offset; an offset in a gap snaps to the previous span.
      if (offset > from) candidate = pointIn(span, Math.min(length, offset - from), side);
      else break;
    }
  }
  return candidate;
}

/** A DOM range over [start, end) of the block's text, or null if the block is not on the page. */
export function rangeOfPassage(root: ParentNode, blockId: string, start: number, end: number): Range | null {
  const block = root.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!block) return null;
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
