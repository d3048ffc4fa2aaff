/**
 * The words a search hit matched, marked in the block it opens (CSS Custom Highlight API, like the
 * comment highlights: nothing is added to the text). Computed with the search service's own rule
 * (shared/text/search-match), so the reader marks exactly what the hit list showed.
 */
import { matchRanges, queryTerms } from '../../../shared/text/search-match';
import { rangeOfPassage } from '../comments/reader/domPassage';

const NAME = 'gopy-search';

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function clearSearchMarks(): void {
  if (supported()) CSS.highlights.delete(NAME);
}

/** Marks the query's words in the block; returns how many were marked. */
export function markSearchWords(root: ParentNode, blockId: string, blockText: string, query: string): number {
  clearSearchMarks();
  if (!supported()) return 0;
  const ranges = matchRanges(blockText, queryTerms(query))
    .map(([start, end]) => rangeOfPassage(root, blockId, start, end))
    .filter((r): r is Range => r !== null);
  if (ranges.length > 0) CSS.highlights.set(NAME, new Highlight(...ranges));
  return ranges.length;
}
