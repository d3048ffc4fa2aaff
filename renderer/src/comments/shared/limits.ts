/**
 * Bounds the forms check before sending; the same numbers as LIMITS in shared/ipc/contract.ts,
 * which is not imported here because it pulls zod into the page. Main checks them again.
 */
export const MAX_COMMENT_TEXT = 10_000;
export const MAX_PROPOSED_TEXT = 10_000;
export const MAX_NOTE_TEXT = 10_000;

/** Length as main counts it: trimmed, in NFC. */
export function boundedLength(text: string): number {
  return text.trim().normalize('NFC').length;
}
