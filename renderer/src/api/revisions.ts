/**
 * A document's revised draft (`revisions:list`: pending changes, conflicts, stale ones), in the
 * query cache. An answer with a wording (`changed:comments`), a new version (`changed:agenda`
 * naming the document) or another dossier invalidates it; the secretariat's own actions on it
 * (which main announces to no one) read it again themselves.
 */
import { useQuery } from '@tanstack/react-query';
import type { RevisionView } from '../../../shared/domain/revisions';
import { queryClient } from './queries';
import { revisionsQuery } from './serverQueries';

export function useRevisions(documentId: string): {
  view: RevisionView | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
} {
  const { data, status, error } = useQuery(revisionsQuery(documentId));
  return {
    view: data ?? null,
    status: status === 'success' ? 'ready' : status === 'error' ? 'error' : 'loading',
    error: error?.message ?? null,
  };
}

/** After this window's action on the draft: the changes as main has them now. */
export function refreshRevisions(documentId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: revisionsQuery(documentId).queryKey });
}
