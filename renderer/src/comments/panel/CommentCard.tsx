import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/comments';
import { formatDateTime } from '../../i18n/format';
import { useAnswer } from '../../api/comments';
import { selectLocale, useSettings } from '../../api/settings';
import { startComposing } from '../form/compose';
import { goToComment } from '../reader/navigate';
import { lineLabel, useWhere } from '../shared/PassageContext';
import { stanceClass } from '../shared/stance';
import { WordDiff } from '../shared/WordDiff';
import { AdoptionNote } from './AdoptionNote';
import { useCardFocus } from './useCardFocus';

interface Props {
  comment: Comment;
  mine: boolean;
  active: boolean;
  /** Changes when the card must take focus (activation from a marker, after saving). */
  focusNonce: number | null;
  onDelete(comment: Comment): void;
  onHistory(comment: Comment): void;
}

/** One comment: stance, where it points, the text, the proposed wording as a diff, and what can be done with it. */
export const CommentCard = memo(function CommentCard({ comment, mine, active, focusNonce, onDelete, onHistory }: Props) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const { document } = useWhere(comment.itemId, comment.documentId);
  const ref = useCardFocus<HTMLElement>(focusNonce, active);
  const headId = `comment-${comment.id}-head`;
  const anchor = comment.anchor;
  const answer = useAnswer(comment.id);

  const where = anchor
    ? lineLabel(t, anchor.lineFirst, anchor.lineLast)
    : t(comment.documentId ? 'comments.generalDocumentShort' : 'comments.generalItemShort');
  return (
    <article
      ref={ref}
      id={`comment-${comment.id}`}
      className={`comment-card ${stanceClass(comment.stance)}${active ? ' is-active' : ''}${comment.deleted ? ' is-deleted' : ''}`}
      aria-labelledby={headId}
      aria-current={active || undefined}
      tabIndex={-1}
      data-comment-id={comment.id}
    >
      <header className="comment-card-head">
        <span className="stance-chip">{t(`comments.stance.${comment.stance}`)}</span>
        <span id={headId} className="comment-where">
          <span className="visually-hidden">{t(`comments.stance.${comment.stance}`)}, </span>
          {where}
          {document && <span className="comment-doc"> · {t(`documentKind.${document.kind}`)}</span>}
        </span>
        {comment.deleted && <span className="deleted-tag">{t('comments.deleted')}</span>}
      </header>
      {anchor && (
        <blockquote className="comment-quote" title={anchor.path ?? undefined}>
          {anchor.quote}
        </blockquote>
      )}
      <p className="comment-text">{comment.text}</p>
      {anchor && comment.proposedText && (
        <div className="comment-proposal">
          <p className="comment-proposal-label">{t('comments.proposal')}</p>
          <p className="diff-box">
            <WordDiff before={anchor.quote} after={comment.proposedText} compact />
          </p>
        </div>
      )}
      {answer && (
        <section className={`comment-answer comment-answer-${answer.kind}`} aria-label={t('comments.answer.label')}>
          <p className="comment-answer-head">
            <span className="comment-answer-kind">{t(`comments.answer.kind.${answer.kind}`)}</span>
            <time dateTime={answer.answeredAt}>{formatDateTime(answer.answeredAt, locale)}</time>
          </p>
          <p className="comment-answer-text">{answer.text}</p>
          {answer.commentRevision !== null && comment.revision > answer.commentRevision && (
            <p className="comment-answer-outrun">{t('comments.answer.outrun', { n: answer.commentRevision })}</p>
          )}
          {answer.adoption && <AdoptionNote adoption={answer.adoption} />}
        </section>
      )}
      <footer className="comment-card-foot">
        <p className="comment-meta">
          {!mine && <span className="comment-author">{comment.author.name} · </span>}
          <time dateTime={comment.updatedAt}>{formatDateTime(comment.updatedAt, locale)}</time>
          {comment.revision > 1 && <span> · {t('comments.revision', { n: comment.revision })}</span>}
        </p>
        <div className="card-actions">
          {anchor && !comment.deleted && (
            <button type="button" className="link-button" aria-describedby={headId} onClick={() => goToComment(comment)}>
              {t('comments.actions.goTo')}
            </button>
          )}
          {mine && !comment.deleted && (
            <>
              <button
                type="button"
                className="link-button"
                aria-describedby={headId}
                onClick={() => startComposing({ kind: 'comment', mode: 'edit', commentId: comment.id })}
              >
                {t('comments.actions.edit')}
              </button>
              <button type="button" className="link-button danger" aria-describedby={headId} onClick={() => onDelete(comment)}>
                {t('comments.actions.delete')}
              </button>
            </>
          )}
          <button type="button" className="link-button" aria-describedby={headId} onClick={() => onHistory(comment)}>
            {t('comments.actions.history')}
          </button>
        </div>
      </footer>
    </article>
  );
});
