import { useTranslation } from 'react-i18next';
import type { CompiledView } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { selectFilter, useCompileStore } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';
import { StanceCounts } from './StanceCounts';

/** Totals of what is shown: comments, stances, answered, and how many delegates have sent theirs. */
export function CompileSummary({ view }: { view: CompiledView }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const n = (value: number) => formatNumber(value, locale);
  const { totals } = view;
  const filtered = Object.keys(useCompileStore(selectFilter)).length > 0;
  return (
    <dl className="sx-compile-summary">
      <div>
        <dt>
          {t('compile.summary.comments')}
          {filtered && <span className="sx-filtered"> ({t('compile.summary.filtered')})</span>}
        </dt>
        <dd className="big">{n(totals.comments)}</dd>
      </div>
      <div>
        <dt>{t('compile.summary.answered')}</dt>
        <dd className="big">
          {n(totals.answered)}
          <span className="of"> / {n(totals.comments)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('compile.summary.delegates')}</dt>
        <dd className="big">
          {n(totals.delegatesSent)}
          <span className="of"> / {n(totals.delegates)}</span>
        </dd>
      </div>
      <div className="sx-compile-summary-stances">
        <dt>{t('compile.summary.stances')}</dt>
        <dd>
          <StanceCounts counts={totals.counts} label={t('compile.countsTotal')} />
        </dd>
      </div>
    </dl>
  );
}
