import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { selectRevisedMarked, useRevisedStore } from '../stores/revisedStore';
import { conflictAnchor } from './ConflictCard';
import { RevisedBlockRow } from './RevisedBlockRow';
import { revisedBlocks } from './revisedText';

/** The revised draft's text, with the marked / clean switch. */
export function RevisedText({ blocks, view }: { blocks: Block[]; view: RevisionView }) {
  const { t } = useTranslation();
  const marked = useRevisedStore(selectRevisedMarked);
  const setMarked = useRevisedStore((s) => s.setMarked);
  const shown = useMemo(() => revisedBlocks(blocks, view), [blocks, view]);
  const flag = (ids: string[]) => {
    if (ids.length === 0) return null;
    const group = view.conflicts.find((g) => g.changeIds.some((id) => ids.includes(id)));
    return group
      ? { text: t('revised.text.conflictHere'), target: conflictAnchor(group.changeIds) }
      : { text: t('revised.text.staleHere'), target: 'rv-stale' };
  };
  return (
    <section className="rv-text-section" aria-labelledby="rv-text-heading">
      <div className="rv-text-head">
        <h2 id="rv-text-heading">{t('revised.text.heading')}</h2>
        <div className="sx-segmented-light" role="group" aria-label={t('revised.text.show')}>
          <button type="button" aria-pressed={marked} onClick={() => setMarked(true)}>
            {t('revised.text.marked')}
          </button>
          <button type="button" aria-pressed={!marked} onClick={() => setMarked(false)}>
            {t('revised.text.clean')}
          </button>
        </div>
      </div>
      <div className={`rv-text${marked ? ' is-marked' : ''}`}>
        {shown.map((s) => {
          const blocked = flag(s.blockedChangeIds);
          return (
            <RevisedBlockRow
              key={s.block.id}
              shown={s}
              marked={marked}
              blockedText={blocked?.text ?? null}
              blockedTarget={blocked?.target ?? null}
            />
          );
        })}
      </div>
    </section>
  );
}
