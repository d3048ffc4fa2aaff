/**
 * The revised draft (dự thảo chỉnh lý) of a document: the changes the secretariat accepted, each
 * against the passage of the version it was accepted on, and what stands in the way of making the
 * next version (conflicts, changes whose passage no longer reads as it did).
 */
import type { AnswerKind } from './comments';
import type { Block } from './types';

export type RevisionChangeOrigin = 'comment' | 'direct' | 'merged';
export type RevisionChangeStatus = 'pending' | 'applied' | 'withdrawn' | 'superseded';

/** Why a pending change cannot be applied as stored (see shared/text/apply-changes.ts). */
export type RevisionStaleReason = 'block_missing' | 'out_of_range' | 'text_changed' | 'splits_character' | 'breaks_table';

export interface RevisionChangeSource {
  commentId: string;
  authorName: string;
  authorDelegation: string;
  /** The secretariat's answer to that comment, when there is one. */
  answerKind: AnswerKind | null;
  answerText: string | null;
}

export interface RevisionChange {
  id: string;
  documentId: string;
  /** The document version the change was accepted on. */
  documentVersion: number;
  startBlockId: string;
  start: number;
  endBlockId: string;
  end: number;
  /** The passage replaced, as it read when accepted (blocks joined by "\n"); empty for an insertion. */
  original: string;
  /** The new wording; empty for a deletion. */
  wording: string;
  origin: RevisionChangeOrigin;
  /** The secretariat's reason for a direct or merged change. */
  reason: string | null;
  status: RevisionChangeStatus;
  appliedVersion: number | null;
  createdAt: string;
  /** Structural reference of the passage ("Điều 3, khoản 2"), from the block it starts in. */
  path: string | null;
  sources: RevisionChangeSource[];
}

export interface RevisionView {
  documentId: string;
  documentTitle: string;
  /** The current version of the document. */
  version: number;
  /** Pending changes in reading order. */
  changes: RevisionChange[];
  /** Groups of pending changes that overlap or insert at the same place: one must be picked or merged. */
  conflicts: Array<{ changeIds: string[] }>;
  /** Pending changes that no longer apply cleanly: shown, never applied, never dropped. */
  stale: Array<{ changeId: string; reason: RevisionStaleReason }>;
  /** True when a revised version can be made now (pending changes, no conflict, nothing stale). */
  ready: boolean;
}

export interface MakeRevisionResult {
  documentId: string;
  version: number;
  applied: number;
  changedBlocks: number;
  removedBlocks: number;
  /** Comments re-anchored, as for a new version from Word. */
  kept: number;
  moved: number;
  edited: number;
  orphaned: number;
}

/** A block of the revised draft as printed: its text now, and before the changes (null: unchanged). */
export interface RevisedBlock {
  block: Block;
  before: string | null;
}

export interface RevisionExportResult {
  path: string;
  fileName: string;
  bytes: number;
  /** Pages of a PDF; null for .docx (Word lays out its own pages). */
  pages: number | null;
  changes: number;
}

/**
 * What the latest dossier changed in a document, as a delegate's installation recorded it at the
 * import: each edited block with its words marked (shared/text/version-diff), blocks added, and
 * blocks removed with their former wording. Empty when the document came unchanged or is new.
 */
export interface VersionMarks {
  documentId: string;
  /** The dossier version that brought these changes; null when there are none. */
  dossierVersion: number | null;
  blocks: Array<{ blockId: string; op: 'changed' | 'added'; path: string | null; words: VersionMarkWord[] }>;
  removed: Array<{ blockId: string; text: string }>;
}

/** A stretch of words of a changed block: removed (struck through), added (underlined) or kept. */
export interface VersionMarkWord {
  value: string;
  added?: boolean;
  removed?: boolean;
}
