import { APP_NAME } from '../../../shared/domain/app';
import { CHANNELS } from '../../../shared/ipc/channels';
import { LINE_LENGTH } from '../../../shared/text/lines';
import { SCHEMA_VERSION } from '../db/migrations';
import type { Handler } from './types';

export const appHandlers: { [CHANNELS.appInfo]: Handler<typeof CHANNELS.appInfo> } = {
  [CHANNELS.appInfo]: (ctx) => ({
    name: APP_NAME,
    version: ctx.version,
    dataDir: ctx.dataDir,
    schemaVersion: SCHEMA_VERSION,
    lineLength: LINE_LENGTH,
  }),
};
