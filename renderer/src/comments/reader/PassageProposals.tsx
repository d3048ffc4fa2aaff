import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/comments';
import { lineLabel } from '../shared/PassageContext';
import { stanceClass } from '../shared/stance';
import { WordDiff } from '../shared/WordDiff';

/** The user's proposed wordings, under the paragraph they change, as word diffs. */
export function PassageProposals({ comments }: { comments: readonly Comment[] }) {
  const { t } = useTranslation();
  return (
    <span className="passage-proposals">
      {comments.map((c) =>
        c.anchor && c.proposedText ? (
          <span key={c.id} className={`passage-proposal ${stanceClass(c.stance)}`} data-comment-id={c.id}>
            <span className="passage-proposal-label">
              {t('comments.proposalBeside', { lines: lineLabel(t, c.anchor.lineFirst, c.anchor.lineLast) })}
              <span className="sep" aria-hidden="true">
                ·
              </span>
              {t(`comments.stance.${c.stance}`)}
            </span>
            <span className="passage-proposal-diff">
              <WordDiff before={c.anchor.quote} after={c.proposedText} compact />
            </span>
          </span>
        ) : null,
      )}
    </span>
  );
}
