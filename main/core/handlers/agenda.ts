import { CHANNELS } from '../../../shared/ipc/channels';
import { currentSession, readAgenda, readDocument } from '../db/repos/dossier';
import { AppError } from '../errors';
import { documentWindow } from '../services/document-window';
import type { Handler } from './types';

export const agendaHandlers: {
  [CHANNELS.agendaGet]: Handler<typeof CHANNELS.agendaGet>;
  [CHANNELS.documentGet]: Handler<typeof CHANNELS.documentGet>;
} = {
  [CHANNELS.agendaGet]: (ctx) => {
    const session = currentSession(ctx.db);
    if (!session) throw new AppError('not_found', 'session.none');
    return readAgenda(ctx.db, session);
  },
  [CHANNELS.documentGet]: (ctx, { documentId, ...window }) => {
    const found = readDocument(ctx.db, documentId);
    if (!found) throw new AppError('not_found', 'document.not_found', { id: documentId });
    return documentWindow(found, window);
  },
};
