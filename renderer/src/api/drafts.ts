/**
 * The drafts stored in main (what the user left unsaved, offered again on the next visit), as the
 * query cache holds them (`drafts:list`). A save here or in another window (the `changed:drafts`
 * event) patches the list; the typing and its debounced saves are the drafts store's (stores/draftsStore.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { Draft } from '../../../shared/domain/comments';
import { api } from './client';
import { queryClient } from './queries';
import { draftsQuery } from './serverQueries';

const EMPTY: Readonly<Record<string, Draft>> = {};
const byKey = (drafts: Draft[]): Record<string, Draft> => Object.fromEntries(drafts.map((d) => [d.key, d]));

/** The stored drafts by key, and whether they have been read (or failed to be) once. */
export function useStoredDrafts(): { drafts: Readonly<Record<string, Draft>>; loaded: boolean } {
  const { data, status } = useQuery({ ...draftsQuery(), select: byKey });
  return { drafts: data ?? EMPTY, loaded: status !== 'pending' };
}

/** The stored draft for a key as the cache holds it (null before the list is read). */
export const cachedDraft = (key: string): Draft | null =>
  queryClient.getQueryData(draftsQuery().queryKey)?.find((d) => d.key === key) ?? null;

/** Reads the list, unless the cache holds it. */
export function loadDrafts(): Promise<void> {
  return queryClient.prefetchQuery(draftsQuery());
}

/** The stored draft for a key, fetched fresh from main (the list may still be on its way). */
export async function fetchDraft(key: string): Promise<Draft | null> {
  const result = await api.draftsGet({ key });
  return result.ok ? result.value : null;
}
