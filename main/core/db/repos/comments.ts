/** Comments and their revisions. SQL only; rules live in services/comments.ts. */
import type { Comment, CommentRevision, Stance } from '../../../../shared/domain/comments';
import type { Db } from '../database';
import { prepared } from '../statements';

interface CommentRow {
  id: string;
  session_id: string;
  item_id: string;
  document_id: string | null;
  block_id: string | null;
  anchor_start: number | null;
  anchor_end: number | null;
  quote: string | null;
  anchor_path: string | null;
  line_first: number | null;
  line_last: number | null;
  stance: Stance;
  text: string;
  proposed_text: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted: number;
  author_id: string;
  author_name: string;
  author_delegation: string;
  on_behalf_of?: 'delegate' | 'delegation' | null;
  on_behalf_source?: string | null;
}

export function toComment(r: CommentRow): Comment {
  return {
    id: r.id,
    sessionId: r.session_id,
    itemId: r.item_id,
    documentId: r.document_id,
    anchor:
      r.block_id !== null && r.quote !== null
        ? {
            blockId: r.block_id,
            start: r.anchor_start ?? 0,
            end: r.anchor_end ?? 0,
            quote: r.quote,
            path: r.anchor_path,
            lineFirst: r.line_first ?? 0,
            lineLast: r.line_last ?? 0,
          }
        : null,
    stance: r.stance,
    text: r.text,
    proposedText: r.proposed_text,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deleted: r.deleted === 1,
    author: { id: r.author_id, name: r.author_name, delegation: r.author_delegation },
    ...(r.on_behalf_of ? { onBehalf: { of: r.on_behalf_of, source: r.on_behalf_source ?? '' } } : {}),
  };
}

export function getComment(db: Db, id: string): Comment | null {
  const row = prepared(db, 'SELECT * FROM comments WHERE id = ?').get(id) as CommentRow | undefined;
  return row ? toComment(row) : null;
}

export interface CommentFilter {
  sessionId: string;
  documentId?: string;
  itemId?: string;
  authorId?: string;
  includeDeleted?: boolean;
  /** A page of the list: at most `limit` rows after skipping `offset`. */
  page?: { offset: number; limit: number };
}

/** Comments in reading order: by agenda item, document, block position, then creation. */
export function listComments(db: Db, f: CommentFilter): Comment[] {
  // Only the filters given go into the SQL (one statement per combination, prepared once each): an
  // "@x IS NULL OR c.x = @x" term would keep SQLite off the index, and a delegate's own 200
  // comments would be found by reading the session's 100,000.
  const where = ['c.session_id = @sessionId'];
  if (f.documentId) where.push('c.document_id = @documentId');
  if (f.itemId) where.push('c.item_id = @itemId');
  if (f.authorId) where.push('c.author_id = @authorId');
  if (!f.includeDeleted) where.push('c.deleted = 0');
  const rows = prepared(
    db,
    `SELECT c.* FROM comments c
       LEFT JOIN agenda_items i ON i.id = c.item_id
       LEFT JOIN documents d ON d.id = c.document_id
       LEFT JOIN blocks b ON b.id = c.block_id
       WHERE ${where.join(' AND ')}
       ORDER BY i.position, d.position, b.position, c.anchor_start, c.created_at, c.id${f.page ? ' LIMIT @limit OFFSET @offset' : ''}`,
  ).all({
    ...(f.page ? { limit: f.page.limit, offset: f.page.offset } : {}),
    sessionId: f.sessionId,
    ...(f.documentId ? { documentId: f.documentId } : {}),
    ...(f.itemId ? { itemId: f.itemId } : {}),
    ...(f.authorId ? { authorId: f.authorId } : {}),
  }) as CommentRow[];
  return rows.map(toComment);
}

/**
 * Revision history: comment_revisions holds every earlier state of a comment; its current state is
 * the comments row (for comments written here it is in comment_revisions too). An import writes
 * only the current row, and archives the state it replaces: 20,000 imported comments are not
 * written twice.
 */

