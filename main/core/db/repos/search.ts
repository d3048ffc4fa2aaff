/**
 * Full-text search over the folded block text. Matches come in document order (FTS5 rowid order),
 * never ranked over every match: with common words on a large archive, ranking all matches is what
 * makes a search slow, and a reader wants passages in reading order anyway.
 */
import type { Db } from '../database';
import { prepared } from '../statements';

export interface SearchRow {
  block_id: string;
  document_id: string;
  document_title: string;
  item_title: string;
  path: string | null;
  line_start: number;
  text: string;
}

const HIT_COLUMNS = `b.id AS block_id, b.document_id, d.title AS document_title, i.title AS item_title,
  b.path, b.line_start, b.text`;

/** Rows whose folded text matches an FTS5 expression, up to `limit`, skipping `excludeSeq`. */
export function matchBlocks(db: Db, ftsQuery: string, limit: number): Array<SearchRow & { seq: number }> {
  return prepared(
    db,
    `SELECT b.seq, ${HIT_COLUMNS}
       FROM (SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH ? LIMIT ?) m
       JOIN blocks b ON b.seq = m.rowid
       JOIN documents d ON d.id = b.document_id
       JOIN agenda_items i ON i.id = d.item_id
       ORDER BY b.seq`,
  ).all(ftsQuery, limit) as Array<SearchRow & { seq: number }>;
}

/** Counts matches up to `cap` (+1 to tell that the cap was reached). */
export function countMatches(db: Db, ftsQuery: string, cap: number): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM blocks_fts WHERE blocks_fts MATCH ? LIMIT ?)').get(
      ftsQuery,
      cap + 1,
    ) as { n: number }
  ).n;
}
