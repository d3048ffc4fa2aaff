/**
 * A full content dump of a database: every table (virtual and FTS shadow tables too), every row,
 * every column, plus user_version. Compare two dumps with toEqual to prove "writes nothing": a row
 * count would miss an UPDATE. Rows are sorted by their JSON text, so the order SQLite returns them
 * in (or a table without rowid) does not matter.
 */
import type { Db } from '../../main/core/db/database';

export type DatabaseDump = Record<string, string[]>;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function dumpDatabase(db: Db): DatabaseDump {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const dump: DatabaseDump = { '(user_version)': [String(db.pragma('user_version', { simple: true }))] };
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM ${quoteIdentifier(table)}`).all();
    dump[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
