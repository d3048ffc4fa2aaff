import { CHANNELS } from '../../../shared/ipc/channels';
import { exportOfficeKeyFile, importOfficeKeyFile, officeView, setupOffice } from '../services/office';
import type { HandlerMap } from './types';

export const officeHandlers: HandlerMap<
  typeof CHANNELS.officeGet | typeof CHANNELS.officeSetup | typeof CHANNELS.officeExportKey | typeof CHANNELS.officeImportKey
> = {
  [CHANNELS.officeGet]: (ctx) => officeView(ctx.db),
  [CHANNELS.officeSetup]: (ctx, input) => setupOffice(ctx.db, input),
  [CHANNELS.officeExportKey]: (ctx, { passphrase }) => exportOfficeKeyFile(ctx, passphrase),
  [CHANNELS.officeImportKey]: (ctx, { file, passphrase, machineName }) =>
    importOfficeKeyFile(ctx, { name: file.name, data: Buffer.from(file.dataBase64, 'base64') }, passphrase, machineName),
};
