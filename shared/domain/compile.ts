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
}

export interface CompiledDocument {
  documentId: string | null;
  itemId: string;
  itemTitle: string;
  title: string;
  counts: StanceCounts;
  passages: CompiledPassage[];
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
  documents: CompiledDocument[];
  delegates: DelegateStatus[];
  delegations: string[];
}
