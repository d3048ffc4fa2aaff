/** Private notes (ghi chú riêng) on a passage: kept apart from comments, never exported. */
import { v7 as uuidv7 } from 'uuid';
import type { Note } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getNote, saveNote } from '../db/repos/notes';
import { AppError } from '../errors';
import { resolveAnchor, type AnchorInput } from './anchors';

export function saveNoteFor(
  db: Db,
  input: { id?: string; documentId: string; anchor: AnchorInput; text: string },
  now: string = new Date().toISOString(),
): Note {
  return db.transaction(() => {
    if (input.id) {
      const existing = getNote(db, input.id);
      if (!existing) throw new AppError('not_found', 'note.not_found');
      const note = { ...existing, text: input.text, updatedAt: now };
      saveNote(db, note);
      return note;
    }
    const { anchor } = resolveAnchor(db, input.documentId, input.anchor);
    const note: Note = {
      id: uuidv7(),
      documentId: input.documentId,
      blockId: anchor.blockId,
      start: anchor.start,
      end: anchor.end,
      quote: anchor.quote,
      text: input.text,
      createdAt: now,
      updatedAt: now,
    };
    saveNote(db, note);
    return note;
  })();
}
