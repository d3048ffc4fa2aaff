import { useTranslation } from 'react-i18next';
import { DownloadLink } from '../components/DownloadLink';
import { useRevisedStore } from '../stores/revisedStore';

type ExportKey = { kind: 'revised' | 'comparison'; marked?: boolean; label: string };

/**
 * The revised draft (marked or clean) and the comparison table, as PDF and Word, written by the
 * core (revisions:export); the saved file is named, and on the web door offered as a download.
 */
export function RevisionExportPanel() {
  const { t } = useTranslation();
  const exporting = useRevisedStore((s) => s.exporting);
  const exported = useRevisedStore((s) => s.exported);
  const error = useRevisedStore((s) => s.exportError);
  const rows: ExportKey[] = [
    { kind: 'revised', marked: true, label: t('revised.export.marked') },
    { kind: 'revised', marked: false, label: t('revised.export.clean') },
    { kind: 'comparison', label: t('revised.export.comparison') },
  ];
  return (
    <div className="pdf-export rv-export">
      <div className="rv-export-rows">
        {rows.map((row) => (
          <div key={row.label} className="rv-export-row">
            <span className="rv-export-label">{row.label}</span>
            {(['pdf', 'docx'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="pdf-button"
                disabled={exporting !== null}
                aria-label={t(`revised.export.${format}For`, { what: row.label })}
                onClick={() => void useRevisedStore.getState().exportFile({ kind: row.kind, format, marked: row.marked })}
              >
                {t(`revised.export.${format}`)}
              </button>
            ))}
          </div>
        ))}
      </div>
      <div className="pdf-export-status" aria-live="polite">
        {exporting && (
          <>
            <progress aria-label={t('revised.export.running')} />
            <span>{t('revised.export.running')}</span>
          </>
        )}
        {exported && (
          <>
            <span>
              {exported.pages === null
                ? t('pdf.doneWord', { path: exported.path })
                : t('pdf.done', { path: exported.path, pages: exported.pages })}
            </span>
            <DownloadLink path={exported.path} className="pdf-button pdf-button-quiet" />
          </>
        )}
      </div>
      {error && (
        <p className="pdf-export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
