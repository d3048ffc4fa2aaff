import type { Db } from '../../main/core/db/database';

const encode = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer' ? `blob:${JSON.stringify(value)}` : value;

/**
 * Every row of every table (full-text shadow tables included), each row as JSON, sorted (some
 * shadow tables have no rowid), to prove a call wrote nothing.
 */
export function dumpDatabase(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .all() as Array<{ name: string }>;
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    dump[name] = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row, encode))
      .sort();
  }
  return dump;
}
