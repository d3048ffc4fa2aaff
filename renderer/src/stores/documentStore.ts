/**
 * Which document is open and the pending "go to this block" request that the reader fulfils by
 * scrolling to the block and focusing it. The document itself is in the query cache
 * (api/documents.ts: `useDocument(openId)`).
 */
import { create } from 'zustand';
import { loadDocument, useDocument, type OpenDocument } from '../api/documents';

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
  focusRequest: FocusRequest | null;
  /** Opens a document; resolves once it has been read (or failed to be). */
  open(documentId: string): Promise<void>;
  close(): void;
  requestFocus(documentId: string, blockId: string | null, flash?: boolean, query?: string): void;
  /** The reader calls this once it has scrolled to and focused the requested place. */
  consumeFocusRequest(nonce: number): void;
}

let nonce = 0;

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  documentId: null,
  focusRequest: null,
  async open(documentId) {
    set({ documentId });
    await loadDocument(documentId);
  },
  close() {
    set({ documentId: null, focusRequest: null });
  },
  requestFocus(documentId, blockId, flash = false, query) {
    nonce += 1;
    set({ focusRequest: { documentId, blockId, flash, nonce, ...(query !== undefined && { query }) } });
  },
  consumeFocusRequest(done) {
    if (get().focusRequest?.nonce === done) set({ focusRequest: null });
  },
}));

export const selectOpenDocumentId = (s: DocumentState): string | null => s.documentId;
export const selectFocusRequest = (s: DocumentState): FocusRequest | null => s.focusRequest;

/** The open document, as the query cache holds it. */
export function useOpenDocument(): OpenDocument {
  return useDocument(useDocumentStore(selectOpenDocumentId));
}
