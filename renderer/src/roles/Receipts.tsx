import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useReceipts } from '../api/office';
import { selectLocale, useSettings } from '../api/settings';

/** "Văn phòng đã nhận lúc …": my packages the office received, as the last dossier said. */
export function Receipts() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const receipts = useReceipts();
  if (receipts.length === 0) return null;
  return (
    <ul className="sx-receipts" aria-label={t('roles.receipts.label')}>
      {receipts.map((r) => (
        <li key={r.exportedAt} className="sx-outcome is-ok">
          {t('roles.receipts.line', {
            at: formatDateTime(r.receivedAt, locale),
            exported: formatDateTime(r.exportedAt, locale),
            count: r.comments,
          })}
        </li>
      ))}
    </ul>
  );
}
