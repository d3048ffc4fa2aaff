import { memo, type CSSProperties, type MouseEvent } from 'react';
import { hrefFor } from '../routing/route';
import type { PreparedTocEntry } from './prepare';

interface Props {
  documentId: string;
  item: PreparedTocEntry;
  current: boolean;
  onGo(blockId: string): void;
  /** Set by the virtual list: where the entry sits, and its index. */
  style?: CSSProperties;
  index?: number;
}

/** One entry of the outline: a link to its block that the reader follows without reloading. */
export const TocEntryItem = memo(function TocEntryItem({ documentId, item, current, onGo, style, index }: Props) {
  const { entry, depth, isItem } = item;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(entry.blockId);
  };
  return (
    <li
      data-index={index}
      style={style}
      data-toc-id={entry.blockId}
      className={`toc-entry toc-depth-${depth}${isItem ? ' toc-item' : ''}${current ? ' is-current' : ''}`}
    >
      <a
        aria-current={current ? 'location' : undefined}
        href={hrefFor({ name: 'doc', documentId, blockId: entry.blockId })}
        onClick={follow}
        title={style ? entry.title : undefined}
      >
        <span className="toc-text">{entry.title}</span>
      </a>
    </li>
  );
});
