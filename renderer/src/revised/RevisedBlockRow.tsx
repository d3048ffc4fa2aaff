import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WordingDiff } from '../secretariat/WordingDiff';
import { DirectEditForm } from './DirectEditForm';
import type { ShownBlock } from './revisedText';

/** Routes live in the hash, so a link to "#id" would leave the screen: scroll and focus instead. */
function goTo(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

/**
 * One block of the revised draft: marked (deleted words struck through, inserted underlined, the
 * shared word diff) or clean; a flag where a change is held back (conflict, stale); "Sửa trực tiếp".
 */
export const RevisedBlockRow = memo(function RevisedBlockRow({
  shown,
  marked,
  blockedText,
  blockedTarget,
}: {
  shown: ShownBlock;
  marked: boolean;
  /** Why changes in this block are held back, and the id of the element that explains it (null: none). */
  blockedText: string | null;
  blockedTarget: string | null;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { block } = shown;
  if (shown.removed && !marked) return null;
  const className = [
    'rv-block',
    `rv-kind-${block.kind}`,
    shown.changed && 'is-changed',
    shown.removed && 'is-removed',
    blockedText && 'is-blocked',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-block-id={block.id}>
      <p className="rv-block-text">
        {shown.removed ? (
          <del>{block.text}</del>
        ) : marked && shown.changed ? (
          <WordingDiff original={block.text} proposed={shown.text} />
        ) : (
          shown.text
        )}
      </p>
      {!shown.removed && !editing && (
        <button
          type="button"
          className="sx-link-button rv-block-edit"
          aria-label={t('revised.edit.openFor', { where: block.path ?? block.text.slice(0, 40) })}
          onClick={() => setEditing(true)}
        >
          {t('revised.edit.open')}
        </button>
      )}
      {blockedText && blockedTarget && (
        <button type="button" className="sx-link-button rv-block-flag" onClick={() => goTo(blockedTarget)}>
          <span aria-hidden="true">⚠ </span>
          {blockedText}
        </button>
      )}
      {editing && <DirectEditForm block={block} onDone={() => setEditing(false)} />}
    </div>
  );
});
