import { useTranslation } from 'react-i18next';
import type { RevisionChange } from '../../../shared/domain/revisions';

/** Who is behind a change: the delegates whose comments it takes, the answer, the secretariat's reason. */
export function ChangeSources({ change }: { change: RevisionChange }) {
  const { t } = useTranslation();
  return (
    <div className="rv-sources">
      {change.sources.length > 0 && (
        <ul className="rv-source-list" aria-label={t('revised.change.sources')}>
          {change.sources.map((s) => (
            <li key={s.commentId} className="rv-source">
              <strong>{s.authorName}</strong>
              {s.authorDelegation && <span className="sx-muted"> · {s.authorDelegation}</span>}
              {s.answerKind && (
                <span className="rv-source-answer">
                  {' '}
                  — {t(`compile.answer.kind.${s.answerKind}`)}
                  {s.answerText ? `: ${s.answerText}` : ''}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {change.origin === 'direct' && <p className="rv-origin">{t('revised.change.direct')}</p>}
      {change.origin === 'merged' && <p className="rv-origin">{t('revised.change.merged')}</p>}
      {change.reason && (
        <p className="rv-reason">
          <span className="rv-reason-label">{t('revised.change.reason')}</span> {change.reason}
        </p>
      )}
    </div>
  );
}
