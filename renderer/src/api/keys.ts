/**
 * Delegates' keys as the secretariat sees them (`keys:list`), in the query cache: a comment
 * package brings new keys and a decision changes them, both announced by `changed:comments`.
 */
import { useQuery } from '@tanstack/react-query';
import type { DelegateKeyView } from '../../../shared/domain/office';
import { queryClient } from './queries';
import { keysQuery } from './serverQueries';

const NONE: DelegateKeyView[] = [];

/** The keys, and why they could not be read. */
export function useDelegateKeys(): { keys: DelegateKeyView[]; error: string | null } {
  const { data, error } = useQuery(keysQuery());
  return { keys: data ?? NONE, error: error?.message ?? null };
}

/** After this window's decision: the keys as main has them now. */
export function refreshKeys(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: keysQuery().queryKey });
}
