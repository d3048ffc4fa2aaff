import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/route';
import { ErrorNote } from '../secretariat/SavedFileNote';
import { selectRevisedDoc, selectRevisionView, useRevisedStore } from '../stores/revisedStore';
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
  const doc = useRevisedStore(selectRevisedDoc);
  const view = useRevisedStore(selectRevisionView);
  const status = useRevisedStore((s) => s.status);
  const error = useRevisedStore((s) => s.error);
  const actionError = useRevisedStore((s) => s.actionError);
  useEffect(() => {
    void useRevisedStore.getState().load(documentId);
  }, [documentId]);
  const ready = doc && view && doc.document.id === documentId && view.documentId === documentId;
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
