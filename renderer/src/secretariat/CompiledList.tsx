import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledDocument } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { selectRows, useCompileStore } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';
import { RevisedDraftLink } from '../revised/RevisedDraftLink';
import { PassageCard } from './PassageCard';
import { StanceCounts } from './StanceCounts';

function DocumentHeading({ doc, headingId }: { doc: CompiledDocument; headingId: string }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
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
 * The compiled comments, document by document and passage by passage. Main sends the size of every
 * row and the rows a window at a time; only the rows near the viewport are in the page, and the
 * windows they need are asked for as the list scrolls (100,000 comments stay fast).
 */
export function CompiledList({ sizes }: { sizes: readonly number[] }) {
  const { t } = useTranslation();
  const rows = useCompileStore(selectRows);
  const ensureRows = useCompileStore((s) => s.ensureRows);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: sizes.length,
    estimateSize: (i) => estimate(sizes[i] ?? 0),
    overscan: 6,
    scrollMargin,
    getItemKey: (i) => (rows.has(i) ? `r${i}` : `w${i}`),
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
