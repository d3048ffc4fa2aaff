import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../../shared/domain/packages';
import { DownloadLink } from '../components/DownloadLink';
import { formatBytes } from './formatBytes';
import { PlainMessage } from '../roles/TechnicalDetail';
import { selectLocale, useSettings } from '../api/settings';

/** "Đã lưu: /path/to/file.gopy (12 KB)". */
export function SavedFileNote({ saved }: { saved: SavedFile }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  return (
    <p className="sx-outcome is-ok">
      <span className="sx-outcome-icon" aria-hidden="true">
        ✓
      </span>
      <span>
        {t('exchange.saved')}: <code className="sx-path">{saved.path}</code>{' '}
        <span className="sx-muted">({formatBytes(saved.bytes, locale)})</span> <DownloadLink path={saved.path} />
      </span>
    </p>
  );
}

/** A message from main when something failed, in the user's words. */
export function ErrorNote({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="sx-outcome is-error" role="alert">
      <span className="sx-outcome-icon" aria-hidden="true">
        ✕
      </span>
      <span>
        <strong>{t('exchange.failed')}:</strong> <PlainMessage message={message} />
      </span>
    </div>
  );
}
