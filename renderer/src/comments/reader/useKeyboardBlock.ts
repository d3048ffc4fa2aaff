/**
 * The paragraph a keyboard user is on: a block of the document that has visible focus (reached by
 * ↑/↓, the table of contents or a search result), or the floating actions shown for it. A mouse
 * click in the text focuses a block too, but without :focus-visible, so it shows nothing.
 */
import { useEffect, useState } from 'react';
import { BODY_SELECTOR } from './useReaderSelection';

export const TOOLBAR_SELECTOR = '.passage-toolbar';

function keyboardBlock(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement) || !target.hasAttribute('data-block-id')) return null;
  if (!target.closest(BODY_SELECTOR) || !target.matches(':focus-visible')) return null;
  return target.getAttribute('data-block-id');
}

export function useKeyboardBlock(active: boolean): string | null {
  const [blockId, setBlockId] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest(TOOLBAR_SELECTOR)) return; // Keep the block while its actions have focus.
      setBlockId(keyboardBlock(target));
    };
    // Focus going nowhere (a click on blank space, the window losing focus) puts the actions away.
    const onFocusOut = (event: FocusEvent) => {
      if (!event.relatedTarget) setBlockId(null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      setBlockId(null);
    };
  }, [active]);
  return blockId;
}

/** The previous or next block of the document from `from` (rows of tables included). */
export function adjacentBlock(from: HTMLElement, direction: 1 | -1): HTMLElement | null {
  const root = from.closest(BODY_SELECTOR);
  if (!root) return null;
  const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-block-id]'));
  return blocks[blocks.indexOf(from) + direction] ?? null;
}
