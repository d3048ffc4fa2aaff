import '../styles/pdf.css';
import { messageText } from '../api/localize';
import { DownloadLink } from '../components/DownloadLink';
import { LateNotice } from '../comments/shared/LateNotice';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, PdfKind } from '../../../shared/domain/exports';
import { usePdfStore } from '../stores/pdfStore';

interface Props {
  kind: PdfKind;
  itemId?: string;
  documentId?: string;
  /** The PDF button's label, e.g. "Xuất phiếu góp ý (PDF)". */
  label: string;
  /** With a Word button too: its label, e.g. "Xuất báo cáo tổng hợp (Word)". */
  wordLabel?: string;
}

/** Buttons that export a PDF (and a Word file), then show the progress, a cancel button and the saved file. */
export function PdfExportPanel({ kind, itemId, documentId, label, wordLabel }: Props) {
  const { t, i18n } = useTranslation();
  const { job, starting, error, opened, start, cancel, open } = usePdfStore();
  const mine = job?.kind === kind ? job : null;
  const running = mine?.state === 'running';
  const button = (format: ExportFormat, text: string) => (
    <button
      type="button"
      className="pdf-button"
      disabled={starting || running}
      onClick={() => void start({ kind, format, itemId, documentId })}
    >
      {text}
    </button>
  );
  const word = mine?.format === 'docx';
  return (
    <div className="pdf-export">
      {kind === 'sheet' && mine && <LateNotice at="export" />}
      <div className="pdf-export-buttons">
        {button('pdf', label)}
        {wordLabel && button('docx', wordLabel)}
      </div>
      {mine && (
        <div className="pdf-export-status" aria-live="polite">
          {running && (
            <>
              <progress
                max={Math.max(mine.total, 1)}
                value={mine.done}
                aria-label={t(word ? 'pdf.progressWord' : 'pdf.progress')}
              />
              <span>{t(word ? 'pdf.runningWord' : 'pdf.running', { done: mine.done, total: mine.total })}</span>
              <button type="button" className="pdf-button pdf-button-quiet" onClick={() => void cancel()}>
                {t('pdf.cancel')}
              </button>
            </>
          )}
          {mine.state === 'done' && (
            <>
              <span>
                {mine.pages === null
                  ? t('pdf.doneWord', { path: mine.path })
                  : t('pdf.done', { path: mine.path, pages: mine.pages })}
              </span>
              {mine.path && <DownloadLink path={mine.path} className="pdf-button pdf-button-quiet" />}
              <button type="button" className="pdf-button pdf-button-quiet" onClick={() => void open()}>
                {t(word ? 'pdf.openWord' : 'pdf.open')}
              </button>
              {opened === false && <span>{t('pdf.noViewer')}</span>}
            </>
          )}
          {mine.state === 'cancelled' && <span>{t('pdf.cancelled')}</span>}
          {mine.state === 'failed' && (
            <span role="alert">{messageText(i18n.language === 'en' ? 'en' : 'vi', mine.reason, mine.message)}</span>
          )}
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
