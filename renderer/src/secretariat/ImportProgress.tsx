import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectCommentImport, tallyResults, useExchangeStore } from '../stores/exchangeStore';

/** The progress bar with "n/N tệp", a cancel button while running, and the summary when done. */
export function ImportProgress() {
  const { t } = useTranslation();
  const run = useExchangeStore(selectCommentImport);
  const cancel = useExchangeStore((s) => s.cancelImport);
  const tally = useMemo(() => tallyResults(run.results), [run.results]);
  if (run.status === 'idle') return null;
  const done = run.results.length;
  const running = run.status === 'importing';
  return (
    <div className="sx-import-progress">
      <div className="sx-import-progress-bar">
        <progress id="sx-import-progress" max={Math.max(run.total, 1)} value={done} aria-label={t('exchange.import.progress')} />
        <span className="sx-import-progress-count" aria-hidden="true">
          {t('exchange.import.fileCount', { done, total: run.total })}
        </span>
        {running && (
          <button type="button" className="sx-button sx-button-quiet" disabled={run.cancelRequested} onClick={cancel}>
            {run.cancelRequested ? t('exchange.import.stopping') : t('exchange.import.cancel')}
          </button>
        )}
      </div>
      <p className="sx-import-summary" role="status">
        {running
          ? t('exchange.import.running', { done, total: run.total })
          : t(run.status === 'cancelled' ? 'exchange.import.cancelled' : 'exchange.import.done', {
              ...tally,
              done,
              total: run.total,
            })}
      </p>
      {run.skipped > 0 && <p className="sx-muted">{t('exchange.import.skipped', { count: run.skipped })}</p>}
    </div>
  );
}
