import { CHANNELS } from '../../../shared/ipc/channels';
import { decideKey, listDelegateKeys, myReceipts } from '../services/keys';
import { exportNotSent } from '../services/not-sent';
import { createOnBehalf } from '../roles/on-behalf';
import type { HandlerMap } from './types';

export const keyHandlers: HandlerMap<
  | typeof CHANNELS.keysList
  | typeof CHANNELS.keysDecide
  | typeof CHANNELS.receiptsList
  | typeof CHANNELS.rosterExportNotSent
  | typeof CHANNELS.commentsCreateOnBehalf
> = {
  [CHANNELS.receiptsList]: (ctx) => myReceipts(ctx.db),
  [CHANNELS.rosterExportNotSent]: (ctx) => exportNotSent(ctx),
  [CHANNELS.commentsCreateOnBehalf]: (ctx, input) => createOnBehalf(ctx.db, input),
  [CHANNELS.keysList]: (ctx) => listDelegateKeys(ctx.db),
  [CHANNELS.keysDecide]: (ctx, input) => decideKey(ctx.db, input),
};
