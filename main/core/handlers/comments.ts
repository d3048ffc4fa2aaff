import { CHANNELS } from '../../../shared/ipc/channels';
import { LIST_WINDOWS } from '../../../shared/ipc/limits';
import { listComments, listRevisions } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import { readIdentity } from '../db/repos/roster';
import { AppError } from '../errors';
import { withinBudget } from '../services/list-budget';
import { createCommentForScreen, deleteCommentForScreen, updateCommentForScreen } from '../services/comment-save';
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
    const query = {
      sessionId: session.id,
      documentId: filter?.documentId,
      itemId: filter?.itemId,
      authorId: mine?.authorId,
      includeDeleted: filter?.includeDeleted,
    };
    // A delegate's own list is whole (a few hundred); anyone else's is paged (issue 18: ≤ 1 MB an answer).
    if (mine) return listComments(ctx.db, query);
    const page = { offset: filter?.offset ?? 0, limit: filter?.limit ?? LIST_WINDOWS.commentsPage };
    return withinBudget(listComments(ctx.db, { ...query, page }));
  },
  [CHANNELS.commentsCreate]: (ctx, input) => createCommentForScreen(ctx.db, input),
  [CHANNELS.commentsUpdate]: (ctx, input) => updateCommentForScreen(ctx.db, input),
  [CHANNELS.commentsDelete]: (ctx, { id, expectedRevision }) => deleteCommentForScreen(ctx.db, id, expectedRevision),
  [CHANNELS.commentsHistory]: (ctx, { id }) => {
    const revisions = listRevisions(ctx.db, id);
    if (revisions.length === 0) throw new AppError('not_found', 'comment.not_found');
    return revisions;
  },
};
