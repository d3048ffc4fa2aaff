import { CHANNELS } from '../../../shared/ipc/channels';
import { search } from '../services/search';
import type { Handler } from './types';

export const searchHandlers: { [CHANNELS.searchQuery]: Handler<typeof CHANNELS.searchQuery> } = {
  [CHANNELS.searchQuery]: (ctx, { query, limit }) => search(ctx.db, query.normalize('NFC'), limit),
};
