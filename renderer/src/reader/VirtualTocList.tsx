import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PreparedTocEntry } from './prepare';
import { TocEntryItem } from './TocEntryItem';

/** Entry heights before they are measured: two clamped lines, or one for an item (toc.css). */
const ENTRY_PX = 38;
const ITEM_PX = 26;
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
 * true. The current section's entry is scrolled into the box when it is outside it.
 */
export function VirtualTocList({ documentId, entries, currentId, onGo, scrollRef }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where the list starts in the nav (below the heading): read by an observer, never forced.
  const [scrollMargin, setScrollMargin] = useState(0);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const observer = new ResizeObserver(() => setScrollMargin(list.offsetTop));
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during this render only
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (entries[index].isItem ? ITEM_PX : ENTRY_PX),
    getItemKey: (index) => entries[index].entry.blockId,
    overscan: OVERSCAN,
    scrollMargin,
  });
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
            measureRef={virtualizer.measureElement}
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
