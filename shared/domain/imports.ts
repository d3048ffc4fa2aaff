/** What the secretariat sees when importing a document or a new version of one. */
import type { Comment } from './comments';
import type { RevisionStaleReason } from './revisions';
import type { BlockKind, DocumentKind } from './types';
import type { MessageRef } from '../messages/types';

/** The document's identification, recognised from its header block and correctable before saving. */
export interface DocumentHeaderFields {
  kind: DocumentKind;
  issuer: string | null;
  numberSymbol: string | null;
  date: string | null;
  /** Place of issue ("Hà Nội"); absent when the caller does not know it. */
  place?: string | null;
  title: string;
}

export interface PreviewBlock {
  kind: BlockKind;
  level: number;
  label: string | null;
  path: string | null;
  text: string;
  cells: string[] | null;
  lineStart: number;
}

export interface DocumentImportPreview {
  fileName: string;
  sha256: string;
  header: DocumentHeaderFields;
  /** Whether a header block (issuer, number, date or type line) was recognised; if not, the title is the file name. */
  headerFound: boolean;
  /** Things to know: images left out, numbering guessed… (catalogue messages, worded by each door). */
  warnings: MessageRef[];
  blocks: PreviewBlock[];
  stats: { blocks: number; headings: number; articles: number; tableRows: number; lines: number };
}

export type VersionChange =
  | { op: 'same'; text: string }
  | { op: 'changed'; words: Array<{ value: string; added?: boolean; removed?: boolean }> }
  | { op: 'added'; text: string }
  | { op: 'removed'; text: string };

export interface VersionPreview extends DocumentImportPreview {
  documentId: string;
  currentVersion: number;
  changes: VersionChange[];
  summary: { same: number; changed: number; added: number; removed: number };
}

export interface VersionImportResult {
  documentId: string;
  version: number;
  kept: number;
  moved: number;
  edited: number;
  /** Comments (not deleted) whose passage no longer exists: kept as they are, shown with their quote. */
  orphaned: Comment[];
  /**
   * Accepted changes of the revised draft still pending: found again in the new version (followed,
   * of which moved), or no longer applying cleanly (stale: kept, shown, never applied).
   */
  pendingChanges?: {
    followed: number;
    moved: number;
    stale: Array<{ changeId: string; reason: RevisionStaleReason; original: string; wording: string }>;
  };
}
