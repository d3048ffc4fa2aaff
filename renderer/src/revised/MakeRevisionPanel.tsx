import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import { useRevisedStore } from '../stores/revisedStore';

/** Why the revised version cannot be made yet, or null when it can. */
function blockedReason(view: RevisionView, t: TFunction): string | null {
  if (view.conflicts.length > 0) return t('revised.make.blockedConflicts', { count: view.conflicts.length });
  if (view.stale.length > 0) return t('revised.make.blockedStale', { count: view.stale.length });
  if (view.changes.length === 0) return t('revised.make.blockedEmpty');
  return null;
}

/** "Tạo dự thảo chỉnh lý": the document's next version, refused while a conflict or stale change remains. */
export function MakeRevisionPanel({ view }: { view: RevisionView }) {
  const { t } = useTranslation();
  const busy = useRevisedStore((s) => s.busy);
  const made = useRevisedStore((s) => s.made);
  const reason = blockedReason(view, t);
  const disabled = busy || reason !== null;
  return (
    <div className="rv-make">
      <button
        type="button"
        className="sx-button sx-button-primary"
        aria-disabled={disabled}
        aria-describedby={reason ? 'rv-make-reason' : undefined}
        onClick={() => {
          if (!disabled) void useRevisedStore.getState().make();
        }}
      >
        {t('revised.make.button', { count: view.changes.length })}
      </button>
      {reason && (
        <p id="rv-make-reason" className="rv-make-reason">
          {reason}
        </p>
      )}
      {made && (
        <p className="sx-outcome is-ok" role="status">
          <span className="sx-outcome-icon" aria-hidden="true">
            ✓
          </span>
          <span>
            {t('revised.make.done', {
              version: made.version,
              applied: made.applied,
              kept: made.kept + made.moved + made.edited,
              orphaned: made.orphaned,
            })}
          </span>
        </p>
      )}
    </div>
  );
}
