import { memo, useEffect, useMemo, useRef } from 'react';
import type { CompiledPassage } from '../../../shared/domain/compile';
import { LIST_WINDOWS } from '../../../shared/ipc/limits';
import { selectGroupState, useCompileStore } from '../stores/compileStore';
import { CommentCard } from './CommentCard';
import { useCompileText } from './compileText';
import { passageConflict } from './conflict';
import { StanceCounts } from './StanceCounts';

/** Passage text beyond this many characters is cut with an ellipsis (the quote is in each comment). */
const EXCERPT_CHARS = 420;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40))}…`;
}

interface Props {
  passage: CompiledPassage;
  headingId: string;
  /** The agenda item's title when the passage is the item's own general comments (no document). */
  itemTitle?: string | null;
}

/** One passage of a document with every delegate's comments on it and "chọn tất cả trong đoạn này". */
export const PassageCard = memo(function PassageCard({ passage, headingId, itemTitle = null }: Props) {
  const { t } = useCompileText();
  const ids = useMemo(() => passage.comments.map((c) => c.comment.id), [passage]);
  const groupSelector = useMemo(() => selectGroupState(ids), [ids]);
  const group = useCompileStore(groupSelector);
  const setSelected = useCompileStore((s) => s.setSelected);
  const allBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = group === 'some';
  }, [group]);

  const general = passage.blockId === null;
  // A long passage is cut into cards; each after the first says which of its comments it holds.
  const from = (passage.part ?? 0) * LIST_WINDOWS.passageCardComments;
  const part =
    passage.commentCount !== undefined && passage.commentCount > passage.comments.length
      ? { from: from + 1, to: from + passage.comments.length, count: passage.commentCount }
      : null;
  const conflict = useMemo(() => passageConflict(passage), [passage]);
  const lines =
    passage.lineFirst !== null && passage.lineLast !== null
      ? passage.lineFirst === passage.lineLast
        ? t('compile.passage.line', { line: passage.lineFirst })
        : t('compile.passage.lines', { first: passage.lineFirst, last: passage.lineLast })
      : null;
  // A comment on the whole agenda item is about that item's content, not a document.
  const onItem = general && (itemTitle !== null || passage.comments.every((c) => c.comment.documentId === null));
  const reference = general
    ? onItem
      ? t('compile.passage.generalItem', { title: itemTitle ?? '' }).trim()
      : t('compile.passage.general')
    : [passage.path, lines].filter(Boolean).join(' · ') || t('compile.passage.unnamed');

  return (
    <section className="sx-passage" aria-labelledby={headingId}>
      <header className="sx-passage-head">
        <h3 id={headingId} className="sx-passage-ref">
          {reference}
          {part !== null && (
            <span className="sx-passage-part">
              {' '}
              {t(part.from > 1 ? 'compile.passage.continued' : 'compile.passage.firstPart', {
                from: part.from,
                to: part.to,
                count: part.count,
              })}
            </span>
          )}
        </h3>
        <StanceCounts counts={passage.counts} label={t('compile.countsOfPassage')} />
        {conflict && (
          <p className="sx-conflict">
            <strong>{t('compile.conflict.title')}</strong>
            {': '}
            {[conflict.opposed && t('compile.conflict.opposed'), conflict.wordings && t('compile.conflict.wordings')]
              .filter(Boolean)
              .join('; ')}
          </p>
        )}
      </header>
      {!general &&
        (passage.blockText ? (
          <blockquote className="sx-passage-text">{excerpt(passage.blockText)}</blockquote>
        ) : (
          <p className="sx-passage-gone">{t('compile.passage.gone')}</p>
        ))}
      <label className="sx-pick-all">
        <input
          ref={allBox}
          type="checkbox"
          checked={group === 'all'}
          aria-describedby={headingId}
          onChange={(event) => setSelected(ids, event.target.checked)}
        />
        {t('compile.pickAll', { count: ids.length })}
      </label>
      <ol className="sx-passage-comments">
        {passage.comments.map((entry) => (
          <CommentCard key={entry.comment.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
});
