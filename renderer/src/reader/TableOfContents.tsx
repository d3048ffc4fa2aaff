import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, TocEntry } from '../../../shared/domain/types';
import { useProgressiveCount } from '../hooks/useProgressiveCount';
import { prepareToc } from './prepare';
import { hrefFor } from '../routing/route';

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
  // A long outline renders in chunks, like the text (give the component a key per document).
  const count = useProgressiveCount(entries.length, 120, 600);
  const shown = useMemo(() => entries.slice(0, count), [entries, count]);
  const navRef = useRef<HTMLElement>(null);
  // The current entry stays visible in the outline's own scroll box (never scrolls the page).
  useEffect(() => {
    const nav = navRef.current;
    const entry = currentId ? nav?.querySelector<HTMLElement>(`[data-toc-id="${CSS.escape(currentId)}"]`) : null;
    if (!nav || !entry || nav.scrollHeight <= nav.clientHeight) return;
    const top = entry.offsetTop - nav.offsetTop;
    if (top < nav.scrollTop || top + entry.offsetHeight > nav.scrollTop + nav.clientHeight) {
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
    }
  }, [currentId]);
  const follow = (event: MouseEvent<HTMLAnchorElement>, blockId: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(blockId);
  };
  return (
    <nav className="toc" aria-labelledby="toc-heading" ref={navRef}>
      <h2 id="toc-heading" className="toc-heading">
        {t('reader.toc')}
      </h2>
      {entries.length === 0 ? (
        <p className="toc-empty">{t('reader.tocEmpty')}</p>
      ) : (
        <ol className="toc-list">
          {shown.map(({ entry, depth, isItem }) => (
            <li
              key={entry.blockId}
              data-toc-id={entry.blockId}
              className={`toc-entry toc-depth-${depth}${isItem ? ' toc-item' : ''}${entry.blockId === currentId ? ' is-current' : ''}`}
            >
              <a
                aria-current={entry.blockId === currentId ? 'location' : undefined}
                href={hrefFor({ name: 'doc', documentId, blockId: entry.blockId })}
                onClick={(event) => follow(event, entry.blockId)}
              >
                <span className="toc-text">{entry.title}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
});
