/**
 * "Ý kiến trái chiều": a passage on which delegates disagree, either by stance (some agree, some
 * do not) or by wording (two or more different proposed wordings). The clerk sees it marked and
 * may show only such passages. Pure.
 */
import type { CompiledPassage, CompiledView } from '../../../shared/domain/compile';

export interface PassageConflict {
  /** Tán thành and Không tán thành on the same passage. */
  opposed: boolean;
  /** Two or more different proposed wordings. */
  wordings: boolean;
}

const wording = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

export function passageConflict(passage: CompiledPassage): PassageConflict | null {
  const opposed = passage.counts.tan_thanh > 0 && passage.counts.khong_tan_thanh > 0;
  const proposals = new Set(passage.comments.map((c) => wording(c.comment.proposedText)).filter((w) => w.length > 0));
  const wordings = proposals.size >= 2;
  return opposed || wordings ? { opposed, wordings } : null;
}

/** The view with only the passages in conflict (documents left without any are dropped). */
export function onlyConflicts(view: CompiledView): CompiledView {
  const documents = view.documents
    .map((doc) => ({ ...doc, passages: doc.passages.filter((p) => passageConflict(p) !== null) }))
    .filter((doc) => doc.passages.length > 0);
  return { ...view, documents };
}

/** Comments in the view's passages. */
export function commentsShown(view: CompiledView): number {
  return view.documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.comments.length, 0), 0);
}
