import type { ChangeEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_INPUT_ID } from '../hooks/useGlobalShortcuts';
import { navigate, routeBeforeSearch, useRoute } from '../routing/route';
import { selectQuery, useSearchStore } from '../stores/searchStore';

export const RESULTS_LIST_ID = 'search-results';

/** Focuses the first search result, if there is one. */
export function focusFirstResult(): boolean {
  const first = document.querySelector<HTMLAnchorElement>(`#${RESULTS_LIST_ID} a`);
  first?.focus();
  return first !== null;
}

/**
 * The search field in the header. Typing shows results in the main pane (the search runs after a
 * short pause); Enter or ↓ moves to the results; Esc clears and returns to where the user was.
 */
export function SearchField() {
  const { t } = useTranslation();
  const route = useRoute();
  const query = useSearchStore(selectQuery);
  const setQuery = useSearchStore((s) => s.setQuery);
  const clear = useSearchStore((s) => s.clear);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setQuery(value);
    if (value.trim()) navigate({ name: 'search', query: value }, { replace: route.name === 'search' });
    else if (route.name === 'search') navigate(routeBeforeSearch(), { replace: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) {
        clear();
        if (route.name === 'search') navigate(routeBeforeSearch(), { replace: true });
      } else {
        document.getElementById('main')?.focus({ preventScroll: true });
      }
    } else if ((event.key === 'Enter' || event.key === 'ArrowDown') && query.trim()) {
      event.preventDefault();
      if (route.name !== 'search') {
        navigate({ name: 'search', query });
        return;
      }
      focusFirstResult();
    }
  };

  return (
    <div className="search-field" role="search">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={onChange}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
