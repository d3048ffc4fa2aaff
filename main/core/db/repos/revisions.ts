/** The accepted changes of revised drafts. SQL only; rules live in services/revisions.ts. */
import type {
  RevisionChange,
  RevisionChangeOrigin,
  RevisionChangeSource,
  RevisionChangeStatus,
} from '../../../../shared/domain/revisions';
import type { Db } from '../database';
import { prepared } from '../statements';

interface ChangeRow {
  id: string;
  document_id: string;
  document_version: number;
  start_block_id: string;
  start_offset: number;
  end_block_id: string;
  end_offset: number;
  original: string;
  wording: string;
  origin: RevisionChangeOrigin;
  reason: string | null;
  status: RevisionChangeStatus;
  applied_version: number | null;
  created_at: string;
}

/** A change as first stored: the domain's fields that exist before it is applied, and its comments. */
export type NewRevisionChange = Pick<
  RevisionChange,
  | 'id'
  | 'documentId'
  | 'documentVersion'
  | 'startBlockId'
  | 'start'
  | 'endBlockId'
  | 'end'
  | 'original'
  | 'wording'
  | 'origin'
  | 'reason'
> & { sessionId: string; commentIds: readonly string[] };

export function insertRevisionChange(db: Db, c: NewRevisionChange, now: string): void {
  prepared(
    db,
    `INSERT INTO revision_changes (id, session_id, document_id, document_version, start_block_id, start_offset, end_block_id,
       end_offset, original, wording, origin, reason, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
  ).run(
    c.id,
    c.sessionId,
    c.documentId,
    c.documentVersion,
    c.startBlockId,
    c.start,
    c.endBlockId,
    c.end,
    c.original,
    c.wording,
    c.origin,
    c.reason,
    now,
  );
  const link = prepared(db, 'INSERT INTO revision_change_comments (change_id, comment_id) VALUES (?, ?)');
  for (const commentId of new Set(c.commentIds)) link.run(c.id, commentId);
}

/** Pending changes that came from a comment: a new answer to it replaces them. */
export function withdrawCommentChanges(db: Db, commentId: string): number {
  return prepared(
    db,
    `UPDATE revision_changes SET status = 'withdrawn'
       WHERE status = 'pending' AND origin = 'comment'
         AND id IN (SELECT change_id FROM revision_change_comments WHERE comment_id = ?)`,
  ).run(commentId).changes;
}

export function setChangeStatus(db: Db, ids: readonly string[], status: 'withdrawn' | 'superseded'): void {
  const update = prepared(db, "UPDATE revision_changes SET status = ? WHERE id = ? AND status = 'pending'");
  for (const id of ids) update.run(status, id);
}

/** Marks changes applied in a version, at the place they were applied (they may have been re-anchored). */
export function markApplied(
  db: Db,
  applied: ReadonlyArray<{ id: string; startBlockId: string; start: number; endBlockId: string; end: number }>,
  version: number,
): void {
  const update = prepared(
    db,
    `UPDATE revision_changes SET status = 'applied', applied_version = ?, start_block_id = ?, start_offset = ?, end_block_id = ?,
       end_offset = ? WHERE id = ? AND status = 'pending'`,
  );
  for (const c of applied) update.run(version, c.startBlockId, c.start, c.endBlockId, c.end, c.id);
}

function sourcesOf(db: Db, changeIds: readonly string[]): Map<string, RevisionChangeSource[]> {
  const rows = prepared(
    db,
    `SELECT l.change_id AS changeId, c.id AS commentId, c.author_name AS authorName, c.author_delegation AS authorDelegation,
            a.kind AS answerKind, a.text AS answerText
       FROM revision_change_comments l JOIN comments c ON c.id = l.comment_id LEFT JOIN answers a ON a.comment_id = c.id
       WHERE l.change_id IN (SELECT value FROM json_each(?)) ORDER BY c.author_name, c.id`,
  ).all(JSON.stringify(changeIds)) as Array<RevisionChangeSource & { changeId: string }>;
  const out = new Map<string, RevisionChangeSource[]>();
  for (const { changeId, ...source } of rows) {
    const list = out.get(changeId) ?? [];
    list.push(source);
    out.set(changeId, list);
  }
  return out;
}

/** A document's changes with the given statuses, oldest first, with the comments behind them. */
export function listRevisionChanges(
  db: Db,
  documentId: string,
  statuses: readonly RevisionChangeStatus[] = ['pending'],
): Array<Omit<RevisionChange, 'path'>> {
  const rows = prepared(
    db,
    `SELECT * FROM revision_changes WHERE document_id = ? AND status IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
  ).all(documentId, JSON.stringify(statuses)) as ChangeRow[];
  const sources = sourcesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    documentVersion: r.document_version,
    startBlockId: r.start_block_id,
    start: r.start_offset,
    endBlockId: r.end_block_id,
    end: r.end_offset,
    original: r.original,
    wording: r.wording,
    origin: r.origin,
    reason: r.reason,
    status: r.status,
    appliedVersion: r.applied_version,
    createdAt: r.created_at,
    sources: sources.get(r.id) ?? [],
  }));
}

/** The comment ids behind a set of changes (for a merged wording). */
export function commentsOfChanges(db: Db, changeIds: readonly string[]): string[] {
  const rows = prepared(
    db,
    'SELECT DISTINCT comment_id AS id FROM revision_change_comments WHERE change_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(changeIds)) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}
