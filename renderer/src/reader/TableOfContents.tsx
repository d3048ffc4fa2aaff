import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, TocEntry } from '../../../shared/domain/types';
import { prepareToc } from './prepare';
import { TocEntryItem } from './TocEntryItem';
import { VirtualTocList } from './VirtualTocList';

/** Up to this many entries the outline is rendered whole; beyond, only what its box shows. */
const WHOLE_OUTLINE_MAX = 300;

interface Props {
  documentId: string;
  toc: readonly TocEntry[];
  blocks: readonly Block[];
  onGo(blockId: string): void;
  /** The entry of the section being read (useSectionInView). */
  currentId?: string | null;
}

/**
 * The document's outline; following an entry scrolls its block into view and focuses it. Give it a
 * `key` per document.
 */
export const TableOfContents = memo(function TableOfContents({ documentId, toc, blocks, onGo, currentId = null }: Props) {
  const { t } = useTranslation();
  const entries = useMemo(() => prepareToc(toc, blocks), [toc, blocks]);
  const virtual = entries.length > WHOLE_OUTLINE_MAX;
  const navRef = useRef<HTMLElement>(null);
  // The current entry stays visible in the outline's own scroll box (never scrolls the page).
  useEffect(() => {
    const nav = navRef.current;
    const entry = currentId && !virtual ? nav?.querySelector<HTMLElement>(`[data-toc-id="${CSS.escape(currentId)}"]`) : null;
    if (!nav || !entry || nav.scrollHeight <= nav.clientHeight) return;
    const top = entry.offsetTop - nav.offsetTop;
    if (top < nav.scrollTop || top + entry.offsetHeight > nav.scrollTop + nav.clientHeight) {
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
    }
  }, [currentId, virtual]);
  return (
    <nav className="toc" aria-labelledby="toc-heading" ref={navRef}>
      <h2 id="toc-heading" className="toc-heading">
        {t('reader.toc')}
      </h2>
      {entries.length === 0 ? (
        <p className="toc-empty">{t('reader.tocEmpty')}</p>
      ) : virtual ? (
        <VirtualTocList documentId={documentId} entries={entries} currentId={currentId} onGo={onGo} scrollRef={navRef} />
      ) : (
        <ol className="toc-list">
          {entries.map((item) => (
            <TocEntryItem
              key={item.entry.blockId}
              documentId={documentId}
              item={item}
              current={item.entry.blockId === currentId}
              onGo={onGo}
            />
          ))}
        </ol>
      )}
    </nav>
  );
});
