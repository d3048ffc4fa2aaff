import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayHeading } from '../../i18n/format';
import { groupAgenda, selectItems, selectSession, useAgenda } from '../../api/agenda';
import { selectOpenImportCount, useDocImportStore } from '../../stores/docImportStore';
import { useEditorStore } from '../../stores/editorStore';
import { selectLocale, useSettings } from '../../api/settings';
import { sessionDays } from '../../../../shared/agenda/order';
import { ItemCard } from './ItemCard';
import { ItemForm } from './ItemForm';

const focusSoon = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The agenda as the secretariat edits it: by day and sitting, items with their documents. */
export function AgendaEditor() {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const items = useAgenda(selectItems);
  const locale = useSettings(selectLocale);
  const openImports = useDocImportStore(selectOpenImportCount);
  const [adding, setAdding] = useState(false);
  const groups = useMemo(() => groupAgenda(items), [items]);
  const days = useMemo(
    () =>
      session
        ? sessionDays(
            session.startDate,
            session.endDate,
            items.map((i) => i.day),
          )
        : [],
    [session, items],
  );
  const lastId = items[items.length - 1]?.id;

  return (
    <section className="ed-panel" aria-labelledby="ed-agenda-heading">
      <div className="ed-panel-head">
        <h2 id="ed-agenda-heading" className="ed-panel-title" tabIndex={-1}>
          {t('agendaEditor.heading')}
        </h2>
        {!adding && (
          <button type="button" className="ed-button ed-button-primary" id="ed-add-item" onClick={() => setAdding(true)}>
            {t('agendaEditor.add')}
          </button>
        )}
      </div>
      <p className="ed-lead">{t('agendaEditor.lead')}</p>
      {openImports > 0 && (
        <div className="ed-notice">
          <p>{t('docImport.pending', { count: openImports })}</p>
          <button
            type="button"
            className="ed-button ed-button-small"
            onClick={() => useEditorStore.getState().showScreen({ name: 'import' })}
          >
            {t('docImport.showPending')}
          </button>
        </div>
      )}
      {adding && (
        <div className="ed-add-box">
          <ItemForm
            item={null}
            days={days}
            onDone={() => {
              setAdding(false);
              focusSoon('#ed-add-item');
            }}
          />
        </div>
      )}
      {items.length === 0 && <p className="ed-empty">{t('agenda.empty')}</p>}
      {groups.map((day) => (
        <div key={day.day} className="ed-day">
          <h3 id={`ed-day-${day.day}`} className="ed-day-heading">
            {formatDayHeading(day.day, locale)}
          </h3>
          {day.sittings.map((sitting) => (
            <div key={sitting.sitting} className="ed-sitting">
              <h4 className="ed-sitting-heading">{t(`agenda.sitting.${sitting.sitting}`)}</h4>
              <ol className="ed-items">
                {sitting.items.map((item) => (
                  <ItemCard
                    key={item.id}
                    item={item}
                    isFirst={item.id === items[0]?.id}
                    isLast={item.id === lastId}
                    days={days}
                    onRemoved={() => focusSoon('#ed-agenda-heading')}
                  />
                ))}
              </ol>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
