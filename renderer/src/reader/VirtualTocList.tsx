import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PreparedTocEntry } from './prepare';
import { TocEntryItem } from './TocEntryItem';

/** A row's height until one is measured: every row of a long outline is one line (toc.css). */
const ROW_PX = 26;
const OVERSCAN = 8;

interface Props {
  documentId: string;
  entries: readonly PreparedTocEntry[];
  currentId: string | null;
  onGo(blockId: string): void;
  /** The outline's own scroll box (the nav). */
  scrollRef: RefObject<HTMLElement | null>;
}

/**
 * A long outline (a 3,000-block document has ~2,900 entries, 8,700 elements) renders only the
 * entries in and near the nav's scroll box; the list keeps the whole height so the scroll bar is
 * true. Every row is one line of the same height (measured once on the first row), so no row moves
 * under the pointer when rows above it come into view. The current section's entry is scrolled into
 * the box when it is outside it.
 */
export function VirtualTocList({ documentId, entries, currentId, onGo, scrollRef }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where the list starts in the nav (below the heading): read by an observer, never forced.
  const [scrollMargin, setScrollMargin] = useState(0);
  const [rowPx, setRowPx] = useState(ROW_PX);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(() => {
      setScrollMargin(list.offsetTop);
      const row = list.firstElementChild?.getBoundingClientRect().height;
      if (row) setRowPx(row);
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during this render only
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    getItemKey: (index) => entries[index].entry.blockId,
    overscan: OVERSCAN,
    scrollMargin,
  });
  useEffect(() => virtualizer.measure(), [rowPx, virtualizer]);
  const currentIndex = currentId ? entries.findIndex((e) => e.entry.blockId === currentId) : -1;
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);
  return (
    <ol className="toc-list toc-list-virtual" ref={listRef} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = entries[row.index];
        return (
          <TocEntryItem
            key={row.key}
            index={row.index}
            style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            documentId={documentId}
            item={item}
            current={item.entry.blockId === currentId}
            onGo={onGo}
          />
        );
      })}
    </ol>
  );
}
