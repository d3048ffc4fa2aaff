import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledComment } from '../../../shared/domain/compile';
import { formatDateTime } from '../i18n/format';
import { selectIsSelected, useCompileStore } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';
import { StanceTag } from './StanceCounts';
import { WordingDiff } from './WordingDiff';
import '../styles/roles.css';

/** The secretariat's answer under a comment, with "Sửa trả lời". */
function AnswerShown({ entry }: { entry: CompiledComment }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const editAnswer = useCompileStore((s) => s.editAnswer);
  const answer = entry.answer;
  if (!answer) return <p className="sx-answer-missing">{t('compile.answer.none')}</p>;
  return (
    <div className={`sx-answer-shown sx-answer-${answer.kind}`}>
      <p className="sx-answer-shown-head">
        <span className="sx-answer-kind">{t(`compile.answer.kind.${answer.kind}`)}</span>
        <span className="sx-muted">{formatDateTime(answer.answeredAt, locale)}</span>
        <button
          type="button"
          className="sx-link-button"
          aria-label={t('compile.answer.editFor', { name: entry.comment.author.name })}
          onClick={() => editAnswer(entry.comment.id)}
        >
          {t('compile.answer.edit')}
        </button>
      </p>
      <p className="sx-answer-shown-text">{answer.text}</p>
      {answer.commentRevision !== null && entry.comment.revision > answer.commentRevision && (
        <p className="sx-answer-outrun">
          {t('compile.answer.outrun', { answered: answer.commentRevision, now: entry.comment.revision })}
        </p>
      )}
    </div>
  );
}

/** One delegate's comment: who, stance, text, proposed wording beside the quote, and the answer. */
export const CommentCard = memo(function CommentCard({ entry }: { entry: CompiledComment }) {
  const { t } = useTranslation();
  const { comment } = entry;
  const selected = useCompileStore(selectIsSelected(comment.id));
  const setSelected = useCompileStore((s) => s.setSelected);
  const checkboxId = `pick-${comment.id}`;
  const quote = comment.anchor?.quote ?? null;
  return (
    <li className={`sx-comment-card${selected ? ' is-selected' : ''}`} data-comment-id={comment.id}>
      <input
        id={checkboxId}
        type="checkbox"
        className="sx-comment-pick"
        checked={selected}
        onChange={(event) => setSelected([comment.id], event.target.checked)}
      />
      <div className="sx-comment-main">
        <p className="sx-comment-who">
          <label htmlFor={checkboxId}>
            <span className="visually-hidden">{t('compile.pickOne')} </span>
            <strong className="sx-comment-author">{comment.author.name}</strong>
          </label>
          <span className="sx-comment-delegation">{comment.author.delegation}</span>
          <StanceTag stance={comment.stance} />
          {comment.onBehalf && <span className="rl-on-behalf-tag">{t('roles.onBehalf.badge')}</span>}
        </p>
        {comment.onBehalf && (
          <p className="sx-muted rl-on-behalf-source">
            {t(comment.onBehalf.of === 'delegation' ? 'roles.onBehalf.sourceLineDelegation' : 'roles.onBehalf.sourceLine', {
              source: comment.onBehalf.source,
            })}
          </p>
        )}
        <p className="sx-comment-text">{comment.text}</p>
        {comment.proposedText && (
          <div className="sx-wording">
            <div className="sx-wording-col">
              <p className="sx-wording-label">{t('compile.wording.original')}</p>
              <p className="sx-wording-text">{quote ?? t('compile.wording.noQuote')}</p>
            </div>
            <div className="sx-wording-col is-proposed">
              <p className="sx-wording-label">{t('compile.wording.proposed')}</p>
              <p className="sx-wording-text">
                {quote ? <WordingDiff original={quote} proposed={comment.proposedText} /> : comment.proposedText}
              </p>
            </div>
          </div>
        )}
        <AnswerShown entry={entry} />
      </div>
    </li>
  );
});
