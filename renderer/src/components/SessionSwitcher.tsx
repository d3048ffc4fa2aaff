import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSession, useAgenda } from '../api/agenda';
import { useSessions } from '../api/sessions';
import { useSessionsStore } from '../stores/sessionsStore';

/** Lets the user go back to another session of this installation; hidden when there is only one. */
export function SessionSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const current = useAgenda(selectSession);
  const sessions = useSessions();
  const error = useSessionsStore((s) => s.error);
  const open = useSessionsStore((s) => s.open);
  if (sessions.length < 2 || !current) return null;
  return (
    <div className="session-switcher">
      <label htmlFor={id}>{t('sessions.label')}</label>
      <select id={id} value={current.id} onChange={(event) => void open(event.target.value)}>
        {sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {`${s.name} — ${s.councilShort} ${s.term} (${s.startDate.slice(0, 4)})`}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
