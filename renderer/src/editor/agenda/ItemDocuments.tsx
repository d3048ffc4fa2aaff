import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, DocumentSummary } from '../../../../shared/domain/types';
import { formatDate } from '../../i18n/format';
import { hrefFor, navigate } from '../../routing/route';
import { useDocImportStore } from '../../stores/docImportStore';
import { selectBusy, useEditorStore } from '../../stores/editorStore';
import { selectLocale, useSettings } from '../../api/settings';
import { useVersionImportStore } from '../../stores/versionImportStore';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FilePickButton } from '../components/FilePickButton';
import { DOCUMENT_ACCEPT } from '../../api/fileData';
import { focusItemControl } from './itemKinds';

/** Starts importing files into an item: the import screen shows their previews. */
export function importInto(itemId: string, files: File[]): void {
  useDocImportStore.getState().addFiles(itemId, files);
  useEditorStore.getState().showScreen({ name: 'import' });
}

function openInReader(event: MouseEvent<HTMLAnchorElement>, documentId: string) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'doc', documentId, blockId: null });
}

function DocumentRow({ document, itemId }: { document: DocumentSummary; itemId: string }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const busy = useEditorStore(selectBusy) !== null;
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    setConfirming(false);
    if (await useEditorStore.getState().removeDocument(document.id, itemId)) focusItemControl(itemId, ['add-documents']);
  };
  return (
    <li className="ed-doc" data-document-id={document.id}>
      <div className="ed-doc-text">
        <span className="ed-doc-kind">{t(`documentKind.${document.kind}`)}</span>
        <a
          className="ed-doc-title"
          href={hrefFor({ name: 'doc', documentId: document.id, blockId: null })}
          onClick={(e) => openInReader(e, document.id)}
        >
          {document.title}
        </a>
        <span className="ed-doc-meta">
          {[
            document.numberSymbol && t('document.numberSymbol', { value: document.numberSymbol.trim() }),
            document.date && formatDate(document.date, locale),
            t('agendaEditor.commentCount', { count: document.commentCount }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <div className="ed-doc-actions">
        <FilePickButton
          label={t('versionImport.pick')}
          accept={DOCUMENT_ACCEPT}
          inputName={`version-${document.id}`}
          disabled={busy}
          className="ed-button ed-button-small"
          onFiles={(files) => {
            void useVersionImportStore.getState().pick(document, files[0]);
            useEditorStore.getState().showScreen({ name: 'version' });
          }}
        />
        <button
          type="button"
          className="ed-button ed-button-small ed-button-quiet-danger"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('agendaEditor.removeDocument')}
          <span className="visually-hidden">: {document.title}</span>
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          open
          title={t('agendaEditor.removeDocumentTitle')}
          body={t('agendaEditor.removeDocumentBody', { title: document.title })}
          confirmLabel={t('agendaEditor.removeDocument')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

/** An item's documents, with "new version", "remove" and "add documents" (pick or drop). */
export function ItemDocuments({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const hintId = `ed-drop-hint-${item.id}`;
  return (
    <div className="ed-docs">
      {item.documents.length > 0 ? (
        <ul className="ed-doc-list" aria-label={t('agenda.documentsOf', { order: item.order })}>
          {item.documents.map((d) => (
            <DocumentRow key={d.id} document={d} itemId={item.id} />
          ))}
        </ul>
      ) : (
        <p className="ed-muted">{t('agenda.noDocuments')}</p>
      )}
      <div className="ed-add-docs">
        <FilePickButton
          label={t('docImport.add')}
          accept={DOCUMENT_ACCEPT}
          multiple
          inputName={`documents-${item.id}`}
          className="ed-button ed-button-small"
          describedBy={hintId}
          control="add-documents"
          onFiles={(files) => importInto(item.id, files)}
        />
        <span id={hintId} className="ed-hint">
          {t('docImport.dropHint')}
        </span>
      </div>
    </div>
  );
}
