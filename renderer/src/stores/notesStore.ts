/**
 * Private notes (ghi chú riêng) per document: for the reader's own use, kept apart from comments,
 * never exported. Loaded when a document is opened.
 */
import { create } from 'zustand';
import type { Note } from '../../../shared/domain/comments';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';

export type NoteResult = { ok: true; note: Note } | { ok: false; code: ErrorCode; message: string };

/** The contract's input of notes:save (an id when editing an existing note). */
export type SaveNoteInput = InputOf<typeof CHANNELS.notesSave>;

export interface NotesState {
  byDocument: Record<string, Note[]>;
  error: string | null;
  load(documentId: string): Promise<void>;
  save(input: SaveNoteInput): Promise<NoteResult>;
  remove(note: Note): Promise<boolean>;
  dismissError(): void;
}

export const useNotesStore = create<NotesState>()((set, get) => ({
  byDocument: {},
  error: null,
  async load(documentId) {
    const result = await api.notesList({ documentId });
    if (result.ok) set({ byDocument: { ...get().byDocument, [documentId]: result.value }, error: null });
    else set({ error: result.error.message });
  },
  async save(input) {
    const result = await api.notesSave(input);
    if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
    await get().load(input.documentId);
    return { ok: true, note: result.value };
  },
  async remove(note) {
    const result = await api.notesDelete({ id: note.id });
    if (!result.ok) {
      set({ error: result.error.message });
      return false;
    }
    await get().load(note.documentId);
    return true;
  },
  dismissError() {
    set({ error: null });
  },
}));

const NO_NOTES: Note[] = [];
export const selectNotesOf =
  (documentId: string | null) =>
  (s: NotesState): Note[] =>
    (documentId && s.byDocument[documentId]) || NO_NOTES;
export const selectNoteById =
  (documentId: string | null, id: string | null) =>
  (s: NotesState): Note | null =>
    (documentId && id && s.byDocument[documentId]?.find((n) => n.id === id)) || null;
export const selectNotesError = (s: NotesState): string | null => s.error;
