import { useTranslation } from 'react-i18next';
import type { DocumentImportPreview } from '../../../../shared/domain/imports';
import { formatNumber } from '../../i18n/format';
import { messageText } from '../../api/localize';
import { selectLocale, useSettings } from '../../api/settings';

/** Counts of what was recognised, and the warnings (pictures left out, old fonts…). */
export function ImportStats({ preview }: { preview: DocumentImportPreview }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const stats = preview.stats;
  const entries = [
    ['blocks', stats.blocks],
    ['articles', stats.articles],
    ['headings', stats.headings],
    ['tableRows', stats.tableRows],
    ['lines', stats.lines],
  ] as const;
  return (
    <>
      <dl className="ed-stats">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`docImport.stats.${key}`)}</dt>
            <dd>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
      {preview.warnings.length > 0 && (
        <div className="ed-warnings">
          <p className="ed-subheading">{t('docImport.warnings')}</p>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>{messageText(locale, w, null)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
