/**
 * Saving a comment from the window in one round trip: the write, the form's draft cleared, and
 * what the screen shows beside the comment (its answer, its item's and document's counts), all in
 * one transaction, so a crash never leaves a saved comment with its draft still offered, and the
 * window needs no second call. Other windows learn it from the `changed:comments` event.
 */
import type { Comment } from '../../../shared/domain/comments';
import type { SavedComment } from '../../../shared/ipc/events';
import type { Db } from '../db/database';
import { countLiveComments } from '../db/repos/comments';
import { deleteDraft } from '../db/repos/notes';
import { readAnswerTo } from '../db/repos/packages';
import { createComment, deleteComment, updateComment, type CreateCommentInput, type UpdateCommentInput } from './comments';

/** The form's draft to clear with the write (`comment:…` keys of the composer). */
export interface WithDraft {
  draftKey?: string;
}

function savedView(db: Db, comment: Comment): SavedComment {
  const counts = countLiveComments(db, comment.itemId, comment.documentId);
  return {
    ...comment,
    answer: readAnswerTo(db, comment.id),
    counts: { itemId: comment.itemId, item: counts.item, documentId: comment.documentId, document: counts.document },
  };
}

function withDraftCleared(db: Db, input: WithDraft, write: () => Comment): SavedComment {
  return db.transaction(() => {
    const comment = write();
    if (input.draftKey) deleteDraft(db, input.draftKey);
    return savedView(db, comment);
  })();
}

export const createCommentForScreen = (db: Db, input: CreateCommentInput & WithDraft): SavedComment =>
  withDraftCleared(db, input, () => createComment(db, input));

export const updateCommentForScreen = (db: Db, input: UpdateCommentInput & WithDraft): SavedComment =>
  withDraftCleared(db, input, () => updateComment(db, input));

export const deleteCommentForScreen = (db: Db, id: string, expectedRevision: number): SavedComment =>
  withDraftCleared(db, {}, () => deleteComment(db, id, expectedRevision));

/** The comment as stored, without what was added for the screen. */
export function storedComment(saved: SavedComment): Comment {
  const { answer: _answer, counts: _counts, ...comment } = saved;
  return comment;
}
