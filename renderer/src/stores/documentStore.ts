/**
 * The open document, a small cache of recently read ones, and the pending "go to this block"
 * request that the reader fulfils by scrolling to the block and focusing it.
 */
import { create } from 'zustand';
import type { DocumentView } from '../../../shared/domain/types';
import { fetchWholeDocument } from '../../../shared/domain/document-window';
import { readerWindows } from '../api/documentWindows';
import { prefetchReaderData } from './readerPrefetch';

const CACHE_SIZE = 4;

type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface FocusRequest {
  documentId: string;
  /** The block to show, or null for the top of the document (its title). */
  blockId: string | null;
  /** Whether to flash the block (arriving from a search result). */
  flash: boolean;
  /** The search query that led here: its words are marked in the block. */
  query?: string;
  /** Increases with every request, so asking for the same block twice still acts. */
  nonce: number;
}

export interface DocumentState {
  documentId: string | null;
  current: DocumentView | null;
  status: Status;
  /** Whether every window of the open document has arrived (the reader shows the first ones at once). */
  complete: boolean;
  error: string | null;
  cache: DocumentView[];
  focusRequest: FocusRequest | null;
  open(documentId: string): Promise<void>;
  close(): void;
  requestFocus(documentId: string, blockId: string | null, flash?: boolean, query?: string): void;
  /** The reader calls this once it has scrolled to and focused the requested place. */
  consumeFocusRequest(nonce: number): void;
  dismissError(): void;
}

let nonce = 0;

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  documentId: null,
  current: null,
  status: 'idle',
  complete: false,
  error: null,
  cache: [],
  focusRequest: null,
  async open(documentId) {
    const state = get();
    if (state.documentId === documentId && state.status !== 'error') return;
    const cached = state.cache.find((d) => d.document.id === documentId);
    if (cached) {
      set({ documentId, current: cached, status: 'ready', error: null, complete: true });
      return;
    }
    set({ documentId, current: null, status: 'loading', error: null, complete: false });
    prefetchReaderData(documentId);
    // The first blocks in a small window, shown at once; the rest in windows of at most ~1 MB each
    // (document:get never answers more), asked for when the page is idle (api/documentWindows.ts).
    const result = await fetchWholeDocument(
      readerWindows(documentId),
      (view, complete) => set({ current: view, status: 'ready', complete }),
      () => get().documentId === documentId, // Another document was opened meanwhile.
    );
    if (!result) return;
    if (result.ok) {
      const cache = [result.value, ...get().cache.filter((d) => d.document.id !== documentId)].slice(0, CACHE_SIZE);
      set({ cache });
    } else {
      set({ status: 'error', error: result.error.message });
    }
  },
  close() {
    set({ documentId: null, current: null, status: 'idle', complete: false, error: null, focusRequest: null });
  },
  requestFocus(documentId, blockId, flash = false, query) {
    nonce += 1;
    set({ focusRequest: { documentId, blockId, flash, nonce, ...(query !== undefined && { query }) } });
  },
  consumeFocusRequest(done) {
    if (get().focusRequest?.nonce === done) set({ focusRequest: null });
  },
  dismissError() {
    set({ error: null });
  },
}));

export const selectCurrentDocument = (s: DocumentState): DocumentView | null => s.current;
export const selectDocumentComplete = (s: DocumentState): boolean => s.complete;
export const selectDocumentStatus = (s: DocumentState): Status => s.status;
export const selectOpenDocumentId = (s: DocumentState): string | null => s.documentId;
export const selectFocusRequest = (s: DocumentState): FocusRequest | null => s.focusRequest;
