import '../styles/pdf.css';
import { DownloadLink } from '../components/DownloadLink';
import { LateNotice } from '../comments/shared/LateNotice';
import { useTranslation } from 'react-i18next';
import type { PdfKind } from '../../../shared/domain/exports';
import { usePdfStore } from '../stores/pdfStore';

interface Props {
  kind: PdfKind;
  itemId?: string;
  documentId?: string;
  /** The button's label, e.g. "Xuất phiếu góp ý (PDF)". */
  label: string;
}

/** A button that exports a PDF, then shows its progress, a cancel button and the saved file. */
export function PdfExportPanel({ kind, itemId, documentId, label }: Props) {
  const { t } = useTranslation();
  const { job, starting, error, opened, start, cancel, open } = usePdfStore();
  const mine = job?.kind === kind ? job : null;
  const running = mine?.state === 'running';
  return (
    <div className="pdf-export">
      {kind === 'sheet' && mine && <LateNotice at="export" />}
      <button
        type="button"
        className="pdf-button"
        disabled={starting || running}
        onClick={() => void start({ kind, itemId, documentId })}
      >
        {label}
      </button>
      {mine && (
        <div className="pdf-export-status" aria-live="polite">
          {running && (
            <>
              <progress max={Math.max(mine.total, 1)} value={mine.done} aria-label={t('pdf.progress')} />
              <span>{t('pdf.running', { done: mine.done, total: mine.total })}</span>
              <button type="button" className="pdf-button pdf-button-quiet" onClick={() => void cancel()}>
                {t('pdf.cancel')}
              </button>
            </>
          )}
          {mine.state === 'done' && (
            <>
              <span>{t('pdf.done', { path: mine.path, pages: mine.pages })}</span>
              {mine.path && <DownloadLink path={mine.path} className="pdf-button pdf-button-quiet" />}
              <button type="button" className="pdf-button pdf-button-quiet" onClick={() => void open()}>
                {t('pdf.open')}
              </button>
              {opened === false && <span>{t('pdf.noViewer')}</span>}
            </>
          )}
          {mine.state === 'cancelled' && <span>{t('pdf.cancelled')}</span>}
          {mine.state === 'failed' && <span role="alert">{mine.message}</span>}
        </div>
      )}
      {error && (
        <p className="pdf-export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
