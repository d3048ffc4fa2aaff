import { CHANNELS } from '../../../shared/ipc/channels';
import { decideKey, listDelegateKeys, myReceipts } from '../services/keys';
import { exportNotSent } from '../services/not-sent';
import { createOnBehalf } from '../roles/on-behalf';
import { myKeyDecisions, otherIdentityComments } from '../roles/other-identities';
import type { HandlerMap } from './types';

export const keyHandlers: HandlerMap<
  | typeof CHANNELS.keysList
  | typeof CHANNELS.keysDecide
  | typeof CHANNELS.receiptsList
  | typeof CHANNELS.rosterExportNotSent
  | typeof CHANNELS.commentsCreateOnBehalf
  | typeof CHANNELS.keysMine
  | typeof CHANNELS.identityOthers
> = {
  [CHANNELS.receiptsList]: (ctx) => myReceipts(ctx.db),
  [CHANNELS.rosterExportNotSent]: (ctx, input) => exportNotSent(ctx, input ?? {}),
  [CHANNELS.commentsCreateOnBehalf]: (ctx, input) => createOnBehalf(ctx.db, input),
  [CHANNELS.keysList]: (ctx) => listDelegateKeys(ctx.db),
  [CHANNELS.keysDecide]: (ctx, input) => decideKey(ctx.db, input),
  [CHANNELS.keysMine]: (ctx) => myKeyDecisions(ctx.db),
  [CHANNELS.identityOthers]: (ctx) => otherIdentityComments(ctx.db),
};
