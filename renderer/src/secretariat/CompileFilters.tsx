import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCES, type Stance } from '../../../shared/domain/comments';
import type { CompiledFilter } from '../../../shared/domain/compile';
import { selectItems, useAgenda } from '../api/agenda';
import { selectFilter, useCompileStore, useCompiledView } from '../stores/compileStore';

const ANSWERED = [
  ['unanswered', 'compile.filter.unanswered'],
  ['answered', 'compile.filter.answeredOnly'],
  ['revised', 'compile.filter.revisedOnly'],
] as const;

const QUERY_DELAY_MS = 300;

/** Words to find in the comments, sent once typing pauses; accents optional. */
function QueryFilter({ value, onChange }: { value: string; onChange(query: string | undefined): void }) {
  const { t } = useTranslation();
  // The box is remounted when the filters are reset, so what is typed here is the only source.
  const [typed, setTyped] = useState(value);
  useEffect(() => {
    if (typed.trim() === value) return;
    const timer = setTimeout(() => onChange(typed.trim() || undefined), QUERY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, value, onChange]);
  return (
    <div className="sx-filter sx-filter-query">
      <label className="sx-filter-label" htmlFor="sx-filter-query">
        {t('compile.filter.query')}
      </label>
      <input
        id="sx-filter-query"
        type="search"
        value={typed}
        maxLength={200}
        placeholder={t('compile.filter.queryHint')}
        onChange={(e) => setTyped(e.target.value)}
      />
    </div>
  );
}

/** Filters of the compiled view: words, document, stance, delegation, answered or not. */
export function CompileFilters() {
  const { t } = useTranslation();
  const filter = useCompileStore(selectFilter);
  const view = useCompiledView().compiled?.view ?? null;
  const items = useAgenda(selectItems);
  const setFilter = useCompileStore((s) => s.setFilter);
  const conflictsOnly = useCompileStore((s) => s.conflictsOnly);
  const setConflictsOnly = useCompileStore((s) => s.setConflictsOnly);
  const setQuery = useCallback((query: string | undefined) => void setFilter({ query }), [setFilter]);
  const change = (patch: Partial<CompiledFilter>) => void setFilter(patch);
  const active = Object.keys(filter).length > 0;
  // "Bỏ lọc" also drops words still being typed (not yet sent): the box starts afresh.
  const [resets, setResets] = useState(0);
  return (
    <div className="sx-compile-filters" role="group" aria-label={t('compile.filter.label')}>
      <QueryFilter key={resets} value={filter.query ?? ''} onChange={setQuery} />
      <div className="sx-filter">
        <label className="sx-filter-label" htmlFor="sx-filter-document">
          {t('compile.filter.document')}
        </label>
        <select
          id="sx-filter-document"
          value={filter.documentId ?? ''}
          onChange={(e) => change({ documentId: e.target.value || undefined })}
        >
          <option value="">{t('compile.filter.allDocuments')}</option>
          {items
            .filter((item) => item.documents.length > 0)
            .map((item) => (
              <optgroup key={item.id} label={item.title}>
                {item.documents.map((doc) => (
                  <option key={doc.id} value={doc.id}>
                    {doc.title}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <div className="sx-filter">
        <label className="sx-filter-label" htmlFor="sx-filter-stance">
          {t('compile.filter.stance')}
        </label>
        <select
          id="sx-filter-stance"
          value={filter.stance ?? ''}
          onChange={(e) => change({ stance: (e.target.value || undefined) as Stance | undefined })}
        >
          <option value="">{t('compile.filter.allStances')}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {t(`compile.stance.${stance}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="sx-filter">
        <label className="sx-filter-label" htmlFor="sx-filter-delegation">
          {t('compile.filter.delegation')}
        </label>
        <select
          id="sx-filter-delegation"
          value={filter.delegation ?? ''}
          onChange={(e) => change({ delegation: e.target.value || undefined })}
        >
          <option value="">{t('compile.filter.allDelegations')}</option>
          {(view?.delegations ?? []).map((delegation) => (
            <option key={delegation} value={delegation}>
              {delegation}
            </option>
          ))}
        </select>
      </div>
      <div className="sx-filter">
        <label className="sx-filter-label" htmlFor="sx-filter-answered">
          {t('compile.filter.answered')}
        </label>
        <select
          id="sx-filter-answered"
          value={filter.answered ?? ''}
          onChange={(e) => change({ answered: (e.target.value || undefined) as CompiledFilter['answered'] })}
        >
          <option value="">{t('compile.filter.allAnswers')}</option>
          {ANSWERED.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <div className="sx-filter sx-filter-conflicts">
        <label>
          <input type="checkbox" checked={conflictsOnly} onChange={(e) => setConflictsOnly(e.target.checked)} />{' '}
          {t('compile.filter.conflictsOnly')}
        </label>
      </div>
      {(active || conflictsOnly) && (
        <button
          type="button"
          className="sx-button sx-button-quiet sx-filter-reset"
          onClick={() => {
            setResets((n) => n + 1);
            setConflictsOnly(false);
            change({ documentId: undefined, stance: undefined, delegation: undefined, answered: undefined, query: undefined });
          }}
        >
          {t('compile.filter.reset')}
        </button>
      )}
    </div>
  );
}
