import { useCallback, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfExportPanel } from '../pdf/PdfExportPanel';
import { GeneralCommentButton } from '../comments/reader/GeneralCommentButton';
import { ReaderCommentLayer } from '../comments/reader/ReaderCommentLayer';
import { useBlockMarks } from '../comments/reader/useBlockMarks';
import { DocumentBody } from '../reader/DocumentBody';
import { DOCUMENT_TITLE_ID, DocumentHeader } from '../components/DocumentHeader';
import { NoteRefsContext, type NoteRefsValue } from '../components/NoteRefText';
import { noteTargets } from '../components/noteRefs';
import { TableOfContents } from '../reader/TableOfContents';
import { goToBlock, goToTop } from '../reader/goToBlock';
import { prepareDocument } from '../reader/prepare';
import { useReaderMeasure } from '../reader/useReaderMeasure';
import { useSectionInView } from '../reader/useSectionInView';
import { VersionChanges } from '../reader/VersionChanges';
import { clearSearchMarks, markSearchWords } from '../reader/searchMarks';
import { navigate } from '../routing/route';
import { RevisedDraftLink } from '../revised/RevisedDraftLink';
import { selectFocusRequest, useOpenDocument, useDocumentStore } from '../stores/documentStore';

/**
 * The reader: document header, table of contents and the numbered text. It fulfils the store's
 * focus request (from a search result, a TOC entry, a reload) once the document is on the page.
 */
export function ReaderView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const { view, status, complete } = useOpenDocument();
  const focusRequest = useDocumentStore(selectFocusRequest);
  const segments = useMemo(() => (view ? prepareDocument(view) : []), [view]);
  const marks = useBlockMarks(view);
  const readerRef = useRef<HTMLDivElement>(null);
  const { measure, tocAbove, fitEm } = useReaderMeasure(segments, readerRef, active);
  const tocIds = useMemo(() => view?.toc.map((entry) => entry.blockId) ?? [], [view]);
  const jumpRef = useRef<string | null>(null);
  const currentSection = useSectionInView(tocIds, jumpRef, active);
  const noteRefs = useMemo<NoteRefsValue | null>(
    () => (view ? { documentId: view.document.id, targets: noteTargets(view.blocks) } : null),
    [view],
  );

  useEffect(() => {
    if (!active || !view || !focusRequest || focusRequest.documentId !== view.document.id) return;
    // A block of a window still on its way: wait for it (this runs again as each window arrives).
    if (!complete && focusRequest.blockId !== null && !view.blocks.some((b) => b.id === focusRequest.blockId)) return;
    const found = focusRequest.blockId !== null && goToBlock(focusRequest.blockId, { flash: focusRequest.flash });
    if (!found) goToTop(DOCUMENT_TITLE_ID);
    jumpRef.current = found ? focusRequest.blockId : null;
    const block = found ? view.blocks.find((b) => b.id === focusRequest.blockId) : undefined;
    if (block && focusRequest.query) markSearchWords(document, block.id, block.text, focusRequest.query);
    else clearSearchMarks();
    window.dispatchEvent(new Event('gopy:jump'));
    useDocumentStore.getState().consumeFocusRequest(focusRequest.nonce);
  }, [active, view, complete, focusRequest]);

  const documentId = view?.document.id ?? null;
  const onTocGo = useCallback(
    (blockId: string) => {
      if (!documentId) return;
      navigate({ name: 'doc', documentId, blockId }, { replace: true });
      useDocumentStore.getState().requestFocus(documentId, blockId);
    },
    [documentId],
  );

  return (
    <div className="reader" hidden={!active} ref={readerRef}>
      {status === 'loading' && (
        <p className="reader-loading" role="status">
          {t('reader.loading')}
        </p>
      )}
      {view && (
        <article
          className={`reader-grid${tocAbove ? ' toc-above' : ''}`}
          style={{ '--measure': `${measure.widestEm}em`, '--fit-em': fitEm ?? measure.widestEm } as CSSProperties}
          aria-labelledby={DOCUMENT_TITLE_ID}
        >
          <DocumentHeader
            view={view}
            actions={
              <>
                <GeneralCommentButton itemId={view.document.itemId} documentId={view.document.id} />
                <PdfExportPanel kind="sheet" itemId={view.document.itemId} label={t('pdf.sheetItem')} />
                <RevisedDraftLink documentId={view.document.id} />
                <VersionChanges documentId={view.document.id} onGo={onTocGo} />
              </>
            }
          />
          <TableOfContents
            key={view.document.id}
            documentId={view.document.id}
            toc={view.toc}
            blocks={view.blocks}
            onGo={onTocGo}
            currentId={currentSection}
          />
          <NoteRefsContext.Provider value={noteRefs}>
            <DocumentBody
              key={view.document.id}
              segments={segments}
              label={t('reader.body')}
              revealBlockId={focusRequest?.documentId === view.document.id ? focusRequest.blockId : null}
              marks={marks}
              headingEm={measure.headingEm}
              loading={!complete}
            />
          </NoteRefsContext.Provider>
        </article>
      )}
      {view && <ReaderCommentLayer view={view} active={active} />}
    </div>
  );
}
