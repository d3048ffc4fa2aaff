/**
 * What the compilation's index reads (services/compile-index.ts): the few columns each filter
 * looks at, for every live comment of a session in compiled order; the texts to fold for word
 * search; and the full comments and answers of one window only. SQL only.
 */
import type { Answer, Comment, Stance } from '../../../../shared/domain/comments';
import type { Db } from '../database';
import { prepared } from '../statements';
import { toComment } from './comments';

export interface CompileKey {
  id: string;
  itemId: string;
  documentId: string | null;
  blockId: string | null;
  path: string | null;
  lineFirst: number | null;
  lineLast: number | null;
  stance: Stance;
  revision: number;
  authorId: string;
  delegation: string;
  onBehalf: boolean;
  proposedText: string | null;
  /** The comment's revision the answer was written for; undefined when unanswered. */
  answeredRevision: number | null | undefined;
  /** What orders the comments after their passage (an appended comment is merged by these). */
  anchorStart: number | null;
  createdAt: string;
  /** Positions of the item, document and block (null when the row names none or a missing one). */
  itemPosition: number | null;
  documentPosition: number | null;
  blockPosition: number | null;
}

type KeyRow = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  Stance,
  number,
  string,
  string,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  string,
  number | null,
  number | null,
  number | null,
];

/**
 * Every live comment of the session in the order of listComments, with its answer's state; with
 * `afterRowid`, only the rows inserted after that one (an import's, appended to main's index).
 */
export function readCompileKeys(db: Db, sessionId: string, afterRowid = 0): CompileKey[] {
  // After a rowid: a range of the table (`+` keeps SQLite from walking the session's index instead).
  const rows = prepared(
    db,
    `SELECT c.id, c.item_id, c.document_id, c.block_id, c.anchor_path, c.line_first, c.line_last, c.stance, c.revision,
            c.author_id, c.author_delegation, c.on_behalf_of, c.proposed_text, a.comment_revision, a.comment_id IS NOT NULL,
            c.anchor_start, c.created_at, i.position, d.position, b.position
       FROM comments c
       LEFT JOIN agenda_items i ON i.id = c.item_id
       LEFT JOIN documents d ON d.id = c.document_id
       LEFT JOIN blocks b ON b.id = c.block_id
       LEFT JOIN answers a ON a.comment_id = c.id
       WHERE ${afterRowid > 0 ? '+c.session_id' : 'c.session_id'} = ? AND c.deleted = 0 AND c.rowid > ?
       ORDER BY i.position, d.position, b.position, c.anchor_start, c.created_at, c.id`,
  )
    .raw()
    .all(sessionId, afterRowid) as KeyRow[];
  return rows.map((r) => ({
    id: r[0],
    itemId: r[1],
    documentId: r[2],
    blockId: r[3],
    path: r[4],
    lineFirst: r[5],
    lineLast: r[6],
    stance: r[7],
    revision: r[8],
    authorId: r[9],
    delegation: r[10],
    onBehalf: r[11] !== null,
    proposedText: r[12],
    answeredRevision: r[14] ? r[13] : undefined,
    anchorStart: r[15],
    createdAt: r[16],
    itemPosition: r[17],
    documentPosition: r[18],
    blockPosition: r[19],
  }));
}

/**
 * The words a search looks in (text, wording, quote, author, delegation) of the live comments of
 * the session among the next `limit` rows of the table after `afterRowid`: read in slices by rowid
 * (a range of the table, never a sort), so folding 100,000 of them never holds main long. Returns
 * the rows and the last rowid read (null at the end of the table).
 */
export function readSearchTexts(
  db: Db,
  sessionId: string,
  afterRowid: number,
  limit: number,
): { texts: Array<[string, string]>; lastRowid: number | null } {
  const rows = prepared(
    db,
    `SELECT rowid, id, session_id = ? AND deleted = 0,
            text || char(10) || coalesce(proposed_text, '') || char(10) || coalesce(quote, '') || char(10) || author_name || char(10) || author_delegation
       FROM comments WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  )
    .raw()
    .all(sessionId, afterRowid, limit) as Array<[number, string, number, string]>;
  return {
    texts: rows.filter((r) => r[2] === 1).map((r) => [r[1], r[3]]),
    lastRowid: rows.length < limit ? null : rows[rows.length - 1][0],
  };
}

/** Ids of the session's live comments among the rows after `afterRowid` (a range of the table: `+` keeps SQLite off the session's index). */
export function readLiveIdsAfter(db: Db, sessionId: string, afterRowid: number): string[] {
  return prepared(db, 'SELECT id FROM comments WHERE rowid > ? AND +session_id = ? AND deleted = 0')
    .pluck()
    .all(afterRowid, sessionId) as string[];
}

/** Full comments of these ids (one window's), in no particular order. */
export function readCommentsByIds(db: Db, ids: readonly string[]): Comment[] {
  const rows = prepared(db, 'SELECT * FROM comments WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
  return (rows as Parameters<typeof toComment>[0][]).map(toComment);
}

/** Answers to these comments. */
export function readAnswersByIds(db: Db, ids: readonly string[]): Answer[] {
  return prepared(
    db,
    `SELECT comment_id AS commentId, kind, text, answered_at AS answeredAt, comment_revision AS commentRevision
       FROM answers WHERE comment_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Answer[];
}
