import { CHANNELS } from '../../../shared/ipc/channels';
import {
  importDocument,
  importNewVersion,
  previewDocumentImport,
  previewNewVersion,
  removeDocument,
} from '../services/document-import';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.documentsPreviewImport
  | typeof CHANNELS.documentsImport
  | typeof CHANNELS.documentsPreviewVersion
  | typeof CHANNELS.documentsImportVersion
  | typeof CHANNELS.documentsRemove;

const decode = (f: { name: string; dataBase64: string }) => ({ name: f.name, data: Buffer.from(f.dataBase64, 'base64') });

export const documentHandlers: HandlerMap<Channels> = {
  [CHANNELS.documentsPreviewImport]: (ctx, { file }) => previewDocumentImport(ctx, decode(file)),
  [CHANNELS.documentsImport]: (ctx, { itemId, file, header }) => importDocument(ctx, { itemId, file: decode(file), header }),
  [CHANNELS.documentsPreviewVersion]: (ctx, { documentId, file }) => previewNewVersion(ctx, { documentId, file: decode(file) }),
  [CHANNELS.documentsImportVersion]: (ctx, { documentId, file, header }) =>
    importNewVersion(ctx, { documentId, file: decode(file), header }),
  [CHANNELS.documentsRemove]: (ctx, { documentId }) => {
    removeDocument(ctx, documentId);
    return { removed: true };
  },
};
