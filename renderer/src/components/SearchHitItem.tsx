import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/types';
import { hrefFor } from '../routing/route';
import { HighlightedSnippet } from './HighlightedSnippet';

interface Props {
  hit: SearchHit;
  onOpen(hit: SearchHit): void;
}

/** One passage found: document, structural path, line, and the snippet with the matches marked. */
export function SearchHitItem({ hit, onOpen }: Props) {
  const { t } = useTranslation();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(hit);
  };
  return (
    <li className="hit">
      <a
        className="hit-link"
        href={hrefFor({ name: 'doc', documentId: hit.documentId, blockId: hit.blockId })}
        data-block-id={hit.blockId}
        onClick={open}
      >
        <span className="hit-document">{hit.documentTitle}</span>
        <span className="hit-where">
          {hit.path && <span className="hit-path">{hit.path}</span>}
          <span className="hit-line">{t('search.line', { line: hit.lineStart })}</span>
        </span>
        <span className="hit-snippet">
          <HighlightedSnippet text={hit.snippet} highlights={hit.highlights} />
        </span>
      </a>
    </li>
  );
}
