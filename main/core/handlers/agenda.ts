import { CHANNELS } from '../../../shared/ipc/channels';
import { currentSession, readAgenda } from '../db/repos/dossier';
import { AppError } from '../errors';
import { readDocumentWindow } from '../services/document-window';
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
    const page = readDocumentWindow(ctx.db, documentId, window);
    if (!page) throw new AppError('not_found', 'document.not_found', { id: documentId });
    return page;
  },
};
