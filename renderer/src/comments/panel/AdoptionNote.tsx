import { useTranslation } from 'react-i18next';
import type { WordingAdoption } from '../../../../shared/domain/comments';
import { WordDiff } from '../shared/WordDiff';

/**
 * On a delegate's comment card: the comment's wording went into the revised draft (dự thảo chỉnh
 * lý), as proposed, or as edited by the secretariat (then the wording taken is shown against the
 * passage it replaced, with the same word diff as the proposal).
 */
export function AdoptionNote({ adoption }: { adoption: WordingAdoption }) {
  const { t } = useTranslation();
  return (
    <div className={`comment-adoption is-${adoption.taken}`} data-adoption={adoption.taken}>
      <p className="comment-adoption-head">
        <span aria-hidden="true">✓ </span>
        <strong>{t('comments.adoption.label')}</strong>
        <span className="comment-adoption-version"> · {t('comments.adoption.version', { n: adoption.revisedVersion })}</span>
      </p>
      <p className="comment-adoption-how">{t(`comments.adoption.${adoption.taken}`)}</p>
      {adoption.taken === 'edited' && (
        <p className="diff-box comment-adoption-wording">
          <WordDiff before={adoption.original} after={adoption.wording} compact />
        </p>
      )}
    </div>
  );
}
