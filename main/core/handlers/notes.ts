import { CHANNELS } from '../../../shared/ipc/channels';
import { deleteDraft, deleteNote, getDraft, listDrafts, listNotes, saveDraft } from '../db/repos/notes';
import { saveNoteFor } from '../services/notes';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.notesList
  | typeof CHANNELS.notesSave
  | typeof CHANNELS.notesDelete
  | typeof CHANNELS.draftsGet
  | typeof CHANNELS.draftsList
  | typeof CHANNELS.draftsSave
  | typeof CHANNELS.draftsClear;

export const noteHandlers: HandlerMap<Channels> = {
  [CHANNELS.notesList]: (ctx, { documentId }) => listNotes(ctx.db, documentId),
  [CHANNELS.notesSave]: (ctx, input) => saveNoteFor(ctx.db, input),
  [CHANNELS.notesDelete]: (ctx, { id }) => ({ deleted: deleteNote(ctx.db, id) }),
  [CHANNELS.draftsGet]: (ctx, { key }) => getDraft(ctx.db, key),
  [CHANNELS.draftsList]: (ctx) => listDrafts(ctx.db),
  [CHANNELS.draftsSave]: (ctx, { key, payload }) => {
    const now = new Date().toISOString();
    saveDraft(ctx.db, key, payload, now);
    return { key, payload, updatedAt: now };
  },
  [CHANNELS.draftsClear]: (ctx, { key }) => {
    deleteDraft(ctx.db, key);
    return { cleared: true };
  },
};
