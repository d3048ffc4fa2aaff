import { CHANNELS } from '../../../shared/ipc/channels';
import { readDocument } from '../db/repos/dossier';
import { AppError } from '../errors';
import { documentVersionMarks } from '../services/version-marks';
import type { Handler } from './types';

export const versionMarkHandlers: {
  [CHANNELS.documentsVersionMarks]: Handler<typeof CHANNELS.documentsVersionMarks>;
} = {
  [CHANNELS.documentsVersionMarks]: (ctx, { documentId }) => {
    if (!readDocument(ctx.db, documentId)) throw new AppError('not_found', 'document.not_found', { id: documentId });
    return documentVersionMarks(ctx.db, documentId);
  },
};
