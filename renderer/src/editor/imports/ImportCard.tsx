import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../routing/route';
import { selectItems, useAgenda } from '../../api/agenda';
import { useDocImportStore, type ImportEntry } from '../../stores/docImportStore';
import { HeaderFields } from './HeaderFields';
import { ImportStats } from './ImportStats';
import { StructurePreview } from './StructurePreview';

function openDocument(event: MouseEvent<HTMLAnchorElement>, documentId: string) {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate({ name: 'doc', documentId, blockId: null });
}

/** Puts the focus where work continues: the next file waiting for a decision, else "back". */
function focusNextFile(after: string): void {
  requestAnimationFrame(() => {
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.ed-import-card'));
    const next = cards
      .slice(cards.findIndex((c) => c.dataset.key === after) + 1)
      .find((c) => c.classList.contains('status-ready'));
    (next?.querySelector<HTMLElement>('.ed-import-file') ?? document.querySelector<HTMLElement>('.ed-back'))?.focus();
  });
}

/** One file being imported: its preview, the corrected header, and "Lưu" / "Bỏ qua"; or why it was refused. */
export function ImportCard({ entry }: { entry: ImportEntry }) {
  const { t } = useTranslation();
  const item = useAgenda(selectItems).find((i) => i.id === entry.itemId);
  const store = useDocImportStore.getState;
  const headingId = `ed-import-${entry.key}`;
  const working = entry.status === 'waiting' || entry.status === 'previewing';
  return (
    <article className={`ed-import-card status-${entry.status}`} aria-labelledby={headingId} data-key={entry.key}>
      <header className="ed-import-head">
        <div>
          <h3 id={headingId} className="ed-import-file" tabIndex={-1}>
            {entry.fileName}
          </h3>
          {item && <p className="ed-muted">{t('docImport.into', { order: item.order, title: item.title })}</p>}
        </div>
        <span className="ed-status-chip">{t(`docImport.status.${entry.status}`)}</span>
      </header>
      {working && (
        <p className="ed-progress" role="status">
          <span className="ed-spinner" aria-hidden="true" />
          {t(entry.status === 'waiting' ? 'docImport.waiting' : 'docImport.reading', { name: entry.fileName })}
        </p>
      )}
      {entry.error && (
        <div className="ed-inline-alert" role="alert">
          <p>{entry.error}</p>
        </div>
      )}
      {entry.status === 'saved' && entry.documentId && (
        <p className="ed-success" role="status">
          {t('docImport.saved', { title: entry.header?.title ?? entry.fileName })}{' '}
          <a
            href={hrefFor({ name: 'doc', documentId: entry.documentId, blockId: null })}
            onClick={(e) => openDocument(e, entry.documentId!)}
          >
            {t('docImport.openInReader')}
          </a>
        </p>
      )}
      {entry.preview && entry.header && (entry.status === 'ready' || entry.status === 'saving') && (
        <>
          <HeaderFields
            header={entry.header}
            name={`doc-${entry.key}`}
            disabled={entry.status === 'saving'}
            onChange={(patch) => store().setHeader(entry.key, patch)}
          />
          <ImportStats preview={entry.preview} />
          <StructurePreview blocks={entry.preview.blocks} name={`structure-${entry.key}`} />
          <div className="ed-actions ed-card-actions">
            <button
              type="button"
              className="ed-button"
              disabled={entry.status === 'saving'}
              onClick={() => {
                store().skip(entry.key);
                focusNextFile(entry.key);
              }}
            >
              {t('docImport.skip')}
            </button>
            <button
              type="button"
              className="ed-button ed-button-primary"
              disabled={entry.status === 'saving'}
              onClick={() =>
                void store()
                  .save(entry.key)
                  .then((ok) => ok && requestAnimationFrame(() => document.getElementById(`${headingId}-open`)?.focus()))
              }
            >
              {entry.status === 'saving' ? t('editor.saving') : t('docImport.save')}
              <span className="visually-hidden"> {entry.fileName}</span>
            </button>
          </div>
        </>
      )}
    </article>
  );
}
