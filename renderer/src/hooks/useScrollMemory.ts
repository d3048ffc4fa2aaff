import { useLayoutEffect, useRef } from 'react';

/**
 * Remembers the window's scroll position per view (home, reader, search) and restores it when the
 * user comes back to a view, e.g. from search results back to the document being read.
 */
export function useScrollMemory(view: string): void {
  const positions = useRef(new Map<string, number>());
  const current = useRef(view);

  useLayoutEffect(() => {
    // Read as each scroll event comes: the offset is known then (no layout forced), and no frame
    // callback is asked for while the user scrolls.
    const onScroll = () => positions.current.set(current.current, window.scrollY);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  useLayoutEffect(() => {
    if (current.current === view) return;
    current.current = view;
    window.scrollTo({ top: positions.current.get(view) ?? 0, behavior: 'instant' });
  }, [view]);
}
