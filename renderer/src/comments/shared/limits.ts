/** Bounds the forms check before sending (shared/ipc/limits.ts); main checks them again. */
import { LIMITS } from '../../../../shared/ipc/limits';

export const MAX_COMMENT_TEXT = LIMITS.commentText;
export const MAX_PROPOSED_TEXT = LIMITS.proposedText;
export const MAX_NOTE_TEXT = LIMITS.noteText;

/** Length as main counts it: trimmed, in NFC. */
export function boundedLength(text: string): number {
  return text.trim().normalize('NFC').length;
}
