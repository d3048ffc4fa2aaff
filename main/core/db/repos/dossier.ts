/** Reads and writes sessions, agenda items, documents and their blocks. SQL lives here only. */
import type {
  AgendaItem,
  AgendaItemKind,
  AgendaView,
  Block,
  BlockKind,
  DocumentKind,
  DocumentSummary,
  SessionInfo,
  Sitting,
} from '../../../../shared/domain/types';
import { COUNCIL_LEVELS, guessLevel, type CouncilLevel } from '../../../../shared/domain/council';
import { fold } from '../../../../shared/text/fold';
import type { Db } from '../database';
import { prepared } from '../statements';

interface SessionRow {
  id: string;
  council: string;
  council_short: string;
  level: string | null;
  term: string;
  name: string;
  place: string;
  start_date: string;
  end_date: string;
  comment_deadline: string | null;
  is_sample: number;
}

interface ItemRow {
  id: string;
  comment_count: number;
  day: string;
  sitting: Sitting;
  position: number;
  time: string | null;
  title: string;
  presenter: string;
  kind: AgendaItemKind;
}

interface DocumentRow {
  id: string;
  item_id: string;
  kind: DocumentKind;
  issuer: string | null;
  number_symbol: string | null;
  doc_date: string | null;
  place: string | null;
  title: string;
  illustrative: number;
  line_count: number;
  block_count: number;
  comment_count: number;
}

interface BlockRow {
  id: string;
  position: number;
  kind: BlockKind;
  level: number;
  label: string | null;
  path: string | null;
  text: string;
  cells: string | null;
  line_start: number;
  line_count: number;
}

const toSession = (r: SessionRow): SessionInfo => ({
  id: r.id,
  council: r.council,
  councilShort: r.council_short,
  level: isCouncilLevel(r.level) ? r.level : guessLevel(r.council),
  term: r.term,
  name: r.name,
  place: r.place,
  startDate: r.start_date,
  endDate: r.end_date,
  commentDeadline: r.comment_deadline,
  isSample: r.is_sample === 1,
});

const toDocument = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  itemId: r.item_id,
  kind: r.kind,
  issuer: r.issuer,
  numberSymbol: r.number_symbol,
  date: r.doc_date,
  place: r.place,
  title: r.title,
  illustrative: r.illustrative === 1,
  lineCount: r.line_count,
  blockCount: r.block_count,
  commentCount: r.comment_count,
});

const toBlock = (r: BlockRow): Block => ({
  id: r.id,
  position: r.position,
  kind: r.kind,
  level: r.level,
  label: r.label,
  path: r.path,
  text: r.text,
  cells: r.cells ? (JSON.parse(r.cells) as string[]) : null,
  lineStart: r.line_start,
  lineCount: r.line_count,
});

const DOCUMENT_COLUMNS = `d.id, d.item_id, d.kind, d.issuer, d.number_symbol, d.doc_date, d.place, d.title, d.illustrative,
  d.line_count, (SELECT count(*) FROM blocks b WHERE b.document_id = d.id) AS block_count,
  (SELECT count(*) FROM comments c WHERE c.document_id = d.id AND c.deleted = 0) AS comment_count`;

export function countSessions(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
}

/** The session the app opens on: the most recently created one. */
/**
 * The session the app shows: the one the user opened last (settings key `currentSessionId`), else
 * the most recently created one (a new session or a newly received dossier).
 */
export function currentSession(db: Db): SessionInfo | null {
  const row = prepared(
    db,
    `SELECT s.* FROM sessions s
     ORDER BY (s.id = (SELECT value FROM settings WHERE key = 'currentSessionId')) DESC, s.created_at DESC, s.id LIMIT 1`,
  ).get() as SessionRow | undefined;
  return row ? toSession(row) : null;
}

export function listSessions(db: Db): SessionInfo[] {
  return (prepared(db, 'SELECT * FROM sessions ORDER BY start_date DESC, created_at DESC').all() as SessionRow[]).map(toSession);
}

