import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CompiledDocument } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { useCompileStore, useCompiledView, type CompiledRow } from '../stores/compileStore';
import { RevisedDraftLink } from '../revised/RevisedDraftLink';
import { useCompileText } from './compileText';
import { PassageCard } from './PassageCard';
import { StanceCounts } from './StanceCounts';

function DocumentHeading({ doc, headingId }: { doc: CompiledDocument; headingId: string }) {
  const { t, locale } = useCompileText();
  const total = doc.counts.tan_thanh + doc.counts.khong_tan_thanh + doc.counts.y_kien_khac;
  return (
    <header className="sx-cdoc-head">
      <h2 id={headingId} className="sx-cdoc-title">
        {doc.title}
      </h2>
      {doc.documentId && <p className="sx-cdoc-item">{t('compile.itemOf', { title: doc.itemTitle })}</p>}
      <div className="sx-cdoc-meta">
        <span className="sx-cdoc-count">
          {t('compile.commentCount', { count: total, formatted: formatNumber(total, locale) })}
        </span>
        <StanceCounts counts={doc.counts} label={t('compile.countsOfDocument')} />
        {doc.documentId && <RevisedDraftLink documentId={doc.documentId} title={doc.title} />}
      </div>
    </header>
  );
}

/** Height guessed for a row not measured yet: a heading, or a card of `comments` comments. */
const estimate = (comments: number): number => (comments < 0 ? 120 : 220 + 160 * comments);

/**
 * A row's height as its ResizeObserver reported it. When a row mounts (no report yet) the height
 * known so far, or the estimate, instead of reading the DOM: reading it there forced a layout of the
 * page for each card mounted, before the first paint and at each window's arrival while scrolling.
 */
function measuredSize(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

const NO_ROWS: ReadonlyMap<number, CompiledRow> = new Map();

/**
 * The compiled comments, document by document and passage by passage. Main sends the size of every
 * row and the rows a window at a time; only the rows near the viewport are in the page, and the
 * windows they need are asked for as the list scrolls (100,000 comments stay fast).
 */
export function CompiledList({ sizes }: { sizes: readonly number[] }) {
  const { t } = useCompileText();
  const rows = useCompiledView().compiled?.rows ?? NO_ROWS;
  const ensureRows = useCompileStore((s) => s.ensureRows);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    // Read when the observer reports (just after a layout), never forcing one of our own: the first
    // report comes right after the first layout, before anything is painted.
    const measure = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  // Rows are keyed by their number (the default key). The virtualizer recomputes the position of
  // every row (tens of thousands) whenever its key function changes: a new one per render, as
  // before, made each window's arrival and each measured card cost a pass over the whole list.
  const estimateSize = useCallback((i: number) => estimate(sizes[i] ?? 0), [sizes]);
  const virtualizer = useWindowVirtualizer({
    count: sizes.length,
    estimateSize,
    overscan: 3,
    scrollMargin,
    measureElement: measuredSize,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    void ensureRows(first, last);
  }, [first, last, rows, ensureRows]);
  return (
    <div ref={listRef} className="sx-compiled-list" style={{ height: virtualizer.getTotalSize() }}>
      <div
        className="sx-compiled-window"
        style={{ transform: `translateY(${(items[0]?.start ?? scrollMargin) - scrollMargin}px)` }}
      >
        {items.map((item) => {
          const row = rows.get(item.index);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`sx-crow sx-crow-${row?.kind ?? 'waiting'}`}
            >
              {!row ? (
                <p className="sx-crow-waiting" style={{ height: estimate(sizes[item.index] ?? 0) }} aria-busy="true">
                  {t('compile.loading')}
                </p>
              ) : row.kind === 'document' ? (
                <DocumentHeading doc={row.doc} headingId={`cdoc-${item.index}`} />
              ) : (
                <PassageCard passage={row.passage} headingId={`cpas-${item.index}`} itemTitle={row.itemTitle} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
