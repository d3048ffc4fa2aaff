/**
 * A whole document through document:get's windows (no answer over 1 MB): for the screens that need
 * every block (revised draft, a comment entered on someone's behalf); the reader shows the first
 * windows while the rest arrive (stores/documentStore.ts).
 */
import { fetchWholeDocument } from '../../../shared/domain/document-window';
import type { DocumentView } from '../../../shared/domain/types';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from './client';

export async function getWholeDocument(documentId: string): Promise<Envelope<DocumentView>> {
  return (await fetchWholeDocument((cursor) => api.documentGet({ documentId, ...cursor })))!;
}
