import { useCallback, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/types';
import { RESULTS_LIST_ID } from '../components/SearchField';
import { SearchHitItem } from '../components/SearchHitItem';
import { focusSearchField } from '../hooks/useGlobalShortcuts';
import { formatNumber } from '../i18n/format';
import { navigate } from '../routing/route';
import { useDocumentStore } from '../stores/documentStore';
import { useSearch } from '../api/search';
import { selectAsked, selectQuery, useSearchStore } from '../stores/searchStore';
import { selectLocale, useSettings } from '../api/settings';

/** ↑/↓ between results, Esc back to the search field. */
function onResultsKeyDown(event: KeyboardEvent<HTMLOListElement>): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    focusSearchField();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.hit-link'));
  const index = links.indexOf(event.target as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? links[index + 1] : index > 0 ? links[index - 1] : null;
  event.preventDefault();
  if (next) next.focus();
  else if (event.key === 'ArrowUp') focusSearchField();
}

/** Search results for the query in the header's field. */
export function SearchView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const query = useSearchStore(selectQuery);
  const { result, status } = useSearch(useSearchStore(selectAsked));
  const locale = useSettings(selectLocale);

  const openHit = useCallback(
    (hit: SearchHit) => {
      useDocumentStore.getState().requestFocus(hit.documentId, hit.blockId, true, result?.query ?? query);
      navigate({ name: 'doc', documentId: hit.documentId, blockId: hit.blockId });
    },
    [result, query],
  );

  let summary = '';
  if (result) {
    const formattedCount = formatNumber(result.total, locale);
    summary =
      result.total === 0
        ? t('search.empty')
        : t(result.totalCapped ? 'search.countCapped' : 'search.count', { count: result.total, formattedCount });
  } else if (status === 'loading') {
    summary = t('search.searching');
  }

  return (
    <section className="search-view" hidden={!active} aria-labelledby="search-heading">
      <h1 id="search-heading" className="view-heading">
        {t('search.heading')}
      </h1>
      {query.trim() && <p className="search-query">{t('search.queryEcho', { query: query.trim() })}</p>}
      <p className="search-summary" role="status">
        {active ? summary : ''}
      </p>
      {result && result.hits.length > 0 && (
        <ol id={RESULTS_LIST_ID} className="hits" aria-label={t('search.results')} onKeyDown={onResultsKeyDown}>
          {result.hits.map((hit) => (
            <SearchHitItem key={hit.blockId} hit={hit} onOpen={openHit} />
          ))}
        </ol>
      )}
      <p className="search-hint">{t('search.hint')}</p>
    </section>
  );
}
