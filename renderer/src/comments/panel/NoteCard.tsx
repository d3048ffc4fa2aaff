import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/domain/comments';
import { formatDateTime } from '../../i18n/format';
import type { PassageRef } from '../../stores/commentsPanelStore';
import { selectLocale, useSettings } from '../../api/settings';
import { startComposing } from '../form/compose';
import { goToNote } from '../reader/navigate';
import { lineLabel } from '../shared/PassageContext';
import { useCardFocus } from './useCardFocus';

interface Props {
  note: Note;
  passage: PassageRef;
  active: boolean;
  focusNonce: number | null;
  onDelete(note: Note): void;
}

/** One private note: its passage, its text, and go to / edit / delete. */
export const NoteCard = memo(function NoteCard({ note, passage, active, focusNonce, onDelete }: Props) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const ref = useCardFocus<HTMLElement>(focusNonce, active);
  const headId = `note-${note.id}-head`;
  return (
    <article
      ref={ref}
      id={`note-${note.id}`}
      className={`note-card${active ? ' is-active' : ''}`}
      aria-labelledby={headId}
      aria-current={active || undefined}
      tabIndex={-1}
      data-note-id={note.id}
    >
      <p id={headId} className="note-card-head">
        <span className="note-chip">{t('notes.chip')}</span>
        {lineLabel(t, passage.lineFirst, passage.lineLast)}
      </p>
      <blockquote className="comment-quote">{note.quote}</blockquote>
      <p className="comment-text">{note.text}</p>
      <footer className="comment-card-foot">
        <p className="comment-meta">
          <time dateTime={note.updatedAt}>{formatDateTime(note.updatedAt, locale)}</time>
        </p>
        <div className="card-actions">
          <button type="button" className="link-button" aria-describedby={headId} onClick={() => goToNote(note)}>
            {t('comments.actions.goTo')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-describedby={headId}
            onClick={() => startComposing({ kind: 'note', mode: 'edit', noteId: note.id, documentId: note.documentId })}
          >
            {t('comments.actions.edit')}
          </button>
          <button type="button" className="link-button danger" aria-describedby={headId} onClick={() => onDelete(note)}>
            {t('comments.actions.delete')}
          </button>
        </div>
      </footer>
    </article>
  );
});
