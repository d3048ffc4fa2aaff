/** What the latest dossier changed in each document, block by block (migration 013). SQL only. */
import type { Db } from '../database';
import { prepared } from '../statements';

export interface StoredVersionMark {
  blockId: string;
  op: 'changed' | 'added' | 'removed';
  previousText: string | null;
  position: number;
  dossierVersion: number;
}

export interface HeldBlock {
  id: string;
  documentId: string;
  text: string;
  position: number;
}

/** Every block of a session's documents, in order: read before a dossier replaces them. */
export function readSessionBlocks(db: Db, sessionId: string): Map<string, HeldBlock[]> {
  const rows = prepared(
    db,
    `SELECT b.id, b.document_id AS documentId, b.text, b.position
       FROM blocks b JOIN documents d ON d.id = b.document_id JOIN agenda_items i ON i.id = d.item_id
      WHERE i.session_id = ? ORDER BY b.document_id, b.position`,
  ).all(sessionId) as HeldBlock[];
  const out = new Map<string, HeldBlock[]>();
  for (const r of rows) {
    const list = out.get(r.documentId) ?? [];
    list.push(r);
    out.set(r.documentId, list);
  }
  return out;
}

export function replaceVersionMarks(db: Db, documentId: string, marks: readonly StoredVersionMark[]): void {
  prepared(db, 'DELETE FROM document_version_marks WHERE document_id = ?').run(documentId);
  const insert = prepared(
    db,
    `INSERT INTO document_version_marks (document_id, block_id, op, previous_text, position, dossier_version)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const m of marks) insert.run(documentId, m.blockId, m.op, m.previousText, m.position, m.dossierVersion);
}

export function readVersionMarks(db: Db, documentId: string): StoredVersionMark[] {
  return prepared(
    db,
    `SELECT block_id AS blockId, op, previous_text AS previousText, position, dossier_version AS dossierVersion
       FROM document_version_marks WHERE document_id = ? ORDER BY op = 'removed', position`,
  ).all(documentId) as StoredVersionMark[];
}
