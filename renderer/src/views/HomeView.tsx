import { useTranslation } from 'react-i18next';
import { SampleBadge } from '../components/SampleBadge';
import { SessionSwitcher } from '../components/SessionSwitcher';
import { PdfExportPanel } from '../pdf/PdfExportPanel';
import { formatDateTime, formatDayRange, formatNumber } from '../i18n/format';
import { selectDocumentCount, selectItems, selectSession, useAgenda } from '../api/agenda';
import { selectLocale, useSettings } from '../api/settings';

/** The session at a glance, shown until a document is opened. */
export function HomeView() {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const items = useAgenda(selectItems);
  const documentCount = useAgenda(selectDocumentCount);
  const locale = useSettings(selectLocale);
  if (!session) return null;
  return (
    <section className="home" aria-labelledby="home-heading">
      <p className="home-council">
        {session.council} {session.term}
      </p>
      <h1 id="home-heading" className="view-heading" tabIndex={-1}>
        {session.name}
        {session.isSample && <SampleBadge />}
      </h1>
      <dl className="home-facts">
        <div>
          <dt>{t('home.dates')}</dt>
          <dd>{formatDayRange(session.startDate, session.endDate, locale)}</dd>
        </div>
        <div>
          <dt>{t('home.place')}</dt>
          <dd>{session.place}</dd>
        </div>
        {session.commentDeadline && (
          <div>
            <dt>{t('home.deadline')}</dt>
            <dd>{formatDateTime(session.commentDeadline, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t('home.documents')}</dt>
          <dd>
            {t('home.documentCount', {
              count: documentCount,
              formattedCount: formatNumber(documentCount, locale),
              items: items.length,
            })}
          </dd>
        </div>
      </dl>
      <SessionSwitcher />
      <p className="home-hint">{t('home.hint')}</p>
      <PdfExportPanel kind="sheet" label={t('pdf.sheet')} wordLabel={t('pdf.sheetWord')} />
    </section>
  );
}
