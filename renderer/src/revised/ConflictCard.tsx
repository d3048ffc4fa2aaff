import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionChange } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { useRevisedStore } from '../stores/revisedStore';
import { ChangeSummary } from './ChangeSummary';
import { conflictPassage } from './conflictPassage';
import { MergeForm } from './MergeForm';

export const conflictAnchor = (changeIds: readonly string[]): string => `rv-conflict-${changeIds[0]}`;

/** Two (or more) changes over the same words: pick one, or write a merged wording. */
export function ConflictCard({ changes, blocks, index }: { changes: RevisionChange[]; blocks: Block[]; index: number }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  const [merging, setMerging] = useState(false);
  const changeIds = changes.map((c) => c.id);
  const headingId = `${conflictAnchor(changeIds)}-heading`;
  const keep = (changeId: string) => {
    if (!busy) void useRevisedStore.getState().resolve({ changeIds, resolution: { kind: 'keep', changeId } });
  };
  return (
    <section id={conflictAnchor(changeIds)} className="rv-conflict" aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId} className="rv-conflict-heading">
        <span aria-hidden="true">⚠ </span>
        {t('revised.conflict.heading', { n: index + 1, where: changes[0]?.path ?? t('revised.change.unnamed') })}
      </h3>
      <p className="rv-conflict-lead">{t('revised.conflict.lead', { count: changes.length })}</p>
      <div className="rv-conflict-sides">
        {changes.map((change, side) => (
          <ChangeSummary
            key={change.id}
            change={change}
            actions={
              <button
                type="button"
                className="sx-button"
                aria-disabled={busy}
                aria-label={t('revised.conflict.keepSide', { side: side + 1 })}
                onClick={() => keep(change.id)}
              >
                {t('revised.conflict.keep')}
              </button>
            }
          />
        ))}
      </div>
      {merging ? (
        <MergeForm changeIds={changeIds} passage={conflictPassage(blocks, changes)} onDone={() => setMerging(false)} />
      ) : (
        <button type="button" className="sx-button" onClick={() => setMerging(true)}>
          {t('revised.conflict.merge')}
        </button>
      )}
    </section>
  );
}
