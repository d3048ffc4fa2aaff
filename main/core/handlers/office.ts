import { CHANNELS } from '../../../shared/ipc/channels';
import { officeView, setupOffice } from '../services/office';
import type { HandlerMap } from './types';

export const officeHandlers: HandlerMap<typeof CHANNELS.officeGet | typeof CHANNELS.officeSetup> = {
  [CHANNELS.officeGet]: (ctx) => officeView(ctx.db),
  [CHANNELS.officeSetup]: (ctx, input) => setupOffice(ctx.db, input),
};
