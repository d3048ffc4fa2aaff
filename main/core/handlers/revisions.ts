import { CHANNELS } from '../../../shared/ipc/channels';
import { makeRevision } from '../services/make-revision';
import { exportRevision } from '../services/revision-export';
import { addDirectChange, resolveChanges, revisionView } from '../services/revisions';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.revisionsList
  | typeof CHANNELS.revisionsChange
  | typeof CHANNELS.revisionsResolve
  | typeof CHANNELS.revisionsMake
  | typeof CHANNELS.revisionsExport;

export const revisionHandlers: HandlerMap<Channels> = {
  [CHANNELS.revisionsList]: (ctx, { documentId }) => revisionView(ctx.db, documentId),
  [CHANNELS.revisionsChange]: (ctx, input) => addDirectChange(ctx.db, input),
  [CHANNELS.revisionsResolve]: (ctx, input) => resolveChanges(ctx.db, input),
  [CHANNELS.revisionsMake]: (ctx, { documentId }) => makeRevision(ctx.db, documentId),
  [CHANNELS.revisionsExport]: (ctx, input) => exportRevision(ctx, input),
};
