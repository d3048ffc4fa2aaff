import { useTranslation } from 'react-i18next';
import { selectFilters, usePanelStore } from '../../stores/commentsPanelStore';
import { selectItems, useAgenda } from '../../api/agenda';
import { STANCES, type Stance } from '../shared/stance';

const ALL = '';
const GENERAL = 'general';

/** Narrow the list by agenda item, document and stance; deleted comments only on request. */
export function CommentFiltersBar() {
  const { t } = useTranslation();
  const filters = usePanelStore(selectFilters);
  const items = useAgenda(selectItems);
  const set = usePanelStore((s) => s.setFilters);
  const item = items.find((i) => i.id === filters.itemId) ?? null;
  const documents = item ? item.documents : items.flatMap((i) => i.documents);
  return (
    <fieldset className="comment-filters">
      <legend className="visually-hidden">{t('comments.filters.legend')}</legend>
      <label className="filter">
        <span className="filter-label">{t('comments.filters.item')}</span>
        <select value={filters.itemId ?? ALL} onChange={(e) => set({ itemId: e.target.value || null, documentId: null })}>
          <option value={ALL}>{t('comments.filters.allItems')}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.order}. {i.title}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('comments.filters.document')}</span>
        <select value={filters.documentId ?? ALL} onChange={(e) => set({ documentId: e.target.value || null })}>
          <option value={ALL}>{t('comments.filters.allDocuments')}</option>
          {item && <option value={GENERAL}>{t('comments.filters.generalOnly')}</option>}
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {t(`documentKind.${d.kind}`)}: {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('comments.filters.stance')}</span>
        <select value={filters.stance ?? ALL} onChange={(e) => set({ stance: (e.target.value || null) as Stance | null })}>
          <option value={ALL}>{t('comments.filters.allStances')}</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {t(`comments.stance.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={filters.showDeleted} onChange={(e) => set({ showDeleted: e.target.checked })} />
        {t('comments.filters.showDeleted')}
      </label>
    </fieldset>
  );
}
