import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/domain/comments';
import { selectActive, usePanelStore } from '../../stores/commentsPanelStore';
import { useOpenDocument } from '../../stores/documentStore';
import { removeNote, useNotes } from '../../api/notes';
import { goToNote, stepThrough } from '../reader/navigate';
import { notePassage } from '../reader/passage';
import { ConfirmDialog } from './ConfirmDialog';
import { NoteCard } from './NoteCard';

/** The private notes of the open document: their own list, never mixed with comments. */
export function NotesTab() {
  const { t } = useTranslation();
  const view = useOpenDocument().view;
  const notes = useNotes(view?.document.id ?? null);
  const active = usePanelStore(selectActive);
  const [deleting, setDeleting] = useState<Note | null>(null);
  if (!view) return <p className="pane-empty">{t('notes.noDocument')}</p>;
  const activeId = active?.kind === 'notes' ? active.id : null;
  const step = (direction: 1 | -1) => {
    const next = stepThrough(notes, activeId, direction);
    if (next) goToNote(next);
  };
  return (
    <>
      <p className="pane-lead">{t('notes.lead')}</p>
      {notes.length > 1 && (
        <div className="comment-nav" role="group" aria-label={t('notes.navLabel')}>
          <button type="button" className="button button-small" onClick={() => step(-1)}>
            <span aria-hidden="true">↑ </span>
            {t('comments.nav.previous')}
          </button>
          <button type="button" className="button button-small" onClick={() => step(1)}>
            <span aria-hidden="true">↓ </span>
            {t('comments.nav.next')}
          </button>
        </div>
      )}
      {notes.length === 0 && <p className="pane-empty">{t('notes.empty')}</p>}
      <ol className="comment-list note-list" aria-label={t('notes.listLabel')}>
        {notes.map((note) => (
          <li key={note.id}>
            <NoteCard
              note={note}
              passage={notePassage(note, view.blocks)}
              active={note.id === activeId}
              focusNonce={note.id === activeId && active?.focusCard ? active.nonce : null}
              onDelete={setDeleting}
            />
          </li>
        ))}
      </ol>
      {deleting && (
        <ConfirmDialog
          title={t('notes.delete.title')}
          body={t('notes.delete.body')}
          confirmLabel={t('notes.delete.confirm')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => ((await removeNote(deleting)) ? null : t('notes.delete.failed'))}
        />
      )}
    </>
  );
}