export function readAgenda(db: Db, session: SessionInfo): AgendaView {
  const items = prepared(
    db,
    `SELECT i.id, i.day, i.sitting, i.position, i.time, i.title, i.presenter, i.kind,
        (SELECT count(*) FROM comments c WHERE c.item_id = i.id AND c.deleted = 0) AS comment_count
       FROM agenda_items i WHERE i.session_id = ? ORDER BY i.position`,
  ).all(session.id) as ItemRow[];
  const documents = prepared(
    db,
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d JOIN agenda_items i ON i.id = d.item_id
       WHERE i.session_id = ? ORDER BY i.position, d.position`,
  ).all(session.id) as DocumentRow[];
  const byItem = new Map<string, DocumentSummary[]>();
  for (const row of documents) {
    const list = byItem.get(row.item_id) ?? [];
    list.push(toDocument(row));
    byItem.set(row.item_id, list);
  }
  const agenda: AgendaItem[] = items.map((r) => ({
    id: r.id,
    day: r.day,
    sitting: r.sitting,
    order: r.position,
    time: r.time,
    title: r.title,
    presenter: r.presenter,
    kind: r.kind,
    documents: byItem.get(r.id) ?? [],
    commentCount: r.comment_count,
  }));
  return { session, items: agenda };
}

export function readDocument(
  db: Db,
  documentId: string,
): { document: DocumentSummary; itemTitle: string; blocks: Block[] } | null {
  const row = prepared(
    db,
    `SELECT ${DOCUMENT_COLUMNS}, i.title AS item_title FROM documents d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ?`,
  ).get(documentId) as (DocumentRow & { item_title: string }) | undefined;
  if (!row) return null;
  const blocks = prepared(
    db,
    'SELECT id, position, kind, level, label, path, text, cells, line_start, line_count FROM blocks WHERE document_id = ? ORDER BY position',
  ).all(documentId) as BlockRow[];
  return { document: toDocument(row), itemTitle: row.item_title, blocks: blocks.map(toBlock) };
}

/** A session to write; without a level, the level named in the council's name. */
export interface NewSession extends Omit<SessionInfo, 'level'> {
  level?: CouncilLevel;
  rosterIllustrative: boolean;
}

/** A session's columns as named parameters, for both the insert and the update. */
const sessionParams = (s: NewSession) => ({
  id: s.id,
  council: s.council,
  councilShort: s.councilShort,
  level: s.level ?? null,
  term: s.term,
  name: s.name,
  place: s.place,
  startDate: s.startDate,
  endDate: s.endDate,
  commentDeadline: s.commentDeadline,
  isSample: s.isSample ? 1 : 0,
  rosterIllustrative: s.rosterIllustrative ? 1 : 0,
});

export function insertSession(db: Db, s: NewSession, now: string): void {
  prepared(
    db,
    `INSERT INTO sessions (id, council, council_short, term, name, place, start_date, end_date, comment_deadline, is_sample, roster_illustrative, created_at)
     VALUES (@id, @council, @councilShort, @term, @name, @place, @startDate, @endDate, @commentDeadline, @isSample, @rosterIllustrative, @now)`,
  ).run({ ...sessionParams(s), now });
  // A session without a level keeps NULL: the level its council's name says is read back.
  if (s.level) prepared(db, 'UPDATE sessions SET level = ? WHERE id = ?').run(s.level, s.id);
}

export interface NewAgendaItem {
  id: string;
  sessionId: string;
  day: string;
  sitting: Sitting;
  order: number;
  time: string | null;
  title: string;
  presenter: string;
  kind: AgendaItemKind;
}

export function insertAgendaItem(db: Db, item: NewAgendaItem): void {
  prepared(
    db,
    `INSERT INTO agenda_items (id, session_id, day, sitting, position, time, title, presenter, kind)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(item.id, item.sessionId, item.day, item.sitting, item.order, item.time, item.title, item.presenter, item.kind);
}

export interface NewDocument {
  id: string;
  itemId: string;
  position: number;
  kind: DocumentKind;
  issuer: string | null;
  numberSymbol: string | null;
  date: string | null;
  /** Place of issue; absent or null when unknown. */
  place?: string | null;
  title: string;
  illustrative: boolean;
  sourceName: string | null;
  sourceSha256: string | null;
  blocks: Block[];
}

/** Inserts a document with its blocks and their folded search text. Call inside a transaction. */
export function insertDocument(db: Db, doc: NewDocument, now: string): void {
  const lineCount = doc.blocks.reduce((n, b) => n + b.lineCount, 0);
  prepared(
    db,
    `INSERT INTO documents (id, item_id, position, kind, issuer, number_symbol, doc_date, title, illustrative, source_name, source_sha256, line_count, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.id,
    doc.itemId,
    doc.position,
    doc.kind,
    doc.issuer,
    doc.numberSymbol,
    doc.date,
    doc.title,
    doc.illustrative ? 1 : 0,
    doc.sourceName,
    doc.sourceSha256,
    lineCount,
    now,
  );
  // The place is set apart: only imports know it, and the insert above stays the one every schema since 001 accepts.
  if (doc.place) prepared(db, 'UPDATE documents SET place = ? WHERE id = ?').run(doc.place, doc.id);
  insertBlocks(db, doc.id, doc.blocks);
}

export interface BlockRef {
  id: string;
  documentId: string;
  itemId: string;
  text: string;
  path: string | null;
  lineStart: number;
}

export function getBlockRef(db: Db, blockId: string): BlockRef | null {
  return (
    (prepared(
      db,
      `SELECT b.id, b.document_id AS documentId, d.item_id AS itemId, b.text, b.path, b.line_start AS lineStart
         FROM blocks b JOIN documents d ON d.id = b.document_id WHERE b.id = ?`,
    ).get(blockId) as BlockRef | undefined) ?? null
  );
}

/** The agenda item a document belongs to, and the session of that item. */
export function getDocumentOwner(db: Db, documentId: string): { itemId: string; sessionId: string } | null {
  return (
    (prepared(
      db,
      'SELECT d.item_id AS itemId, i.session_id AS sessionId FROM documents d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ?',
    ).get(documentId) as { itemId: string; sessionId: string } | undefined) ?? null
  );
}

export function getItemSession(db: Db, itemId: string): string | null {
  const row = prepared(db, 'SELECT session_id AS sessionId FROM agenda_items WHERE id = ?').get(itemId) as
    { sessionId: string } | undefined;
  return row?.sessionId ?? null;
}

/** Removes a session's agenda, documents and blocks (comments stay: they outlive drafts). */
export function deleteSessionAgenda(db: Db, sessionId: string): void {
  prepared(db, 'DELETE FROM agenda_items WHERE session_id = ?').run(sessionId);
  prepared(db, 'DELETE FROM roster WHERE session_id = ?').run(sessionId);
}

export function updateSessionRow(db: Db, s: NewSession): void {
  prepared(
    db,
    `UPDATE sessions SET council = @council, council_short = @councilShort, level = @level, term = @term, name = @name, place = @place,
       start_date = @startDate, end_date = @endDate, comment_deadline = @commentDeadline, is_sample = @isSample,
       roster_illustrative = @rosterIllustrative WHERE id = @id`,
  ).run(sessionParams(s));
}

export function sessionExists(db: Db, sessionId: string): boolean {
  return prepared(db, 'SELECT 1 FROM sessions WHERE id = ?').get(sessionId) !== undefined;
}

export function listItemIds(db: Db, sessionId: string): string[] {
  return (
    prepared(db, 'SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position').all(sessionId) as Array<{ id: string }>
  ).map((r) => r.id);
}

/** The session's items in order, with their day and sitting. */
export function listItemPlaces(db: Db, sessionId: string): Array<{ id: string; day: string; sitting: Sitting }> {
  return prepared(db, 'SELECT id, day, sitting FROM agenda_items WHERE session_id = ? ORDER BY position').all(
    sessionId,
  ) as Array<{
    id: string;
    day: string;
    sitting: Sitting;
  }>;
}

export function updateAgendaItem(
  db: Db,
  id: string,
  f: { day: string; sitting: Sitting; time: string | null; title: string; presenter: string; kind: AgendaItemKind },
): void {
  prepared(db, 'UPDATE agenda_items SET day = ?, sitting = ?, time = ?, title = ?, presenter = ?, kind = ? WHERE id = ?').run(
    f.day,
    f.sitting,
    f.time,
    f.title,
    f.presenter,
    f.kind,
    id,
  );
}

/** Sets an item's order, and optionally its day and sitting. */
export function setItemPlace(db: Db, id: string, position: number, day?: string, sitting?: Sitting): void {
  prepared(db, 'UPDATE agenda_items SET position = ?, day = coalesce(?, day), sitting = coalesce(?, sitting) WHERE id = ?').run(
    position,
    day ?? null,
    sitting ?? null,
    id,
  );
}

export function deleteAgendaItem(db: Db, id: string): void {
  prepared(db, 'DELETE FROM agenda_items WHERE id = ?').run(id);
}

export function countItemComments(db: Db, itemId: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM comments WHERE item_id = ?').get(itemId) as { n: number }).n;
}

/** Inserts blocks with their folded search text. Call inside a transaction. */
export function insertBlocks(db: Db, documentId: string, blocks: readonly Block[]): void {
  const insertBlock = prepared(
    db,
    `INSERT INTO blocks (id, document_id, position, kind, level, label, path, text, cells, line_start, line_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = prepared(db, 'INSERT INTO blocks_fts (rowid, folded) VALUES (?, ?)');
  for (const b of blocks) {
    const { lastInsertRowid } = insertBlock.run(
      b.id,
      documentId,
      b.position,
      b.kind,
      b.level,
      b.label,
      b.path,
      b.text,
      b.cells ? JSON.stringify(b.cells) : null,
      b.lineStart,
      b.lineCount,
    );
    insertFts.run(lastInsertRowid, fold(b.text));
  }
}

/** Replaces a document's text with a new version's blocks and identification. Call inside a transaction. */
export function replaceDocumentVersion(
  db: Db,
  documentId: string,
  blocks: readonly Block[],
  fields: {
    kind: DocumentKind;
    issuer: string | null;
    numberSymbol: string | null;
    date: string | null;
    place?: string | null;
    title: string;
    sourceName: string;
    sourceSha256: string;
  },
): number {
  prepared(db, 'DELETE FROM blocks WHERE document_id = ?').run(documentId);
  insertBlocks(db, documentId, blocks);
  prepared(
    db,
    `UPDATE documents SET kind = ?, issuer = ?, number_symbol = ?, doc_date = ?, place = ?, title = ?, source_name = ?, source_sha256 = ?,
       line_count = ?, version = version + 1, illustrative = 0 WHERE id = ?`,
  ).run(
    fields.kind,
    fields.issuer,
    fields.numberSymbol,
    fields.date,
    fields.place ?? null,
    fields.title,
    fields.sourceName,
    fields.sourceSha256,
    blocks.reduce((n, b) => n + b.lineCount, 0),
    documentId,
  );
  return (prepared(db, 'SELECT version FROM documents WHERE id = ?').get(documentId) as { version: number }).version;
}

export function countDocuments(db: Db, itemId: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM documents WHERE item_id = ?').get(itemId) as { n: number }).n;
}

export function deleteDocument(db: Db, documentId: string): void {
  prepared(db, 'DELETE FROM documents WHERE id = ?').run(documentId);
}

export function countDocumentComments(db: Db, documentId: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM comments WHERE document_id = ?').get(documentId) as { n: number }).n;
}

/** Every block's text in a session, by block id. */
export function readSessionBlockTexts(db: Db, sessionId: string): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT b.id, b.text FROM blocks b JOIN documents d ON d.id = b.document_id JOIN agenda_items i ON i.id = d.item_id
       WHERE i.session_id = ?`,
  ).all(sessionId) as Array<{ id: string; text: string }>;
  return new Map(rows.map((b) => [b.id, b.text]));
}

export function readDocumentVersion(db: Db, documentId: string): number {
  return (
    (prepared(db, 'SELECT version FROM documents WHERE id = ?').get(documentId) as { version: number } | undefined)?.version ?? 0
  );
}

function isCouncilLevel(v: string | null): v is CouncilLevel {
  return v !== null && (COUNCIL_LEVELS as readonly string[]).includes(v);
}
