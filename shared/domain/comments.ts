/** Comments (góp ý), private notes and the secretariat's answers. Plain data shared by all layers. */
import { lineIndexesOf } from '../text/lines';

export const STANCES = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'] as const;
/** Tán thành / Không tán thành / Ý kiến khác. */
export type Stance = (typeof STANCES)[number];

export const ANSWER_KINDS = ['tiep_thu', 'giai_trinh', 'ghi_nhan'] as const;
/** Tiếp thu / Giải trình / Ghi nhận. */
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * Where a comment points: a block, character offsets in its text, the quoted text and the block's
 * structural label, so it can be found again in a later draft even when paragraphs move.
 */
export interface CommentAnchor {
  blockId: string;
  start: number;
  end: number;
  quote: string;
  /** Structural reference of the block, e.g. "Điều 3, khoản 2, điểm a". */
  path: string | null;
  /** Fixed-length line numbers (shared/text/lines) covered by the quote. */
  lineFirst: number;
  lineLast: number;
}

/** The anchor of `quote` at [start, end) in a block: its path and the fixed line numbers it covers. */
export function anchorIn(
  block: { id: string; text: string; path: string | null; lineStart: number },
  start: number,
  end: number,
  quote: string,
): CommentAnchor {
  const [first, last] = lineIndexesOf(block.text, start, end);
  return {
    blockId: block.id,
    start,
    end,
    quote,
    path: block.path,
    lineFirst: block.lineStart + first,
    lineLast: block.lineStart + last,
  };
}

export interface Author {
  /** Stable id of the delegate (roster id or the installation's own id). */
  id: string;
  name: string;
  delegation: string;
}

export interface Comment {
  /** UUIDv7: unique across machines, sortable by creation time. */
  id: string;
  sessionId: string;
  itemId: string;
  /** Null for a general comment on a whole agenda item. */
  documentId: string | null;
  /** Null for a general comment on a whole document or item. */
  anchor: CommentAnchor | null;
  stance: Stance;
  text: string;
  proposedText: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** A deletion is a tombstone that travels to the secretariat, never a removed row. */
  deleted: boolean;
  author: Author;
  /**
   * Entered by the secretariat on a delegate's (or a Tổ's) behalf ("nhập thay") from a paper sheet
   * or a Tổ's minutes: never signed as the delegate, never in their package. Absent otherwise.
   */
  onBehalf?: { of: 'delegate' | 'delegation'; source: string };
}

export interface Answer {
  commentId: string;
  kind: AnswerKind;
  text: string;
  answeredAt: string;
  /** The comment's revision the answer was written to; null when not known (older answers). */
  commentRevision: number | null;
  /**
   * On a delegate's installation: the comment's wording was taken into a revised draft (dự thảo
   * chỉnh lý); the latest such change. Absent when it was not (or not yet known).
   */
  adoption?: WordingAdoption;
}

/** A delegate's proposed wording taken into a revised version, as proposed or as edited by the secretariat. */
export interface WordingAdoption {
  taken: 'proposed' | 'edited';
  /** The wording that went into the revised version (the secretariat's, when edited). */
  wording: string;
  /** The passage it replaced. */
  original: string;
  documentId: string;
  /** The document version the revised draft became. */
  revisedVersion: number;
}

export interface CommentRevision {
  revision: number;
  stance: Stance;
  text: string;
  proposedText: string | null;
  deleted: boolean;
  updatedAt: string;
}

/** A private note (ghi chú riêng) on a passage: never exported, never in a package or a PDF. */
export interface Note {
  id: string;
  documentId: string;
  blockId: string;
  start: number;
  end: number;
  quote: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface Draft {
  key: string;
  /** Whatever the form holds, as JSON text. */
  payload: string;
  updatedAt: string;
}
