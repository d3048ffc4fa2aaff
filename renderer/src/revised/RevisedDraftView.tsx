import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/route';
import { ErrorNote } from '../secretariat/SavedFileNote';
import { useDocument } from '../api/documents';
import { useRevisions } from '../api/revisions';
import { useRevisedStore } from '../stores/revisedStore';
import '../styles/pdf.css';
import '../styles/secretariat-comments.css';
import '../styles/revised.css';
import '../styles/word-marks.css';
import { ChangeList } from './ChangeList';
import { ConflictList } from './ConflictList';
import { MakeRevisionPanel } from './MakeRevisionPanel';
import { RevisedText } from './RevisedText';
import { RevisionExportPanel } from './RevisionExportPanel';
import { RevisionStatusLine } from './RevisionStatusLine';
import { StaleChanges } from './StaleChanges';

/**
 * "Dự thảo chỉnh lý" of one document: conflicts first (nothing can be made until they are
 * settled), the stale changes, making and exporting, the revised text, and the changes behind it.
 */
export function RevisedDraftView({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const text = useDocument(documentId);
  const revisions = useRevisions(documentId);
  const actionError = useRevisedStore((s) => s.actionError);
  useEffect(() => {
    useRevisedStore.getState().show(documentId);
  }, [documentId]);
  // Conflicts and the revised text need every block: not before the document's last window.
  const doc = text.complete ? text.view : null;
  const view = revisions.view;
  const error = text.error?.message ?? revisions.error;
  const ready = doc && view;
  const status = ready ? 'ready' : error ? 'error' : 'loading';
  return (
    <section className="sx-view rv-view" aria-labelledby="rv-heading" aria-busy={status === 'loading'}>
      <p className="rv-back">
        <a href={hrefFor({ name: 'compile' })}>{t('revised.backToCompile')}</a>
        {' · '}
        <a href={hrefFor({ name: 'doc', documentId, blockId: null })}>{t('revised.toDocument')}</a>
      </p>
      <h1 id="rv-heading" className="view-heading" tabIndex={-1}>
        {t('revised.heading')}
      </h1>
      {error && <ErrorNote message={error} />}
      {!ready && status === 'loading' && <p role="status">{t('revised.loading')}</p>}
      {ready && (
        <>
          <p className="rv-doc-title">{doc.document.title}</p>
          <RevisionStatusLine view={view} />
          {actionError && <ErrorNote message={actionError} />}
          <ConflictList view={view} blocks={doc.blocks} />
          <StaleChanges view={view} />
          <section className="rv-actions" aria-labelledby="rv-actions-heading">
            <h2 id="rv-actions-heading">{t('revised.actions.heading')}</h2>
            <MakeRevisionPanel view={view} />
            <RevisionExportPanel />
          </section>
          <RevisedText blocks={doc.blocks} view={view} />
          <ChangeList view={view} />
        </>
      )}
    </section>
  );
}
