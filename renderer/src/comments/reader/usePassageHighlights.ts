/**
 * Highlights passages in the reader with the CSS Custom Highlight API: no element is added to the
 * text, so the thousands of memoised blocks are never re-rendered and a selection still maps to
 * offsets. Repaints when the blocks change (a long document renders progressively).
 */
import { useEffect } from 'react';
import { rangeOfPassage } from './domPassage';

export interface HighlightSpan {
  blockId: string;
  start: number;
  end: number;
}

export type HighlightLayers = Record<'comment' | 'note' | 'active' | 'activeNote' | 'pending', readonly HighlightSpan[]>;

const NAMES = {
  comment: 'gopy-comment',
  note: 'gopy-note',
  active: 'gopy-active',
  activeNote: 'gopy-active-note',
  pending: 'gopy-pending',
} as const;

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function paint(root: HTMLElement, layers: HighlightLayers): void {
  for (const [layer, name] of Object.entries(NAMES) as Array<[keyof HighlightLayers, string]>) {
    const ranges = layers[layer]
      .map((span) => rangeOfPassage(root, span.blockId, span.start, span.end))
      .filter((r): r is Range => r !== null);
    if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

function clear(): void {
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}

/** `bodySelector` finds the document body (its element changes with the document, hence `documentId`). */
export function usePassageHighlights(bodySelector: string, documentId: string | null, layers: HighlightLayers): void {
  useEffect(() => {
    if (!supported() || !documentId) return;
    const root = document.querySelector<HTMLElement>(bodySelector);
    if (!root) return;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        paint(root, layers);
      });
    };
    paint(root, layers);
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      clear();
    };
  }, [bodySelector, documentId, layers]);
}
