/**
 * A stamp that changes whenever what the compilation reads may have changed (issue 18): a counter
 * in this connection's temp schema, bumped by temp triggers on the compilation's tables only, and
 * SQLite's data_version for writes by other connections (a worker, the CLI). A draft save, a note,
 * a setting leave it as it was, so main's cached compilation index survives them. Cheap: no table
 * of the file is read. No migration: temp triggers live with the connection and are made on first
 * use.
 */
import type { Db } from '../database';
import { prepared } from '../statements';

/** Every table the compilation index (services/compile-index.ts) and its totals read. */
export const COMPILED_TABLES = [
  'sessions',
  'agenda_items',
  'documents',
  'blocks',
  'comments',
  'answers',
  'roster',
  'pinned_keys',
  'imported_packages',
] as const;

const installed = new WeakSet<Db>();

function install(db: Db): void {
  const statements = ['CREATE TEMP TABLE IF NOT EXISTS compile_stamp (n INTEGER NOT NULL)'];
  for (const table of COMPILED_TABLES) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      statements.push(
        `CREATE TEMP TRIGGER IF NOT EXISTS compile_stamp_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
           BEGIN UPDATE compile_stamp SET n = n + 1; END`,
      );
    }
  }
  db.transaction(() => {
    for (const sql of statements) db.exec(sql);
    if (!db.prepare('SELECT 1 FROM temp.compile_stamp').get()) db.exec('INSERT INTO temp.compile_stamp (n) VALUES (0)');
  })();
  installed.add(db);
}

export function changeStamp(db: Db): string {
  if (!installed.has(db)) install(db);
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = prepared(db, 'SELECT n FROM temp.compile_stamp').pluck().get() as number;
  return `${version}:${changes}`;
}

/**
 * The writes counted per table by every connection (migration 014) and the highest comment rowid:
 * comments above it were inserted since (an import), the counts tell every other write.
 */
export interface ChangeCounts {
  counts: Record<string, number>;
  maxCommentRowid: number;
}

export function readChangeCounts(db: Db): ChangeCounts {
  const rows = prepared(db, 'SELECT tbl, n FROM change_counts').raw().all() as Array<[string, number]>;
  const maxCommentRowid = (prepared(db, 'SELECT max(rowid) FROM comments').pluck().get() as number | null) ?? 0;
  return { counts: Object.fromEntries(rows), maxCommentRowid };
}
