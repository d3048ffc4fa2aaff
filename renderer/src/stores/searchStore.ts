/** Full-text search across the session's documents: the query, debounced requests, the result. */
import { create } from 'zustand';
import type { SearchResult } from '../../../shared/domain/types';
import { LIMITS } from '../../../shared/ipc/limits';
import { api } from '../api/client';

export const SEARCH_DEBOUNCE_MS = 150;
const MAX_QUERY_LENGTH = LIMITS.query;
const RESULT_LIMIT = 50;

type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchState {
  query: string;
  result: SearchResult | null;
  status: Status;
  error: string | null;
  /** Sets the query text; the search runs after a short pause in typing, or at once if `immediate`. */
  setQuery(query: string, options?: { immediate?: boolean }): void;
  clear(): void;
  dismissError(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let sequence = 0;

export const useSearchStore = create<SearchState>()((set, get) => {
  async function run(query: string): Promise<void> {
    const mine = ++sequence;
    set({ status: 'loading', error: null });
    const result = await api.searchQuery({ query, limit: RESULT_LIMIT });
    if (mine !== sequence || get().query !== query) return; // A newer query superseded this one.
    if (result.ok) set({ result: result.value, status: 'ready' });
    else set({ status: 'error', error: result.error.message });
  }

  return {
    query: '',
    result: null,
    status: 'idle',
    error: null,
    setQuery(raw, options) {
      const query = raw.slice(0, MAX_QUERY_LENGTH);
      if (timer !== undefined) clearTimeout(timer);
      set({ query });
      if (!query.trim()) {
        sequence++;
        set({ result: null, status: 'idle', error: null });
        return;
      }
      if (options?.immediate) void run(query);
      else timer = setTimeout(() => void run(query), SEARCH_DEBOUNCE_MS);
    },
    clear() {
      if (timer !== undefined) clearTimeout(timer);
      sequence++;
      set({ query: '', result: null, status: 'idle', error: null });
    },
    dismissError() {
      set({ error: null });
    },
  };
});

export const selectQuery = (s: SearchState): string => s.query;
export const selectResult = (s: SearchState): SearchResult | null => s.result;
export const selectSearchStatus = (s: SearchState): Status => s.status;
/** The result only when it answers the query now in the field (not a stale one). */
export const selectCurrentResult = (s: SearchState): SearchResult | null =>
  s.result && s.result.query === s.query.normalize('NFC') ? s.result : null;
