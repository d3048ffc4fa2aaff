import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import { useRevisedStore } from '../stores/revisedStore';
import { ChangeSummary } from './ChangeSummary';

/** The pending changes that apply cleanly, in reading order, each with what is behind it. */
export function ChangeList({ view }: { view: RevisionView }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  const held = new Set([...view.conflicts.flatMap((g) => g.changeIds), ...view.stale.map((s) => s.changeId)]);
  const clean = view.changes.filter((c) => !held.has(c.id));
  return (
    <section className="rv-changes" aria-labelledby="rv-changes-heading">
      <h2 id="rv-changes-heading">{t('revised.changes.heading', { count: clean.length })}</h2>
      {clean.length === 0 && <p className="sx-muted">{t('revised.changes.none')}</p>}
      {clean.map((change) => (
        <ChangeSummary
          key={change.id}
          change={change}
          actions={
            <button
              type="button"
              className="sx-link-button"
              aria-disabled={busy}
              onClick={() =>
                void useRevisedStore.getState().resolve({ changeIds: [change.id], resolution: { kind: 'withdraw' } })
              }
            >
              {t('revised.withdraw')}
            </button>
          }
        />
      ))}
    </section>
  );
}
