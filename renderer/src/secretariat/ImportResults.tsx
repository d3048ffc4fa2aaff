import { useTranslation } from 'react-i18next';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { formatMessage } from '../../../shared/messages/format';
import { rejectionReason } from './rejectionReason';
import { PlainMessage } from '../roles/TechnicalDetail';

const ICONS: Record<PackageFileResult['status'], string> = { imported: '✓', unchanged: '=', rejected: '✕', held: '⏸' };

function StatusText({ result }: { result: PackageFileResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  switch (result.status) {
    case 'imported': {
      const counts = result.counts ?? { added: 0, updated: 0, deleted: 0 };
      return (
        <>
          <strong>{t('exchange.result.imported')}</strong> ({t('exchange.result.counts', counts)})
        </>
      );
    }
    case 'unchanged':
      // An older package than the one already imported says so, with both dates.
      return result.reason ? (
        <>{formatMessage(lang, result.reason.key, result.reason.params)}</>
      ) : result.message ? (
        <>{result.message}</>
      ) : (
        <strong>{t('exchange.result.unchanged')}</strong>
      );
    case 'rejected':
      return (
        <>
          <strong>{t('exchange.result.rejected')}:</strong> <PlainMessage message={rejectionReason(result, lang)} />
        </>
      );
    case 'held':
      return (
        <>
          <strong>{t('roles.held')}:</strong>{' '}
          {(result.reason ? formatMessage(lang, result.reason.key, result.reason.params) : (result.message ?? '')).replace(
            /^(khóa mới — chờ xác nhận|new key — waiting for confirmation): /u,
            '',
          )}
        </>
      );
    default:
      return null;
  }
}

/** One line per file: its name, whose package it was, and what happened, with an icon and words. */
export function ImportResults({ results }: { results: readonly PackageFileResult[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return null;
  return (
    <ol className="sx-import-results" aria-label={t('exchange.result.list')}>
      {results.map((result, index) => (
        <li key={`${index}-${result.fileName}`} className={`sx-import-result is-${result.status}`}>
          <span className="sx-import-result-icon" aria-hidden="true">
            {ICONS[result.status]}
          </span>
          <div className="sx-import-result-body">
            <p className="sx-import-result-file">{result.fileName}</p>
            {result.author && <p className="sx-import-result-author">{result.author}</p>}
            {result.fingerprint && (
              <p className="rl-import-key">
                {t('roles.keys.fingerprint')} <code className="key-fingerprint">{result.fingerprint}</code>
              </p>
            )}
            <div className="sx-import-result-status">
              <StatusText result={result} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