const INSERT_COMMENT = `INSERT INTO comments (id, session_id, item_id, document_id, block_id, anchor_start, anchor_end, quote, anchor_path,
    line_first, line_last, stance, text, proposed_text, revision, created_at, updated_at, deleted, author_id, author_name, author_delegation)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const OR_REPLACE_STATE = `
  ON CONFLICT (id) DO UPDATE SET
    block_id = excluded.block_id, anchor_start = excluded.anchor_start, anchor_end = excluded.anchor_end, quote = excluded.quote,
    anchor_path = excluded.anchor_path, line_first = excluded.line_first, line_last = excluded.line_last,
    stance = excluded.stance, text = excluded.text, proposed_text = excluded.proposed_text, revision = excluded.revision,
    updated_at = excluded.updated_at, deleted = excluded.deleted, author_id = excluded.author_id,
    author_name = excluded.author_name, author_delegation = excluded.author_delegation`;

/**
 * Writes a comment's current state (insert or replace). Call inside a transaction; a replace goes
 * through archiveCurrentState or saveCommentState first, which count it (countCommentChange).
 * `known: 'new'` for a row the caller has just looked for and not found (an import): a plain insert,
 * about a sixth cheaper than the upsert, and a duplicate id fails instead of replacing.
 */
export function writeCommentRow(db: Db, c: Comment, known: 'new' | 'any' = 'any'): void {
  const a = c.anchor;
  // Positional parameters: an import writes 20,000 of these, and binding by name costs a third more.
  prepared(db, known === 'new' ? INSERT_COMMENT : INSERT_COMMENT + OR_REPLACE_STATE).run(
    c.id,
    c.sessionId,
    c.itemId,
    c.documentId,
    a?.blockId ?? null,
    a?.start ?? null,
    a?.end ?? null,
    a?.quote ?? null,
    a?.path ?? null,
    a?.lineFirst ?? null,
    a?.lineLast ?? null,
    c.stance,
    c.text,
    c.proposedText,
    c.revision,
    c.createdAt,
    c.updatedAt,
    c.deleted ? 1 : 0,
    c.author.id,
    c.author.name,
    c.author.delegation,
  );
}

/**
 * Counts a change to a comment row that already exists (migration 015): main's compilation index
 * patches itself for new rows only and builds again when this count moves
 * (services/compile-index-append.ts). Every function here that changes an existing row calls it.
 */
function countCommentChange(db: Db): void {
  prepared(db, "UPDATE change_counts SET n = n + 1 WHERE tbl = 'comments'").run();
}

/** Copies a comment's current state into its history, before an import replaces it. */
export function archiveCurrentState(db: Db, id: string): void {
  countCommentChange(db);
  prepared(
    db,
    `INSERT INTO comment_revisions (comment_id, revision, stance, text, proposed_text, deleted, updated_at)
     SELECT id, revision, stance, text, proposed_text, deleted, updated_at FROM comments WHERE id = ?
     ON CONFLICT (comment_id, revision) DO NOTHING`,
  ).run(id);
}

/** Writes a comment's current state and records it as a revision (an edit made here). Call inside a transaction. */
export function saveCommentState(db: Db, c: Comment): void {
  if (prepared(db, 'SELECT 1 FROM comments WHERE id = ?').get(c.id)) countCommentChange(db);
  writeCommentRow(db, c);
  prepared(
    db,
    `INSERT INTO comment_revisions (comment_id, revision, stance, text, proposed_text, deleted, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (comment_id, revision) DO NOTHING`,
  ).run(c.id, c.revision, c.stance, c.text, c.proposedText, c.deleted ? 1 : 0, c.updatedAt);
}

interface RevisionRow {
  revision: number;
  stance: Stance;
  text: string;
  proposed_text: string | null;
  deleted: number;
  updated_at: string;
}

/** Every revision of a comment, oldest first: its history and, if not in it yet, its current state. */
export function listRevisions(db: Db, commentId: string): CommentRevision[] {
  const rows = prepared(
    db,
    `SELECT revision, stance, text, proposed_text, deleted, updated_at FROM comment_revisions WHERE comment_id = @id
     UNION ALL
     SELECT revision, stance, text, proposed_text, deleted, updated_at FROM comments c WHERE id = @id
       AND NOT EXISTS (SELECT 1 FROM comment_revisions r WHERE r.comment_id = c.id AND r.revision = c.revision)
     ORDER BY revision`,
  ).all({ id: commentId }) as RevisionRow[];
  return rows.map((r) => ({
    revision: r.revision,
    stance: r.stance,
    text: r.text,
    proposedText: r.proposed_text,
    deleted: r.deleted === 1,
    updatedAt: r.updated_at,
  }));
}

/** Moves a comment's anchor (re-anchoring onto a new draft); not an edit, so no new revision. */
export function saveCommentAnchor(db: Db, commentId: string, a: NonNullable<Comment['anchor']>): void {
  countCommentChange(db);
  prepared(
    db,
    `UPDATE comments SET block_id = ?, anchor_start = ?, anchor_end = ?, quote = ?, anchor_path = ?, line_first = ?, line_last = ?
     WHERE id = ?`,
  ).run(a.blockId, a.start, a.end, a.quote, a.path, a.lineFirst, a.lineLast, commentId);
}

/** Every comment of an author, in every session, tombstones included. */
export function listAuthorComments(db: Db, authorId: string): Comment[] {
  const rows = prepared(db, 'SELECT * FROM comments WHERE author_id = ? ORDER BY id').all(authorId) as CommentRow[];
  return rows.map(toComment);
}

/** Just what an import needs to decide: who wrote it, its revision, whether it is deleted. */
export function getCommentVersion(db: Db, id: string): { authorId: string; revision: number; deleted: boolean } | null {
  const row = prepared(db, 'SELECT author_id, revision, deleted FROM comments WHERE id = ?').get(id) as
    { author_id: string; revision: number; deleted: number } | undefined;
  return row ? { authorId: row.author_id, revision: row.revision, deleted: row.deleted === 1 } : null;
}

export type CommentVersion = { authorId: string; revision: number; deleted: boolean };

/**
 * The stored author, revision and deletion of each of `ids` that exists: one statement for a whole
 * package (an import of 100,000 comments otherwise runs 100,000 look-ups one by one).
 */
export function getCommentVersions(db: Db, ids: readonly string[]): Map<string, CommentVersion> {
  const rows = prepared(
    db,
    'SELECT id, author_id, revision, deleted FROM comments WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as Array<{ id: string; author_id: string; revision: number; deleted: number }>;
  return new Map(rows.map((r) => [r.id, { authorId: r.author_id, revision: r.revision, deleted: r.deleted === 1 }]));
}

/**
 * Marks a comment as entered by the secretariat on someone's behalf, with its source. Only for the
 * row the same transaction has just inserted (services/comments.ts): a new row is above the
 * compilation index's highest rowid, so this change is not counted (countCommentChange).
 */
export function markOnBehalf(db: Db, id: string, of: 'delegate' | 'delegation', source: string): void {
  prepared(db, 'UPDATE comments SET on_behalf_of = ?, on_behalf_source = ? WHERE id = ?').run(of, source, id);
}

/** Live comments on an agenda item and on one of its documents: the counts the agenda shows. */
export function countLiveComments(db: Db, itemId: string, documentId: string | null): { item: number; document: number | null } {
  const item = (prepared(db, 'SELECT count(*) AS n FROM comments WHERE item_id = ? AND deleted = 0').get(itemId) as { n: number })
    .n;
  const document =
    documentId === null
      ? null
      : (
          prepared(db, 'SELECT count(*) AS n FROM comments WHERE document_id = ? AND deleted = 0').get(documentId) as {
            n: number;
          }
        ).n;
  return { item, document };
}
