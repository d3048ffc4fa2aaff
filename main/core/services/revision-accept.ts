/**
 * "Tiếp thu" with the delegate's wording: the proposed wording of one comment, as proposed or as
 * edited by the secretariat, becomes a pending change of the revised draft, stored against the
 * passage the comment quotes in the current version. Called inside the answer's transaction.
 */
import type { AnswerKind, Comment } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { withdrawCommentChanges } from '../db/repos/revisions';
import { AppError } from '../errors';
import { requireRevisionDocument, storeChange } from './revisions';

export const DELETED_COMMENT = 'accept.comment_deleted';

export interface WordingChoice {
  /** Take the comment's proposed wording into the revised draft. */
  acceptWording?: boolean;
  /** The secretariat's edited wording (empty: delete the passage); without it, the delegate's proposal. */
  wording?: string;
}

/** Refuses a wording acceptance that cannot stand, before anything is written. */
export function checkWordingChoice(input: WordingChoice & { commentIds: readonly string[]; kind: AnswerKind }): void {
  if (input.wording !== undefined && !input.acceptWording) throw new AppError('invalid_input', 'accept.wording_without_accept');
  if (!input.acceptWording) return;
  if (input.kind !== 'tiep_thu') throw new AppError('invalid_input', 'accept.only_tiep_thu');
  if (new Set(input.commentIds).size !== 1) throw new AppError('invalid_input', 'accept.one_comment');
}

/** Any new answer replaces what an earlier answer to the comment put in the revised draft. */
export function withdrawEarlierAcceptance(db: Db, commentId: string): void {
  withdrawCommentChanges(db, commentId);
}

export function acceptCommentWording(db: Db, comment: Comment, choice: WordingChoice, now: string): string {
  if (comment.deleted) throw new AppError('not_found', DELETED_COMMENT);
  const anchor = comment.anchor;
  if (!anchor || !comment.documentId) throw new AppError('invalid_input', 'accept.no_anchor');
  const wording = choice.wording ?? comment.proposedText;
  if (wording === null || wording === undefined) throw new AppError('invalid_input', 'accept.no_wording');
  const doc = requireRevisionDocument(db, comment.documentId);
  const block = doc.blocks.find((b) => b.id === anchor.blockId);
  if (!block || block.text.slice(anchor.start, anchor.end) !== anchor.quote)
    throw new AppError('conflict', 'accept.passage_gone');
  if (wording === anchor.quote) throw new AppError('invalid_input', 'accept.same_wording');
  const passage = { startBlockId: block.id, start: anchor.start, endBlockId: block.id, end: anchor.end, original: anchor.quote };
  const id = storeChange(db, doc, passage, { wording, origin: 'comment', reason: null, commentIds: [comment.id] }, now);
  return id;
}
