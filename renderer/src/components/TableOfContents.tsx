import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, TocEntry } from '../../../shared/domain/types';
import { useProgressiveCount } from '../hooks/useProgressiveCount';
import { prepareToc } from '../reader/prepare';
import { hrefFor } from '../routing/route';

interface Props {
  documentId: string;
  toc: readonly TocEntry[];
  blocks: readonly Block[];
  onGo(blockId: string): void;
}

/**
 * The document's outline; following an entry scrolls its block into view and focuses it. Give it a
 * `key` per document.
 */
export const TableOfContents = memo(function TableOfContents({ documentId, toc, blocks, onGo }: Props) {
  const { t } = useTranslation();
  const entries = useMemo(() => prepareToc(toc, blocks), [toc, blocks]);
  // A long outline renders in chunks, like the text (give the component a key per document).
  const count = useProgressiveCount(entries.length, 120, 600);
  const shown = useMemo(() => entries.slice(0, count), [entries, count]);
  const follow = (event: MouseEvent<HTMLAnchorElement>, blockId: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(blockId);
  };
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc-heading">
        {t('reader.toc')}
      </h2>
      {entries.length === 0 ? (
        <p className="toc-empty">{t('reader.tocEmpty')}</p>
      ) : (
        <ol className="toc-list">
          {shown.map(({ entry, depth, isItem }) => (
            <li key={entry.blockId} className={`toc-entry toc-depth-${depth}${isItem ? ' toc-item' : ''}`}>
              <a
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
