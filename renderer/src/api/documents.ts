/**
 * Documents as the query cache holds them (`document:get`, joined from its windows), with their
 * version marks: the open one and the few read before it (the cache keeps `RECENT_DOCUMENTS`). A new
 * version or a removal (`changed:agenda` naming the document) or another dossier drops them.
 * Which document is open, and where to scroll, is the document store's.
 */
import { useQuery } from '@tanstack/react-query';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { VersionMarks } from '../../../shared/domain/revisions';
import type { DocumentView } from '../../../shared/domain/types';
import { loadNotes } from './notes';
import { queryClient } from './queries';
import { documentQuery, versionMarksQuery } from './serverQueries';

/** Documents kept in the cache besides the open one (a whole document can be several MB). */
const RECENT_DOCUMENTS = 4;
/** Most recent first. */
let recent: string[] = [];

export interface OpenDocument {
  /** The document so far: its first blocks, then all of them. */
  view: DocumentView | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Whether every window has arrived. */
  complete: boolean;
  error: Error | null;
}

/** A document (null: none open) as the cache holds it; the reader and the panels read it here. */
export function useDocument(documentId: string | null): OpenDocument {
  const { data, status, fetchStatus, error } = useQuery({ ...documentQuery(documentId ?? ''), enabled: documentId !== null });
  if (documentId === null) return { view: null, status: 'idle', complete: false, error: null };
  return {
    view: data ?? null,
    status: status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading',
    complete: status === 'success' && fetchStatus === 'idle',
    error: status === 'error' ? error : null,
  };
}

/** Puts a document first among those kept, and drops the oldest past the few kept. */
function remember(documentId: string): void {
  recent = [documentId, ...recent.filter((id) => id !== documentId)];
  for (const old of recent.slice(RECENT_DOCUMENTS)) {
    // Never one a screen is showing (the reader, beside a few quote lookups).
    if (
      queryClient
        .getQueryCache()
        .find({ queryKey: documentQuery(old).queryKey, exact: true })
        ?.getObserversCount()
    )
      continue;
    queryClient.removeQueries({ queryKey: documentQuery(old).queryKey, exact: true });
    queryClient.removeQueries({ queryKey: versionMarksQuery(old).queryKey, exact: true });
  }
  recent = recent.slice(0, RECENT_DOCUMENTS);
}

/**
 * Starts reading a document and what the reader shows beside it (version marks, private notes),
 * together rather than after its first render (issue 18); the oldest documents past the few kept
 * are dropped from the cache.
 */
export function loadDocument(documentId: string): Promise<void> {
  remember(documentId);
  void queryClient.prefetchQuery(versionMarksQuery(documentId));
  void loadNotes(documentId);
  return queryClient.prefetchQuery(documentQuery(documentId));
}

/**
 * Drops a document (or all: null) and its version marks: a new version, a removal, another
 * dossier. With `reread`, a document some screen shows is read again at once (awaited).
 */
export async function forgetDocument(documentId: string | null, reread: boolean): Promise<void> {
  const keys = documentId
    ? [documentQuery(documentId).queryKey, versionMarksQuery(documentId).queryKey]
    : [[CHANNELS.documentGet], [CHANNELS.documentsVersionMarks]];
  if (!documentId) recent = [];
  if (reread) await Promise.all(keys.map((queryKey) => queryClient.resetQueries({ queryKey })));
  else for (const queryKey of keys) queryClient.removeQueries({ queryKey });
}

/** What the latest dossier changed in a document (null until read, or if it could not be). */
export function useVersionMarks(documentId: string): VersionMarks | null {
  return useQuery(versionMarksQuery(documentId)).data ?? null;
}

/** A whole document (from the cache when it holds all of it), or main's refusal in the user's words. */
export async function fetchDocument(
  documentId: string,
): Promise<{ ok: true; view: DocumentView } | { ok: false; message: string }> {
  remember(documentId);
  const query = documentQuery(documentId);
  // The cache may hold the first windows of a document still arriving: wait for the rest.
  const arriving = queryClient.getQueryState(query.queryKey)?.fetchStatus === 'fetching';
  try {
    return { ok: true, view: await queryClient.fetchQuery({ ...query, ...(arriving && { staleTime: 0 }) }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
