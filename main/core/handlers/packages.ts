import { CHANNELS } from '../../../shared/ipc/channels';
import { answerComments, listAnswers } from '../services/answers';
import { compile } from '../services/compile';
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
  [CHANNELS.compileGet]: (ctx, filter) => compile(ctx.db, filter ?? {}),
  [CHANNELS.answersSet]: (ctx, input) => answerComments(ctx.db, input),
  [CHANNELS.answersList]: (ctx) => listAnswers(ctx.db),
};
