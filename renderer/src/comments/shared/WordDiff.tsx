import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compactDiff, diffWords } from './wordDiff';

/**
 * A proposed wording against the original: insertions underlined in green, deletions struck in
 * red, each with a text equivalent ("thêm:" / "bỏ:") for screen readers. `compact` shortens the
 * unchanged stretches to a few words around each change.
 */
export const WordDiff = memo(function WordDiff({
  before,
  after,
  compact = false,
}: {
  before: string;
  after: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const parts = useMemo(
    () => (compact ? compactDiff(diffWords(before, after)) : diffWords(before, after)),
    [before, after, compact],
  );
  return (
    <span className="word-diff">
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{t('comments.diff.added')} </span>
            {part.value}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">{t('comments.diff.removed')} </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
});
