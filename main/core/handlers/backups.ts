import { CHANNELS } from '../../../shared/ipc/channels';
import { listBackups } from '../db/backup';
import { createBackup, restoreBackup } from '../services/backups';
import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<
  typeof CHANNELS.backupsList | typeof CHANNELS.backupsCreate | typeof CHANNELS.backupsRestore
> = {
  [CHANNELS.backupsList]: (ctx) => listBackups(ctx.dataDir),
  [CHANNELS.backupsCreate]: (ctx) => createBackup(ctx),
  [CHANNELS.backupsRestore]: (ctx, { name }) => restoreBackup(ctx, name),
};
