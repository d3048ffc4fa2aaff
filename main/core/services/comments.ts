/**
 * A delegate's comments: create, edit (each edit a new revision, the old one kept), delete (a
 * tombstone). Every write is one transaction; a stale revision is refused, never overwritten.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Comment } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getComment, saveCommentState, markOnBehalf } from '../db/repos/comments';
import { currentSession, getDocumentOwner, getItemSession } from '../db/repos/dossier';
import { AppError } from '../errors';
import { requireIdentity } from '../identity';
import { resolveAnchor } from './anchors';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { ParsedInputOf } from '../../../shared/ipc/contract';

/** The contract's parsed inputs (the draft to clear is the caller's business, not the comment's). */
export type CreateCommentInput = Omit<ParsedInputOf<typeof CHANNELS.commentsCreate>, 'draftKey'>;
export type UpdateCommentInput = Omit<ParsedInputOf<typeof CHANNELS.commentsUpdate>, 'draftKey'>;

function requireSessionId(db: Db): string {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  return session.id;
}

export function createComment(
  db: Db,
  input: CreateCommentInput,
  now: string = new Date().toISOString(),
  /** Someone else's name on it: the secretariat entering a comment on a delegate's behalf. */
  onBehalf?: { author: Comment['author']; of: 'delegate' | 'delegation'; source: string },
): Comment {
  const identity = onBehalf ? null : requireIdentity(db);
  const sessionId = requireSessionId(db);
  if (getItemSession(db, input.itemId) !== sessionId) {
    throw new AppError('not_found', 'comment.item_not_in_session');
  }
  if (input.documentId !== null) {
    const owner = getDocumentOwner(db, input.documentId);
    if (!owner || owner.itemId !== input.itemId) throw new AppError('not_found', 'comment.document_not_in_item');
  } else if (input.anchor) {
    throw new AppError('invalid_input', 'comment.anchor_needs_document');
  }
  const anchor = input.anchor && input.documentId ? resolveAnchor(db, input.documentId, input.anchor).anchor : null;
  const comment: Comment = {
    id: uuidv7(),
    sessionId,
    itemId: input.itemId,
    documentId: input.documentId,
    anchor,
    stance: input.stance,
    text: input.text,
    proposedText: anchor ? (input.proposedText ?? null) : null,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    deleted: false,
    author: onBehalf ? onBehalf.author : { id: identity!.authorId, name: identity!.name, delegation: identity!.delegation },
    ...(onBehalf ? { onBehalf: { of: onBehalf.of, source: onBehalf.source } } : {}),
  };
  db.transaction(() => {
    saveCommentState(db, comment);
    if (onBehalf) markOnBehalf(db, comment.id, onBehalf.of, onBehalf.source);
  })();
  return comment;
}

/** Loads a comment the current identity may change: its own, not deleted, at the expected revision. */
function ownLiveComment(db: Db, id: string, expectedRevision: number): Comment {
  const identity = requireIdentity(db);
  const comment = getComment(db, id);
  if (!comment || comment.author.id !== identity.authorId) throw new AppError('not_found', 'comment.not_mine');
  if (comment.deleted) throw new AppError('conflict', 'comment.deleted');
  if (comment.revision !== expectedRevision) {
    throw new AppError('conflict', 'comment.stale_revision', { revision: String(comment.revision) });
  }
  return comment;
}

export function updateComment(db: Db, input: UpdateCommentInput, now: string = new Date().toISOString()): Comment {
  return db.transaction(() => {
    const current = ownLiveComment(db, input.id, input.expectedRevision);
    const next: Comment = {
      ...current,
      stance: input.stance ?? current.stance,
      text: input.text ?? current.text,
      proposedText: current.anchor ? (input.proposedText === undefined ? current.proposedText : input.proposedText) : null,
      revision: current.revision + 1,
      updatedAt: now,
    };
    saveCommentState(db, next);
    return next;
  })();
}

export function deleteComment(db: Db, id: string, expectedRevision: number, now: string = new Date().toISOString()): Comment {
  return db.transaction(() => {
    const current = ownLiveComment(db, id, expectedRevision);
    const tombstone: Comment = { ...current, deleted: true, revision: current.revision + 1, updatedAt: now };
    saveCommentState(db, tombstone);
    return tombstone;
  })();
}
