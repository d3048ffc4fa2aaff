/** Private notes and autosaved drafts: local to this installation, never exported. */
import type { Draft, Note } from '../../../../shared/domain/comments';
import type { Db } from '../database';
import { prepared } from '../statements';

interface NoteRow {
  id: string;
  document_id: string;
  block_id: string;
  anchor_start: number;
  anchor_end: number;
  quote: string;
  text: string;
  created_at: string;
  updated_at: string;
}

const toNote = (r: NoteRow): Note => ({
  id: r.id,
  documentId: r.document_id,
  blockId: r.block_id,
  start: r.anchor_start,
  end: r.anchor_end,
  quote: r.quote,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listNotes(db: Db, documentId: string): Note[] {
  const rows = prepared(
    db,
    `SELECT n.* FROM notes n LEFT JOIN blocks b ON b.id = n.block_id
       WHERE n.document_id = ? ORDER BY b.position, n.anchor_start, n.created_at`,
  ).all(documentId) as NoteRow[];
  return rows.map(toNote);
}

export function getNote(db: Db, id: string): Note | null {
  const row = prepared(db, 'SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

export function saveNote(db: Db, n: Note): void {
  prepared(
    db,
    `INSERT INTO notes (id, document_id, block_id, anchor_start, anchor_end, quote, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(n.id, n.documentId, n.blockId, n.start, n.end, n.quote, n.text, n.createdAt, n.updatedAt);
}

export function deleteNote(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM notes WHERE id = ?').run(id).changes > 0;
}

export function getDraft(db: Db, key: string): Draft | null {
  const row = prepared(db, 'SELECT key, payload, updated_at FROM drafts WHERE key = ?').get(key) as
    { key: string; payload: string; updated_at: string } | undefined;
  return row ? { key: row.key, payload: row.payload, updatedAt: row.updated_at } : null;
}

export function listDrafts(db: Db): Draft[] {
  const rows = prepared(db, 'SELECT key, payload, updated_at FROM drafts ORDER BY updated_at DESC').all() as Array<{
    key: string;
    payload: string;
    updated_at: string;
  }>;
  return rows.map((r) => ({ key: r.key, payload: r.payload, updatedAt: r.updated_at }));
}

export function saveDraft(db: Db, key: string, payload: string, now: string): void {
  prepared(
    db,
    'INSERT INTO drafts (key, payload, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at',
  ).run(key, payload, now);
}

export function deleteDraft(db: Db, key: string): void {
  prepared(db, 'DELETE FROM drafts WHERE key = ?').run(key);
}
