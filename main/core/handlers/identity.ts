import { CHANNELS } from '../../../shared/ipc/channels';
import { identityView, setIdentity } from '../services/identity';
import type { HandlerMap } from './types';

export const identityHandlers: HandlerMap<typeof CHANNELS.identityGet | typeof CHANNELS.identitySet> = {
  [CHANNELS.identityGet]: (ctx) => identityView(ctx.db),
  [CHANNELS.identitySet]: (ctx, input) => setIdentity(ctx.db, input),
};
