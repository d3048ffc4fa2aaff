import { useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaItemEntry } from './agenda/AgendaItemEntry';
import { useRevealInPane } from '../hooks/useRevealInPane';
import { formatDayHeading } from '../i18n/format';
import { groupAgenda, selectItems, useAgenda, useAgendaState } from '../api/agenda';
import { selectLocale, useSettings } from '../api/settings';

interface Props {
  openDocumentId: string | null;
  onOpenDocument(documentId: string): void;
}

/** ↑/↓ move between the agenda's document links (Tab reaches them too). */
function moveBetweenDocuments(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!target.classList.contains('agenda-doc')) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.agenda-doc'));
  const next = links[links.indexOf(target as HTMLAnchorElement) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** The session agenda, by day and sitting, with each item's documents. */
export function AgendaView({ openDocumentId, onOpenDocument }: Props) {
  const { t } = useTranslation();
  const items = useAgenda(selectItems);
  const { status } = useAgendaState();
  const locale = useSettings(selectLocale);
  const days = useMemo(() => groupAgenda(items), [items]);
  useRevealInPane('.agenda-pane', openDocumentId && days.length > 0 ? `a[data-document-id="${openDocumentId}"]` : null);

  return (
    <div className="agenda" onKeyDown={moveBetweenDocuments}>
      <h2 id="agenda-heading" className="agenda-heading">
        {t('agenda.heading')}
      </h2>
      {status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {status === 'ready' && days.length === 0 && <p>{t('agenda.empty')}</p>}
      {days.map((day) => (
        <section key={day.day} className="agenda-day" aria-labelledby={`day-${day.day}`}>
          <h3 id={`day-${day.day}`} className="agenda-day-heading">
            {formatDayHeading(day.day, locale)}
          </h3>
          {day.sittings.map((sitting) => (
            <div key={sitting.sitting} className="agenda-sitting">
              <h4 className="agenda-sitting-heading">{t(`agenda.sitting.${sitting.sitting}`)}</h4>
              <ol className="agenda-items">
                {sitting.items.map((item) => (
                  <AgendaItemEntry key={item.id} item={item} openDocumentId={openDocumentId} onOpen={onOpenDocument} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
