/**
 * Joining the windows of document:get (DocumentPage) back into the whole document: the reader,
 * the terminal and any caller that needs every block. A window that starts inside a block
 * (`fromChar` > 0) continues the text of the last block joined so far.
 */
import type { DocumentPage, DocumentView } from './types';

/** The document so far with one more window; each window brings the outline entries of its blocks. */
export function joinWindow(view: DocumentView | null, page: DocumentPage): DocumentView {
  if (!view) return { document: page.document, itemTitle: page.itemTitle, blocks: page.blocks, toc: page.toc };
  const blocks = [...view.blocks];
  const [first, ...rest] = page.blocks;
  const last = blocks[blocks.length - 1];
  if (first && page.window.fromChar > 0 && last?.id === first.id) {
    blocks[blocks.length - 1] = { ...last, text: last.text + first.text };
    blocks.push(...rest);
  } else {
    blocks.push(...page.blocks);
  }
  return { ...view, blocks, toc: [...view.toc, ...page.toc] };
}

/** Whether the document joined so far ends on a whole block (a view worth showing). */
export const endsOnWholeBlock = (page: DocumentPage): boolean => page.window.next === null || page.window.next.fromChar === 0;

type Fetch<E> = (cursor: { from: number; fromChar: number } | null) => Promise<{ ok: true; value: DocumentPage } | E>;

/**
 * Fetches every window of a document in order and joins them; `onView` sees the first blocks (once
 * they end on a whole block) and then the whole document, so a reader shows them early. Stops at
 * the first refusal and returns it, or when `stillWanted` says the caller moved on (returns null).
 */
export async function fetchWholeDocument<E extends { ok: false }>(
  fetchWindow: Fetch<E>,
  onView: (view: DocumentView, complete: boolean) => void = () => {},
  stillWanted: () => boolean = () => true,
): Promise<{ ok: true; value: DocumentView } | E | null> {
  let view: DocumentView | null = null;
  let cursor: { from: number; fromChar: number } | null = null;
  let shown = false;
  for (;;) {
    const result = await fetchWindow(cursor);
    if (!stillWanted()) return null;
    if (!result.ok) return result;
    view = joinWindow(view, result.value);
    cursor = result.value.window.next;
    // The first whole blocks at once, then the whole document: each view shown costs the reader a
    // pass over all its blocks, so the windows between are not shown one by one.
    if (cursor === null || (!shown && endsOnWholeBlock(result.value))) {
      onView(view, cursor === null);
      shown = true;
    }
    if (!cursor) return { ok: true, value: view };
  }
}
