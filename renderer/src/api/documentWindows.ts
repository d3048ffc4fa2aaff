/**
 * A whole document through document:get's windows (no answer over 1 MB): for the screens that need
 * every block (revised draft, a comment entered on someone's behalf); the reader shows the first
 * window while the rest arrive (stores/documentStore.ts, readerWindows below).
 */
import { fetchWholeDocument } from '../../../shared/domain/document-window';
import type { DocumentPage, DocumentView } from '../../../shared/domain/types';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from './client';

export async function getWholeDocument(documentId: string): Promise<Envelope<DocumentView>> {
  return (await fetchWholeDocument((cursor) => api.documentGet({ documentId, ...cursor })))!;
}

/** Blocks in the reader's first window: the screen's worth, rendered before the rest arrive. */
const FIRST_WINDOW_BLOCKS = 200;
/** How long a later window waits for the page to be idle, at most (ms). */
const IDLE_WAIT_MS = 300;

/** Resolves when the page has a moment to spare (after the first window's paint), or after `IDLE_WAIT_MS`. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * The reader's window fetch for fetchWholeDocument: a small first window at once; each later one
 * once the page is idle, so the first blocks are painted and answer the wheel before the rest of a
 * long document (~0.8 MB a window) is parsed and joined (issue 18: they were asked for at once).
 */
export function readerWindows(documentId: string) {
  return async (cursor: DocumentPage['window']['next']): Promise<Envelope<DocumentPage>> => {
    if (!cursor) return api.documentGet({ documentId, limit: FIRST_WINDOW_BLOCKS });
    await idle();
    return api.documentGet({ documentId, ...cursor });
  };
}
