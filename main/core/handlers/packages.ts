import { CHANNELS } from '../../../shared/ipc/channels';
import { answerComments, listAnswers } from '../services/answers';
import { changeStamp } from '../db/repos/change-stamp';
import { patchAnswers } from '../services/compile-index';
import { compileWindow } from '../services/compile-window';
import { exportComments, exportDossier, importCommentFiles, importDossierFile } from '../services/exchange';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.packagesExportComments
  | typeof CHANNELS.packagesExportDossier
  | typeof CHANNELS.packagesImportComments
  | typeof CHANNELS.packagesImportDossier
  | typeof CHANNELS.compileGet
  | typeof CHANNELS.answersSet
  | typeof CHANNELS.answersList;

const decode = (f: { name: string; dataBase64: string }) => ({ name: f.name, data: Buffer.from(f.dataBase64, 'base64') });

export const packageHandlers: HandlerMap<Channels> = {
  [CHANNELS.packagesExportComments]: (ctx) => exportComments(ctx),
  [CHANNELS.packagesExportDossier]: (ctx) => exportDossier(ctx),
  // Each file's outcome is pushed as it is written (`import:progress`): the window sends all files in one call.
  [CHANNELS.packagesImportComments]: (ctx, { files }) =>
    importCommentFiles(ctx, files.map(decode), (progress) => ctx.events.emit('import:progress', progress)),
  [CHANNELS.packagesImportDossier]: (ctx, { file, trustFingerprint }) => importDossierFile(ctx, decode(file), trustFingerprint),
  [CHANNELS.compileGet]: (ctx, request) => compileWindow(ctx.db, request ?? {}),
  [CHANNELS.answersSet]: (ctx, input) => {
    // The compiled view's index is patched, not rebuilt, for the answers just written.
    const before = changeStamp(ctx.db);
    const result = answerComments(ctx.db, input);
    patchAnswers(ctx.db, before, input.commentIds);
    return result;
  },
  [CHANNELS.answersList]: (ctx) => listAnswers(ctx.db),
};
