import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import { useRevisedStore } from '../stores/revisedStore';
import { ChangeSummary } from './ChangeSummary';

/** Changes whose passage no longer reads as when they were accepted: shown, never applied; withdraw them. */
export function StaleChanges({ view }: { view: RevisionView }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  if (view.stale.length === 0) return null;
  return (
    <section id="rv-stale" className="rv-stale" aria-labelledby="rv-stale-heading" tabIndex={-1}>
      <h2 id="rv-stale-heading">{t('revised.stale.heading', { count: view.stale.length })}</h2>
      <p>{t('revised.stale.lead')}</p>
      {view.stale.map(({ changeId, reason }) => {
        const change = view.changes.find((c) => c.id === changeId);
        if (!change) return null;
        return (
          <div key={changeId} className="rv-stale-item">
            <p className="rv-stale-reason">
              <span aria-hidden="true">⚠ </span>
              {t(`revised.stale.reason.${reason}`)}
            </p>
            <ChangeSummary
              change={change}
              actions={
                <button
                  type="button"
                  className="sx-button"
                  aria-disabled={busy}
                  onClick={() =>
                    void useRevisedStore.getState().resolve({ changeIds: [changeId], resolution: { kind: 'withdraw' } })
                  }
                >
                  {t('revised.withdraw')}
                </button>
              }
            />
          </div>
        );
      })}
    </section>
  );
}
