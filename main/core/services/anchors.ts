/** Checks a passage selected in the reader against the stored block and completes its anchor. */
import { anchorIn, type CommentAnchor } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getBlockRef, type BlockRef } from '../db/repos/dossier';
import { AppError } from '../errors';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { ParsedInputOf } from '../../../shared/ipc/contract';

/** A passage as the reader selects it (the contract's anchor of a new comment). */
export type AnchorInput = NonNullable<ParsedInputOf<typeof CHANNELS.commentsCreate>['anchor']>;

/** Validates offsets and quote against the block's text; line numbers come from the block, not the caller. */
export function resolveAnchor(db: Db, documentId: string, input: AnchorInput): { anchor: CommentAnchor; block: BlockRef } {
  const block = getBlockRef(db, input.blockId);
  if (!block || block.documentId !== documentId) {
    throw new AppError('not_found', 'anchor.block_not_found');
  }
  const { start, end } = input;
  if (start < 0 || end <= start || end > block.text.length) {
    throw new AppError('invalid_input', 'anchor.out_of_block');
  }
  const quote = input.quote.normalize('NFC');
  if (block.text.slice(start, end) !== quote) {
    throw new AppError('invalid_input', 'anchor.quote_mismatch');
  }
  return { block, anchor: anchorIn(block, start, end, quote) };
}
