import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../shared/domain/types';
import { formatDate, formatNumber } from '../i18n/format';
import { selectLocale, useSettings } from '../api/settings';

export const DOCUMENT_TITLE_ID = 'doc-title';

/**
 * Issuer, number and symbol, date, title; the "Hồ sơ mẫu" notice for illustrative documents;
 * `actions` (e.g. a general comment on the document) under them.
 */
export function DocumentHeader({ view, actions }: { view: DocumentView; actions?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const { document: doc } = view;
  return (
    <header className="doc-header">
      {doc.issuer && <p className="doc-issuer">{doc.issuer}</p>}
      <p className="doc-reference">
        {doc.numberSymbol && (
          <span className="doc-number">
            {t('document.numberSymbol', { value: doc.numberSymbol.replace(/\s+/gu, ' ').trim() })}
          </span>
        )}
        {doc.place && !doc.date && <span className="doc-place">{doc.place}</span>}
        {doc.date && (
          <span className="doc-date">
            {doc.place
              ? t('reader.placeDated', { place: doc.place, date: formatDate(doc.date, locale) })
              : t('reader.dated', { date: formatDate(doc.date, locale) })}
          </span>
        )}
      </p>
      <p className="doc-kind">{t(`documentKind.${doc.kind}`)}</p>
      <h1 id={DOCUMENT_TITLE_ID} className="doc-title" tabIndex={-1}>
        {doc.title}
      </h1>
      <p className="doc-item">
        {t('reader.item', { title: view.itemTitle })}
        <span className="sep" aria-hidden="true">
          ·
        </span>
        {t('reader.lines', { count: doc.lineCount, formattedCount: formatNumber(doc.lineCount, locale) })}
      </p>
      {doc.illustrative && (
        <p className="doc-notice" role="note">
          {t('reader.illustrative')}
        </p>
      )}
      {actions && <div className="doc-actions">{actions}</div>}
    </header>
  );
}
