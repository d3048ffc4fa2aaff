/**
 * Private notes (ghi chú riêng) per document, as the query cache holds them (`notes:list`, one
 * query per document): for the reader's own use, kept apart from comments, never exported. A save
 * patches the list from main's answer; a deletion shows at once and comes back if main refuses it;
 * other windows follow through the `changed:notes` event.
 */
import { useQuery } from '@tanstack/react-query';
import type { Note } from '../../../shared/domain/comments';
import type { InputOf } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api } from './client';
import { queryClient } from './queries';
import { notesQuery } from './serverQueries';

export type NoteResult = { ok: true; note: Note } | { ok: false; code: ErrorCode; message: string };
/** The contract's input of notes:save (an id when editing an existing note). */
export type SaveNoteInput = InputOf<'notes:save'>;

const NO_NOTES: Note[] = [];

/** A document's notes (none while no document is open or before they are read). */
export function useNotes(documentId: string | null): Note[] {
  const { data } = useQuery({ ...notesQuery(documentId ?? ''), enabled: documentId !== null });
  return (documentId && data) || NO_NOTES;
}

export function useNote(documentId: string | null, id: string | null): Note | null {
  const notes = useNotes(documentId);
  return (id && notes.find((n) => n.id === id)) || null;
}

/** Reads a document's notes, unless the cache holds them. */
export function loadNotes(documentId: string): Promise<void> {
  return queryClient.prefetchQuery(notesQuery(documentId));
}

export async function saveNote(input: SaveNoteInput): Promise<NoteResult> {
  const result = await api.notesSave(input);
  if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
  const note = result.value;
  queryClient.setQueryData(
    notesQuery(input.documentId).queryKey,
    (notes) =>
      notes && (notes.some((n) => n.id === note.id) ? notes.map((n) => (n.id === note.id ? note : n)) : [...notes, note]),
  );
  return { ok: true, note };
}

/** Removes a note; false (and the note shown again) when main refuses. */
export async function removeNote(note: Note): Promise<boolean> {
  const key = notesQuery(note.documentId).queryKey;
  const before = queryClient.getQueryData(key);
  await queryClient.cancelQueries({ queryKey: key });
  if (before)
    queryClient.setQueryData(
      key,
      before.filter((n) => n.id !== note.id),
    );
  const result = await api.notesDelete({ id: note.id });
  if (!result.ok && before) queryClient.setQueryData(key, before);
  return result.ok;
}
