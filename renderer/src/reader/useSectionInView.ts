/**
 * Which table-of-contents entry is the section being read: the last entry whose block has reached
 * the top of the reading area (just under the sticky header). After a jump, the target is the
 * section while it stays on screen, even where the page cannot scroll it to the top (the end of a
 * document), so the highlight always names where the reader was taken.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Room under the header where a block counts as reached (its scroll margin is 1.5rem). */
const REACHED_REM = 2;

function top(id: string): number | null {
  const element = document.getElementById(id);
  return element ? element.getBoundingClientRect().top : null;
}

/** Index of the last entry whose block top is at or above `line`; blocks not yet on the page count as below. */
function lastReached(ids: readonly string[], line: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = top(ids[mid]);
    if (y !== null && y <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function useSectionInView(ids: readonly string[], pinRef: RefObject<string | null>, active: boolean): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (!active || ids.length === 0) return;
    let frame = 0;
    const compute = () => {
      frame = 0;
      const root = getComputedStyle(document.documentElement);
      const header = parseFloat(root.getPropertyValue('--header-height')) || 0;
      const rem = parseFloat(root.fontSize) || 16;
      const found = lastReached(ids, header + REACHED_REM * rem);
      let index = found;
      const pinned = pinRef.current;
      const pinnedIndex = pinned ? ids.indexOf(pinned) : -1;
      if (pinned && pinnedIndex >= 0) {
        const y = top(pinned);
        const onScreen = y !== null && y >= header - 1 && y < window.innerHeight;
        if (!onScreen || found > pinnedIndex) pinRef.current = null;
        else index = pinnedIndex;
      }
      const next = index >= 0 ? ids[index] : null;
      setCurrent((prev) => (prev === next ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(compute);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // A jump that needs no scroll still moves the highlight.
    window.addEventListener('gopy:jump', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('gopy:jump', schedule);
    };
  }, [ids, pinRef, active]);
  return current;
}
