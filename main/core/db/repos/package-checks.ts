/** Look-ups the meaning checks of an incoming comment package need (packages/package-meaning.ts). */
import type { Db } from '../database';
import { prepared } from '../statements';

export interface BlockFacts {
  documentId: string;
  text: string;
  lineStart: number;
  lineCount: number;
}

export function readBlockFacts(db: Db, blockId: string): BlockFacts | null {
  return (
    (prepared(
      db,
      'SELECT document_id AS documentId, text, line_start AS lineStart, line_count AS lineCount FROM blocks WHERE id = ?',
    ).get(blockId) as BlockFacts | undefined) ?? null
  );
}

/** The agenda item a document belongs to, or null when there is no such document. */
export function readDocumentItem(db: Db, documentId: string): string | null {
  const row = prepared(db, 'SELECT item_id AS itemId FROM documents WHERE id = ?').get(documentId) as
    { itemId: string } | undefined;
  return row?.itemId ?? null;
}

/** The session an agenda item belongs to, or null when there is no such item. */
export function readItemSession(db: Db, itemId: string): string | null {
  const row = prepared(db, 'SELECT session_id AS sessionId FROM agenda_items WHERE id = ?').get(itemId) as
    { sessionId: string } | undefined;
  return row?.sessionId ?? null;
}
