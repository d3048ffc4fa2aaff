import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useMyKeyDecisions } from '../api/office';
import { selectLocale, useSettings } from '../api/settings';
import '../styles/roles.css';

/**
 * The office's decisions on my new keys (a new laptop), as the last dossier carried them: approved
 * (my packages from the new machine are taken) or refused (they are not: what to do next).
 */
export function MyKeyDecisions() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const decisions = useMyKeyDecisions();
  if (decisions.length === 0) return null;
  return (
    <div className="rl-my-keys" role="group" aria-label={t('roles.myKeys.label')}>
      <p className="sx-step-text">
        <strong>{t('roles.myKeys.label')}</strong>
      </p>
      <ul className="rl-my-keys-list">
        {decisions.map((d) => (
          <li
            key={`${d.newFingerprint}-${d.decidedAt}`}
            className={`sx-outcome ${d.decision === 'approved' ? 'is-ok' : 'is-error'}`}
            data-decision={d.decision}
          >
            <span>
              {t(d.decision === 'approved' ? 'roles.myKeys.approved' : 'roles.myKeys.refused', {
                at: formatDateTime(d.decidedAt, locale),
                fingerprint: d.newFingerprint,
                old: d.oldFingerprint,
                reason: d.reason,
              })}
              {d.decision === 'refused' && <> {t('roles.myKeys.refusedNext')}</>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
