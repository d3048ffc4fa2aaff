/** The secretariat's compiled view of every delegate's comments. */
import type { Answer, Comment, Stance } from './comments';

export type StanceCounts = Record<Stance, number>;

export interface CompiledComment {
  comment: Comment;
  answer: Answer | null;
}

export interface CompiledPassage {
  /** Null for general comments on the document. */
  blockId: string | null;
  path: string | null;
  lineFirst: number | null;
  lineLast: number | null;
  /** The block's current text, or null when the passage no longer exists in this draft. */
  blockText: string | null;
  counts: StanceCounts;
  comments: CompiledComment[];
  /** Windowed answers: the row of this card in the whole list (a long passage spans several cards). */
  row?: number;
  /** Comments on the whole passage (this card may hold a part of them). */
  commentCount?: number;
  /** Which card of the passage this is (0 first), when the passage spans several. */
  part?: number;
  /** "Ý kiến trái chiều" over the whole passage, computed by main. */
  conflict?: PassageConflict | null;
}

export interface PassageConflict {
  /** Tán thành and Không tán thành on the same passage. */
  opposed: boolean;
  /** Two or more different proposed wordings. */
  wordings: boolean;
}

export interface CompiledDocument {
  documentId: string | null;
  itemId: string;
  itemTitle: string;
  title: string;
  counts: StanceCounts;
  passages: CompiledPassage[];
  /** Windowed answers: the row of this document's heading (before the window's offset when it is in an earlier window). */
  row?: number;
}

export interface DelegateStatus {
  id: string;
  name: string;
  delegation: string;
  inRoster: boolean;
  commentCount: number;
  /** Export time of the latest package received, if any. */
  lastPackageAt: string | null;
  sent: boolean;
  late: boolean;
}

export interface CompiledFilter {
  documentId?: string;
  stance?: Stance;
  delegation?: string;
  /** `revised`: answered, then the delegate revised the comment, so the answer may no longer fit. */
  answered?: 'answered' | 'unanswered' | 'revised';
  /** Words, typed with or without diacritics, each found in the comment's text, wording, quote or author. */
  query?: string;
  /** One delegate's comments (author id). */
  delegateId?: string;
  /** Only the passages where delegates disagree ("Ý kiến trái chiều"). */
  conflicts?: boolean;
}

/** Which rows of the whole compiled list an answer holds (compile:get is windowed). */
export interface CompiledWindow {
  offset: number;
  /** Rows in this answer: headings of documents and passage cards. */
  rows: number;
  /** Rows of the whole list under this filter. */
  totalRows: number;
  /** Offset of the next window, or null at the end. */
  next: number | null;
  /**
   * In the first window (offset 0) only: per row of the whole list, -1 for a document heading, else
   * the comments on that card (to size rows before they load).
   */
  sizes?: number[];
  /** Passages (not cards) under this filter. */
  passages: number;
}

export interface CompiledView {
  sessionId: string;
  commentDeadline: string | null;
  /** `onBehalf`: comments the secretariat entered for a delegate or a Tổ (nhập thay), counted apart. */
  totals: {
    /** Comments the filter lets through. */
    comments: number;
    /** Comments of the session before any filter ("3 / 17"). */
    allComments: number;
    delegatesSent: number;
    delegates: number;
    answered: number;
    onBehalf: number;
    counts: StanceCounts;
  };
  /** In a windowed answer, only the documents and passage cards of the window. */
  documents: CompiledDocument[];
  delegates: DelegateStatus[];
  delegations: string[];
  /** Present in compile:get answers: the window of rows this answer holds. */
  window?: CompiledWindow;
}
