/**
 * Full-text search across the session's documents: the text in the field and the text asked of
 * main (after a short pause in typing). The answers are in the query cache (api/search.ts).
 */
import { create } from 'zustand';
import { LIMITS } from '../../../shared/ipc/limits';

export const SEARCH_DEBOUNCE_MS = 150;
const MAX_QUERY_LENGTH = LIMITS.query;

export interface SearchState {
  /** The text in the field. */
  query: string;
  /** The text asked of main: the field's once typing paused (blank: nothing asked). */
  asked: string;
  /** The failure of this `asked` text was put away by the user. */
  errorDismissed: boolean;
  /** Sets the query text; the search runs after a short pause in typing, or at once if `immediate`. */
  setQuery(query: string, options?: { immediate?: boolean }): void;
  clear(): void;
  dismissError(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useSearchStore = create<SearchState>()((set) => {
  const ask = (asked: string) => set({ asked, errorDismissed: false });
  return {
    query: '',
    asked: '',
    errorDismissed: false,
    setQuery(raw, options) {
      const query = raw.slice(0, MAX_QUERY_LENGTH);
      if (timer !== undefined) clearTimeout(timer);
      set({ query });
      if (!query.trim() || options?.immediate) ask(query.trim() ? query : '');
      else timer = setTimeout(() => ask(query), SEARCH_DEBOUNCE_MS);
    },
    clear() {
      if (timer !== undefined) clearTimeout(timer);
      set({ query: '', asked: '', errorDismissed: false });
    },
    dismissError() {
      set({ errorDismissed: true });
    },
  };
});

export const selectQuery = (s: SearchState): string => s.query;
export const selectAsked = (s: SearchState): string => s.asked;
