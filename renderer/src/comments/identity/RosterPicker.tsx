import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '../../../../shared/domain/types';
import { fold } from '../../../../shared/text/fold';

interface Props {
  roster: readonly RosterEntry[];
  illustrative: boolean;
  selectedId: string | null;
  onSelect(id: string): void;
}

function matches(entry: RosterEntry, words: readonly string[]): boolean {
  const haystack = fold(`${entry.name} ${entry.delegation} ${entry.constituency ?? ''}`);
  return words.every((w) => haystack.includes(w));
}

/** The session's delegates as one radio group, filtered as you type (accents optional). */
export function RosterPicker({ roster, illustrative, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => {
    const words = fold(deferred).split(/\s+/u).filter(Boolean);
    return words.length === 0 ? roster : roster.filter((e) => matches(e, words));
  }, [roster, deferred]);

  return (
    <div className="roster-picker">
      <div className="roster-search-row">
        <label htmlFor="roster-search">{t('identity.searchLabel')}</label>
        {illustrative && <span className="sample-tag">{t('identity.illustrative')}</span>}
      </div>
      <input
        id="roster-search"
        type="search"
        className="field-input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('identity.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        aria-controls="roster-list"
      />
      <p className="roster-count" role="status">
        {t('identity.found', { count: shown.length })}
      </p>
      <fieldset id="roster-list" className="roster-list">
        <legend className="visually-hidden">{t('identity.rosterLegend')}</legend>
        {shown.map((entry) => (
          <label key={entry.id} className={`roster-entry${entry.id === selectedId ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="roster-entry"
              value={entry.id}
              checked={entry.id === selectedId}
              onChange={() => onSelect(entry.id)}
            />
            <span className="roster-entry-text">
              <span className="roster-name">{entry.name}</span>
              <span className="roster-delegation">{entry.delegation}</span>
              {entry.title && <span className="roster-title">{entry.title}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
