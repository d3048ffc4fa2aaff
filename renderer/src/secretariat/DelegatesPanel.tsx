import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegateStatus } from '../../../shared/domain/compile';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useCompiledView } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';

type Show = 'all' | 'sent' | 'missing' | 'late';
const SHOWS: readonly Show[] = ['all', 'sent', 'missing', 'late'];

const keep: Record<Show, (d: DelegateStatus) => boolean> = {
  all: () => true,
  sent: (d) => d.sent,
  missing: (d) => !d.sent,
  late: (d) => d.late,
};

/** Senders first (by name), then those who have not sent. Pure. */
function ordered(delegates: readonly DelegateStatus[]): DelegateStatus[] {
  return [...delegates].sort((a, b) => Number(b.sent) - Number(a.sent) || a.name.localeCompare(b.name, 'vi'));
}

/** Who has sent comments and who has not, and who sent after the deadline ("gửi sau hạn"). */
export function DelegatesPanel() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const view = useCompiledView().compiled?.view ?? null;
  const [show, setShow] = useState<Show>('all');
  const delegates = useMemo(() => ordered(view?.delegates ?? []), [view]);
  if (!view) return null;
  const counts: Record<Show, number> = {
    all: delegates.length,
    sent: delegates.filter(keep.sent).length,
    missing: delegates.filter(keep.missing).length,
    late: delegates.filter(keep.late).length,
  };
  const shown = delegates.filter(keep[show]);
  return (
    <div className="sx-delegates">
      <div className="sx-segmented-light" role="group" aria-label={t('compile.delegates.show')}>
        {SHOWS.map((s) => (
          <button key={s} type="button" aria-pressed={show === s} onClick={() => setShow(s)}>
            {t(`compile.delegates.${s}`)} <span className="sx-pill-count">{formatNumber(counts[s], locale)}</span>
          </button>
        ))}
      </div>
      <table className="sx-delegates-table">
        <caption className="visually-hidden">{t('compile.delegates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compile.delegates.name')}</th>
            <th scope="col">{t('compile.delegates.delegation')}</th>
            <th scope="col">{t('compile.delegates.status')}</th>
            <th scope="col" className="num">
              {t('compile.delegates.comments')}
            </th>
            <th scope="col">{t('compile.delegates.lastPackage')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id} className={d.sent ? 'is-sent' : 'is-missing'}>
              <th scope="row">
                {d.name}
                {!d.inRoster && <span className="sx-muted"> ({t('compile.delegates.notInRoster')})</span>}
              </th>
              <td>{d.delegation}</td>
              <td>
                <span className={`sx-sent-status ${d.sent ? 'is-sent' : 'is-missing'}`}>
                  <span aria-hidden="true">{d.sent ? '✓ ' : '○ '}</span>
                  {t(d.sent ? 'compile.delegates.hasSent' : 'compile.delegates.notSent')}
                </span>
                {d.late && <span className="sx-late-tag">{t('compile.delegates.lateTag')}</span>}
              </td>
              <td className="num">{formatNumber(d.commentCount, locale)}</td>
              <td>{d.lastPackageAt ? formatDateTime(d.lastPackageAt, locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="sx-muted">{t('compile.delegates.none')}</p>}
    </div>
  );
}
