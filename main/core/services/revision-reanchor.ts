/**
 * When the secretariat imports a new version of a document from Word while accepted changes are
 * pending, each change is found again at that moment, like the comments: same offsets, the same
 * words once elsewhere in its block, or (block gone) once in the whole document; it then refers to
 * the new version. A change whose passage no longer reads as accepted is left as stored and
 * reported as stale: shown, never applied to words nobody accepted, never dropped.
 */
import type { RevisionStaleReason } from '../../../shared/domain/revisions';
import { applyChanges } from '../../../shared/text/apply-changes';
import type { Db } from '../db/database';
import { readDocument, readDocumentVersion } from '../db/repos/dossier';
import { moveRevisionChange } from '../db/repos/revision-anchors';
import { listRevisionChanges } from '../db/repos/revisions';
import { locateChange, toTextChange } from './revisions';

export interface PendingChangesReanchor {
  /** Pending changes found again in the new version (at the same place or where their words moved). */
  followed: number;
  /** Of those, the ones whose passage moved. */
  moved: number;
  /** Pending changes that no longer apply cleanly, with the passage and wording as accepted. */
  stale: Array<{ changeId: string; reason: RevisionStaleReason; original: string; wording: string }>;
}

/** Call inside the transaction that replaced the document's version. */
export function reanchorPendingChanges(db: Db, documentId: string): PendingChangesReanchor {
  const blocks = readDocument(db, documentId)?.blocks ?? [];
  const version = readDocumentVersion(db, documentId);
  const stored = listRevisionChanges(db, documentId);
  const located = stored.map((c) => locateChange(blocks, c));
  const { stale } = applyChanges(blocks, located.map(toTextChange));
  const staleIds = new Set(stale.map((s) => s.changeId));
  const result: PendingChangesReanchor = { followed: 0, moved: 0, stale: [] };
  located.forEach((c, i) => {
    if (staleIds.has(c.id)) return;
    const was = stored[i];
    const moved =
      c.startBlockId !== was.startBlockId || c.start !== was.start || c.endBlockId !== was.endBlockId || c.end !== was.end;
    moveRevisionChange(db, c, version);
    result.followed++;
    if (moved) result.moved++;
  });
  for (const s of stale) {
    const c = stored.find((x) => x.id === s.changeId)!;
    result.stale.push({ changeId: c.id, reason: s.reason, original: c.original, wording: c.wording });
  }
  return result;
}
