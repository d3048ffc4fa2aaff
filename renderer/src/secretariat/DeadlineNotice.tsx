import { useTranslation } from 'react-i18next';
import { selectSession, useAgenda } from '../api/agenda';
import { useDeadline } from './useDeadline';

/** "Hạn gửi góp ý: 17:00 ngày 05/12/2019 — còn 2 ngày 4 giờ" (or "đã quá hạn"), as a banner. */
export function DeadlineNotice() {
  const { t } = useTranslation();
  const deadline = useDeadline();
  const session = useAgenda(selectSession);
  if (!session) return null;
  if (!deadline) return <p className="sx-deadline-notice">{t('commentDeadline.none')}</p>;
  return (
    <p className={`sx-deadline-notice${deadline.past ? ' is-past' : ''}`}>
      <span className="sx-deadline-icon" aria-hidden="true" />
      <span>
        <strong>{t('commentDeadline.label')}:</strong> {deadline.when}
      </span>
      <span className="sx-deadline-left">{deadline.left}</span>
    </p>
  );
}

/** The same, compact, for the navigation bar; when the header is short of room, the date is in its title only. */
export function DeadlineChip({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  if (!deadline) return null;
  return (
    <p
      className={`sx-deadline-chip${deadline.past ? ' is-past' : ''}`}
      title={compact ? `${t('commentDeadline.label')}: ${deadline.when}` : undefined}
    >
      <span className="visually-hidden">{t('commentDeadline.label')}: </span>
      <span aria-hidden="true">{t('commentDeadline.short')}</span>
      {compact ? <span className="visually-hidden">{deadline.when}</span> : deadline.when}
      <span className="sx-deadline-chip-left">{deadline.left}</span>
    </p>
  );
}
