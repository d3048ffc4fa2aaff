import { useTranslation } from 'react-i18next';
import type { CommentRevision } from '../../../../shared/domain/comments';
import { formatDateTime } from '../../i18n/format';
import { selectCommentById, useCommentHistory, useMyComments } from '../../api/comments';
import { selectHistoryCommentId, useCommentsStore } from '../../stores/commentsStore';
import { selectLocale, useSettings } from '../../api/settings';
import { Modal } from '../shared/Modal';
import { lineLabel } from '../shared/PassageContext';
import { stanceClass } from '../shared/stance';
import { WordDiff } from '../shared/WordDiff';

type Revision = CommentRevision;

/**
 * One revision: its text and proposal, and what changed since the revision before it, as a word
 * diff (the same diff as proposals: deleted phrase struck, inserted phrase underlined).
 */
function RevisionBody({ revision, previous, quote }: { revision: Revision; previous: Revision | null; quote: string | null }) {
  const { t } = useTranslation();
  const r = revision;
  return (
    <>
      {previous && (
        <div className="history-changes">
          <p className="history-changes-title">{t('comments.history.changesFrom', { n: previous.revision })}</p>
          {previous.stance !== r.stance && (
            <p>
              {t('comments.history.stanceChanged', {
                from: t(`comments.stance.${previous.stance}`),
                to: t(`comments.stance.${r.stance}`),
              })}
            </p>
          )}
          {previous.text !== r.text ? (
            <p className="diff-box history-text-diff">
              <WordDiff before={previous.text} after={r.text} />
            </p>
          ) : (
            <p className="history-same">{t('comments.history.textSame')}</p>
          )}
          {(previous.proposedText ?? '') !== (r.proposedText ?? '') && (
            <p className="diff-box">
              <span className="comment-proposal-label">{t('comments.proposal')}: </span>
              <WordDiff before={previous.proposedText ?? quote ?? ''} after={r.proposedText ?? quote ?? ''} compact />
            </p>
          )}
        </div>
      )}
      <p className="history-text">{r.text}</p>
      {quote && r.proposedText && (
        <p className="diff-box">
          <span className="comment-proposal-label">{t('comments.proposal')}: </span>
          <WordDiff before={quote} after={r.proposedText} compact />
        </p>
      )}
    </>
  );
}

/** Every revision of a comment, newest first: number, time, stance, text, proposed wording, deletion. */
export function HistoryDialog() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const commentId = useCommentsStore(selectHistoryCommentId);
  const history = useCommentHistory(commentId);
  const comment = useMyComments(selectCommentById(commentId));
  if (!commentId) return null;
  const close = () => useCommentsStore.getState().closeHistory();
  const revisions = [...history.revisions].reverse();
  // Each revision against the one before it (the list is newest first).
  const previousOf = (index: number) => revisions.slice(index + 1).find((p) => !p.deleted) ?? null;
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
            {revisions.map((r, index) => (
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
                {!r.deleted && <RevisionBody revision={r} previous={previousOf(index)} quote={anchor?.quote ?? null} />}
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
