/**
 * "Ý kiến trái chiều": a passage on which delegates disagree, either by stance (some agree, some
 * do not) or by wording (two or more different proposed wordings). The clerk sees it marked and
 * may show only such passages. Pure.
 */
import type { CompiledPassage, PassageConflict } from '../../../shared/domain/compile';

export type { PassageConflict };

const wording = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

export function passageConflict(passage: CompiledPassage): PassageConflict | null {
  // Main says it over the whole passage when the card holds only part of it.
  if (passage.conflict !== undefined) return passage.conflict;
  const opposed = passage.counts.tan_thanh > 0 && passage.counts.khong_tan_thanh > 0;
  const proposals = new Set(passage.comments.map((c) => wording(c.comment.proposedText)).filter((w) => w.length > 0));
  const wordings = proposals.size >= 2;
  return opposed || wordings ? { opposed, wordings } : null;
}
