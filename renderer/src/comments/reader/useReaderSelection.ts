/**
 * The passage the user has selected in the document's text (mouse or keyboard), as block offsets,
 * with where to show the floating actions. Evaluated when the selection settles: after the mouse
 * button is released, or at the next frame for keyboard selection.
 */
import { useEffect, useState } from 'react';
import type { Block } from '../../../../shared/domain/types';
import type { PassageRef } from '../../stores/commentsPanelStore';
import { passageFromRange } from './domPassage';
import { passageOf } from './passage';

export const BODY_SELECTOR = '.reader .doc-body';
/** About half the floating actions' width, to keep them inside the reader. */
const TOOLBAR_HALF_WIDTH = 170;

export interface SelectedPassage {
  passage: PassageRef;
  /** The selection went on into other blocks; only its part in the first block is kept. */
  clamped: boolean;
  /** Where the selection ends, in the reader's coordinates (for the floating actions). */
  top: number;
  left: number;
}

function readSelection(blocks: ReadonlyMap<string, Block>, container: HTMLElement): SelectedPassage | null {
  const selection = window.getSelection();
  const root = document.querySelector<HTMLElement>(BODY_SELECTOR);
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !root) return null;
  const range = selection.getRangeAt(0);
  const dom = passageFromRange(range, root);
  const block = dom ? blocks.get(dom.blockId) : undefined;
  const passage = dom && block ? passageOf(block, dom.start, dom.end) : null;
  if (!dom || !passage) return null;
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  const blockEl = root.querySelector(`[data-block-id="${CSS.escape(dom.blockId)}"]`);
  const inBlock = rects.filter((r) => !blockEl || r.bottom <= blockEl.getBoundingClientRect().bottom + 1);
  const last = inBlock[inBlock.length - 1] ?? range.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  // Centred under the end of the selection, kept inside the reader.
  const left = Math.min(Math.max(last.right - box.left, TOOLBAR_HALF_WIDTH), box.width - TOOLBAR_HALF_WIDTH);
  return { passage, clamped: dom.clamped, top: last.bottom - box.top + 6, left };
}

export function useReaderSelection(
  active: boolean,
  blocks: ReadonlyMap<string, Block>,
  containerSelector: string,
): SelectedPassage | null {
  const [selected, setSelected] = useState<SelectedPassage | null>(null);
  useEffect(() => {
    if (!active) return;
    let pointerDown = false;
    let frame = 0;
    const evaluate = () => {
      frame = 0;
      const container = document.querySelector<HTMLElement>(containerSelector);
      setSelected(container ? readSelection(blocks, container) : null);
    };
    const schedule = () => {
      if (pointerDown || frame) return;
      frame = requestAnimationFrame(evaluate);
    };
    const onDown = (event: PointerEvent) => {
      // Pressing the floating actions must not count as a new selection.
      if ((event.target as Element | null)?.closest('.passage-toolbar')) return;
      pointerDown = true;
    };
    const onUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    return () => {
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      if (frame) cancelAnimationFrame(frame);
      setSelected(null);
    };
  }, [active, blocks, containerSelector]);
  return selected;
}
