/**
 * Which delegates' wordings went into revised versions: read from the secretariat's applied
 * changes (to put in the dossier) and kept on a delegate's installation (from the dossier). SQL only.
 */
import type { WordingAdoption } from '../../../../shared/domain/comments';
import type { DossierPackage } from '../../../../shared/packages/format';
import type { Db } from '../database';
import { prepared } from '../statements';

export type RevisedWording = NonNullable<DossierPackage['revisedWordings']>[number];

/**
 * The applied changes of a session that came from comments, oldest version first. A comment's
 * wording counts as taken "as proposed" when the wording applied is its proposal (NFC), otherwise
 * as edited by the secretariat (an edited or merged wording).
 */
export function readAppliedWordings(db: Db, sessionId: string): RevisedWording[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.document_id AS documentId, r.applied_version AS revisedVersion, r.original, r.wording,
            l.comment_id AS commentId, c.proposed_text AS proposedText
       FROM revision_changes r JOIN revision_change_comments l ON l.change_id = r.id JOIN comments c ON c.id = l.comment_id
      WHERE r.session_id = ? AND r.status = 'applied' AND r.origin IN ('comment', 'merged')
      ORDER BY r.applied_version, r.created_at, r.id, l.comment_id`,
  ).all(sessionId) as Array<{
    id: string;
    documentId: string;
    revisedVersion: number;
    original: string;
    wording: string;
    commentId: string;
    proposedText: string | null;
  }>;
  const byChange = new Map<string, RevisedWording>();
  for (const r of rows) {
    const change = byChange.get(r.id) ?? {
      changeId: r.id,
      documentId: r.documentId,
      revisedVersion: r.revisedVersion,
      original: r.original,
      wording: r.wording,
      comments: [],
    };
    const asProposed = r.proposedText !== null && r.proposedText.normalize('NFC') === r.wording.normalize('NFC');
    change.comments.push({ commentId: r.commentId, taken: asProposed ? 'proposed' : 'edited' });
    byChange.set(r.id, change);
  }
  return [...byChange.values()];
}

/** Keeps one comment's share of a revised wording (replaying a dossier changes nothing). */
export function saveWordingAdoption(
  db: Db,
  change: Omit<RevisedWording, 'comments'>,
  comment: RevisedWording['comments'][number],
): void {
  prepared(
    db,
    `INSERT INTO wording_adoptions (change_id, comment_id, document_id, revised_version, taken, original, wording)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (change_id, comment_id) DO UPDATE SET document_id = excluded.document_id,
       revised_version = excluded.revised_version, taken = excluded.taken, original = excluded.original, wording = excluded.wording`,
  ).run(
    change.changeId,
    comment.commentId,
    change.documentId,
    change.revisedVersion,
    comment.taken,
    change.original,
    change.wording,
  );
}

/** The latest adoption of each of one author's comments in a session, by comment id. */
export function readAdoptionsTo(db: Db, sessionId: string, authorId: string): Map<string, WordingAdoption> {
  const rows = prepared(
    db,
    `SELECT w.comment_id AS commentId, w.taken, w.wording, w.original, w.document_id AS documentId,
            w.revised_version AS revisedVersion
       FROM wording_adoptions w JOIN comments c ON c.id = w.comment_id
      WHERE c.session_id = ? AND c.author_id = ?
      ORDER BY w.revised_version, w.change_id`,
  ).all(sessionId, authorId) as Array<WordingAdoption & { commentId: string }>;
  // Later rows (a later revised version) replace earlier ones.
  return new Map(rows.map(({ commentId, ...adoption }) => [commentId, adoption]));
}
