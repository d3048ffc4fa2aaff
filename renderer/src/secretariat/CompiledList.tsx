import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledDocument, CompiledPassage, CompiledView } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { selectLocale, useSettingsStore } from '../stores/settingsStore';
import { RevisedDraftLink } from '../revised/RevisedDraftLink';
import { PassageCard } from './PassageCard';
import { StanceCounts } from './StanceCounts';

type Row =
  | { kind: 'document'; key: string; doc: CompiledDocument; headingId: string }
  | { kind: 'passage'; key: string; passage: CompiledPassage; headingId: string; itemTitle: string | null };

/** Documents and their passages as one flat list of rows, for the virtualiser. Pure. */
export function flattenView(view: CompiledView): Row[] {
  const rows: Row[] = [];
  view.documents.forEach((doc, d) => {
    rows.push({ kind: 'document', key: `d${d}`, doc, headingId: `cdoc-${d}` });
    // A group without a document holds comments on the agenda item itself.
    const itemTitle = doc.documentId === null ? doc.itemTitle : null;
    doc.passages.forEach((passage, p) =>
      rows.push({ kind: 'passage', key: `d${d}p${p}`, passage, headingId: `cpas-${d}-${p}`, itemTitle }),
    );
  });
  return rows;
}

function DocumentHeading({ doc, headingId }: { doc: CompiledDocument; headingId: string }) {
  const { t } = useTranslation();
  const locale = useSettingsStore(selectLocale);
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

/**
 * The compiled comments, document by document and passage by passage. Only the rows near the
 * viewport are in the page (thousands of comments stay fast); the window scrolls as usual.
 */
export function CompiledList({ view }: { view: CompiledView }) {
  const rows = useMemo(() => flattenView(view), [view]);
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
    count: rows.length,
    estimateSize: (i) =>
      rows[i].kind === 'document' ? 120 : 220 + 160 * (rows[i] as { passage: CompiledPassage }).passage.comments.length,
    overscan: 6,
    scrollMargin,
    getItemKey: (i) => rows[i].key,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={listRef} className="sx-compiled-list" style={{ height: virtualizer.getTotalSize() }}>
      <div
        className="sx-compiled-window"
        style={{ transform: `translateY(${(items[0]?.start ?? scrollMargin) - scrollMargin}px)` }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`sx-crow sx-crow-${row.kind}`}
            >
              {row.kind === 'document' ? (
                <DocumentHeading doc={row.doc} headingId={row.headingId} />
              ) : (
                <PassageCard passage={row.passage} headingId={row.headingId} itemTitle={row.itemTitle} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
