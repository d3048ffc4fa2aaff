import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import { formatNumber } from '../i18n/format';
import { selectLocale, useSettings } from '../api/settings';

/** "Phiên bản 2 · 3 thay đổi chờ áp dụng · 1 xung đột · 0 không còn áp dụng được". */
export function RevisionStatusLine({ view }: { view: RevisionView }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const n = (count: number) => ({ count, formatted: formatNumber(count, locale) });
  return (
    <p className="rv-status" role="status">
      <span>{t('revised.status.version', { version: view.version })}</span>
      <span>{t('revised.status.pending', n(view.changes.length))}</span>
      <span className={view.conflicts.length > 0 ? 'rv-status-bad' : undefined}>
        {t('revised.status.conflicts', n(view.conflicts.length))}
      </span>
      {view.stale.length > 0 && <span className="rv-status-bad">{t('revised.status.stale', n(view.stale.length))}</span>}
    </p>
  );
}
