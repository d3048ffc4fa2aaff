import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { selectCommentById, selectHistory, useCommentsStore } from '../../stores/commentsStore';
import { selectLocale, useSettingsStore } from '../../stores/settingsStore';
import { Modal } from '../shared/Modal';
import { lineLabel } from '../shared/PassageContext';
import { stanceClass } from '../shared/stance';
import { WordDiff } from '../shared/WordDiff';

/** Every revision of a comment, newest first: number, time, stance, text, proposed wording, deletion. */
export function HistoryDialog() {
  const { t } = useTranslation();
  const locale = useSettingsStore(selectLocale);
  const history = useCommentsStore(selectHistory);
  const comment = useCommentsStore(selectCommentById(history?.commentId ?? null));
  if (!history) return null;
  const close = () => useCommentsStore.getState().closeHistory();
  const revisions = [...history.revisions].reverse();
  const anchor = comment?.anchor ?? null;
  return (
    <Modal labelledBy="history-title" describedBy="history-lead" dismissible onDismiss={close} className="history-dialog">
      <div className="modal-form">
        <header className="modal-head">
          <h2 id="history-title">{t('comments.history.title')}</h2>
          <p id="history-lead" className="modal-lead">
            {anchor ? `${lineLabel(t, anchor.lineFirst, anchor.lineLast)} — “${anchor.quote}”` : t('comments.history.lead')}
          </p>
        </header>
        <div className="modal-body history-body">
          {history.status === 'loading' && <p role="status">{t('app.loading')}</p>}
          {history.error && (
            <p className="form-error" role="alert">
              {history.error}
            </p>
          )}
          <ol className="history-list">
            {revisions.map((r) => (
              <li key={r.revision} className={`history-entry${r.deleted ? ' is-deleted' : ''}`}>
                <p className="history-head">
                  <strong>{t('comments.revision', { n: r.revision })}</strong>
                  <span className="sep" aria-hidden="true">
                    ·
                  </span>
                  <time dateTime={r.updatedAt}>{formatDateTime(r.updatedAt, locale)}</time>
                  {r.deleted ? (
                    <span className="deleted-tag">{t('comments.history.deleted')}</span>
                  ) : (
                    <span className={`stance-chip ${stanceClass(r.stance)}`}>{t(`comments.stance.${r.stance}`)}</span>
                  )}
                </p>
                {!r.deleted && (
                  <>
                    <p className="history-text">{r.text}</p>
                    {anchor && r.proposedText && (
                      <p className="diff-box">
                        <span className="comment-proposal-label">{t('comments.proposal')}: </span>
                        <WordDiff before={anchor.quote} after={r.proposedText} compact />
                      </p>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
        <footer className="modal-actions">
          <button type="button" className="button" onClick={close}>
            {t('comments.history.close')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
