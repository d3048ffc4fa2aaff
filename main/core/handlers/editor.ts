import { CHANNELS } from '../../../shared/ipc/channels';
import { listSessions } from '../db/repos/dossier';
import { fileSlug } from '../files';
import { parseRosterCsv } from '../services/roster-csv';
import {
  addItem,
  createSession,
  editItem,
  openSession,
  removeItem,
  reorderItems,
  replaceRoster,
  updateSession,
} from '../services/session-editor';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.sessionCreate
  | typeof CHANNELS.sessionUpdate
  | typeof CHANNELS.agendaAddItem
  | typeof CHANNELS.agendaUpdateItem
  | typeof CHANNELS.agendaRemoveItem
  | typeof CHANNELS.agendaReorder
  | typeof CHANNELS.rosterImportCsv
  | typeof CHANNELS.rosterSave
  | typeof CHANNELS.sessionList
  | typeof CHANNELS.sessionOpen;

export const editorHandlers: HandlerMap<Channels> = {
  [CHANNELS.sessionList]: (ctx) => listSessions(ctx.db),
  [CHANNELS.sessionOpen]: (ctx, { id }) => openSession(ctx.db, id),
  [CHANNELS.sessionCreate]: (ctx, fields) => createSession(ctx.db, fields),
  [CHANNELS.sessionUpdate]: (ctx, fields) => updateSession(ctx.db, fields),
  [CHANNELS.agendaAddItem]: (ctx, fields) => ({ id: addItem(ctx.db, fields) }),
  [CHANNELS.agendaUpdateItem]: (ctx, { id, ...fields }) => {
    editItem(ctx.db, id, fields);
    return { id };
  },
  [CHANNELS.agendaRemoveItem]: (ctx, { id }) => {
    removeItem(ctx.db, id);
    return { removed: true };
  },
  [CHANNELS.agendaReorder]: (ctx, { items }) => {
    reorderItems(ctx.db, items);
    return { reordered: items.length };
  },
  [CHANNELS.rosterImportCsv]: (ctx, { file }) => ({
    imported: replaceRoster(ctx.db, parseRosterCsv(Buffer.from(file.dataBase64, 'base64'), file.name)),
  }),
  [CHANNELS.rosterSave]: (ctx, { entries }) => ({
    saved: replaceRoster(
      ctx.db,
      entries.map((e, i) => ({ ...e, id: e.id ?? `db${String(i + 1).padStart(3, '0')}-${fileSlug(e.name)}` })),
    ),
  }),
};
