/**
 * A delegate's comments: create, edit (each edit a new revision, the old one kept), delete (a
 * tombstone). Every write is one transaction; a stale revision is refused, never overwritten.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Comment, Stance } from '../../../shared/domain/comments';
import type { Identity } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { getComment, saveCommentState, markOnBehalf } from '../db/repos/comments';
import { currentSession, getDocumentOwner, getItemSession } from '../db/repos/dossier';
import { readIdentity } from '../db/repos/roster';
import { AppError } from '../errors';
import { resolveAnchor, type AnchorInput } from './anchors';

export interface CreateCommentInput {
  itemId: string;
  documentId: string | null;
  anchor: AnchorInput | null;
  stance: Stance;
  text: string;
  proposedText?: string | null;
}

export interface UpdateCommentInput {
  id: string;
  expectedRevision: number;
  stance?: Stance;
  text?: string;
  proposedText?: string | null;
}

export function requireIdentity(db: Db): Identity {
  const identity = readIdentity(db);
  if (!identity)
    throw new AppError(
      'no_identity',
      'Hãy cho biết bạn là ai (chọn tên trong danh sách đại biểu) trước khi góp ý hoặc xuất góp ý.',
    );
  return identity;
}

function requireSessionId(db: Db): string {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'Chưa có kỳ họp nào trong dữ liệu.');
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
    throw new AppError('not_found', 'Không tìm thấy nội dung chương trình này trong kỳ họp hiện tại.');
  }
  if (input.documentId !== null) {
    const owner = getDocumentOwner(db, input.documentId);
    if (!owner || owner.itemId !== input.itemId)
      throw new AppError('not_found', 'Tài liệu không thuộc nội dung chương trình đã chọn.');
  } else if (input.anchor) {
    throw new AppError('invalid_input', 'Góp ý vào một đoạn văn phải thuộc một tài liệu.');
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
  if (!comment || comment.author.id !== identity.authorId)
    throw new AppError('not_found', 'Không tìm thấy góp ý này trong các góp ý của bạn.');
  if (comment.deleted) throw new AppError('conflict', 'Góp ý này đã bị xóa.');
  if (comment.revision !== expectedRevision) {
    throw new AppError('conflict', `Góp ý đã được sửa ở nơi khác (bản sửa ${comment.revision}); hãy tải lại trước khi sửa tiếp.`);
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
