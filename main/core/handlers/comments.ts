import { CHANNELS } from '../../../shared/ipc/channels';
import { listComments, listRevisions } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import { readIdentity } from '../db/repos/roster';
import { AppError } from '../errors';
import { createComment, deleteComment, updateComment } from '../services/comments';
import type { HandlerMap } from './types';

type Channels =
  | typeof CHANNELS.commentsList
  | typeof CHANNELS.commentsCreate
  | typeof CHANNELS.commentsUpdate
  | typeof CHANNELS.commentsDelete
  | typeof CHANNELS.commentsHistory;

export const commentHandlers: HandlerMap<Channels> = {
  [CHANNELS.commentsList]: (ctx, filter) => {
    const session = currentSession(ctx.db);
    if (!session) return [];
    const mine = filter?.mine ? readIdentity(ctx.db) : null;
    if (filter?.mine && !mine) return [];
    return listComments(ctx.db, {
      sessionId: session.id,
      documentId: filter?.documentId,
      itemId: filter?.itemId,
      authorId: mine?.authorId,
      includeDeleted: filter?.includeDeleted,
    });
  },
  [CHANNELS.commentsCreate]: (ctx, input) => createComment(ctx.db, input),
  [CHANNELS.commentsUpdate]: (ctx, input) => updateComment(ctx.db, input),
  [CHANNELS.commentsDelete]: (ctx, { id, expectedRevision }) => deleteComment(ctx.db, id, expectedRevision),
  [CHANNELS.commentsHistory]: (ctx, { id }) => {
    const revisions = listRevisions(ctx.db, id);
    if (revisions.length === 0) throw new AppError('not_found', 'comment.not_found');
    return revisions;
  },
};
