/**
 * Full-text search answers in the query cache (`search:query`, one query per text asked). The
 * text typed and its debounce are the search store's (stores/searchStore.ts); a new document, a
 * new version or another session (`changed:agenda`, `changed:dossier`) invalidates the answers.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResult } from '../../../shared/domain/types';
import { searchQuery } from './serverQueries';

/** Answers not shown for this long are dropped (the others stay until an event). */
const SEARCH_GC_MS = 5 * 60_000;

export interface SearchAnswer {
  /** The last answer, for `query` or (while its answer is on its way) the one before. */
  result: SearchResult | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

/** The answer to `query` (nothing for a blank one); the previous answer stays shown meanwhile. */
export function useSearch(query: string): SearchAnswer {
  const asked = query.trim() !== '';
  const { data, status, error, isPlaceholderData } = useQuery({
    ...searchQuery(query),
    enabled: asked,
    gcTime: SEARCH_GC_MS,
    placeholderData: keepPreviousData,
  });
  if (!asked) return { result: null, status: 'idle', error: null };
  return {
    result: data ?? null,
    status: status === 'error' ? 'error' : status === 'pending' || isPlaceholderData ? 'loading' : 'ready',
    error: error?.message ?? null,
  };
}
