import { CHANNELS } from '../../../shared/ipc/channels';
import { decideKey, listDelegateKeys, myReceipts } from '../services/keys';
import { exportNotSent } from '../services/not-sent';
import type { HandlerMap } from './types';

export const keyHandlers: HandlerMap<
  typeof CHANNELS.keysList | typeof CHANNELS.keysDecide | typeof CHANNELS.receiptsList | typeof CHANNELS.rosterExportNotSent
> = {
  [CHANNELS.receiptsList]: (ctx) => myReceipts(ctx.db),
  [CHANNELS.rosterExportNotSent]: (ctx) => exportNotSent(ctx),
  [CHANNELS.keysList]: (ctx) => listDelegateKeys(ctx.db),
  [CHANNELS.keysDecide]: (ctx, input) => decideKey(ctx.db, input),
};
