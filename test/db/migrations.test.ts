import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../main/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../main/core/db/migrations';
import { AppError } from '../../main/core/errors';
import { tempDir } from '../support/temp';

describe('migrations', () => {
  /** A database at `version`, made with the migrations up to it (the state an older app left). */
  function databaseAt(version: number): { file: string; raw: Database.Database } {
    const file = join(tempDir(), `v${version}.sqlite`);
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
      raw.transaction(() => {
        raw.exec(m.sql);
        raw.pragma(`user_version = ${m.version}`);
      })();
    }
    return { file, raw };
  }

  it('migrate() brings an empty file to the current version', () => {
    const { raw } = databaseAt(0);
    expect(migrate(raw)).toBe(SCHEMA_VERSION);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  /**
   * Copies the rows of a document made at the current version into an older database, keeping the
   * columns that version has (a column added later is left out, as an older app would have).
   */
  async function insertDocumentRows(raw: Database.Database): Promise<void> {
    const { freshDb, insertTextDocument } = await import('../support/db');
    const { db: current } = freshDb();
    insertTextDocument(current, 'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.\nĐổi mới sắp xếp tổ chức bộ máy.');
    // blocks_fts (rowid = blocks.seq, folded text) is written by the repo, not by a trigger.
    for (const table of ['sessions', 'agenda_items', 'documents', 'blocks', 'blocks_fts']) {
      const columns = new Set((raw.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name));
      const select = table === 'blocks_fts' ? 'SELECT rowid, folded FROM blocks_fts' : `SELECT * FROM ${table}`;
      for (const row of current.prepare(select).all() as Array<Record<string, unknown>>) {
        const kept = Object.keys(row).filter((k) => columns.has(k) || k === 'rowid');
        raw
          .prepare(`INSERT INTO ${table} (${kept.join(', ')}) VALUES (${kept.map((k) => `@${k}`).join(', ')})`)
          .run(Object.fromEntries(kept.map((k) => [k, row[k]])));
      }
    }
    current.close();
  }

  for (const from of MIGRATIONS.slice(0, -1).map((m) => m.version)) {
    it(`migrate() from version ${from} keeps the data in it and ends at the current version`, async () => {
      const { search } = await import('../../main/core/services/search');
      const { raw } = databaseAt(from);
      await insertDocumentRows(raw);
      const blocksBefore = raw.prepare('SELECT id, document_id, position, text FROM blocks ORDER BY id').all();
      const kept = ['sessions', 'agenda_items', 'documents'].map((t) => raw.prepare(`SELECT id FROM ${t} ORDER BY id`).all());
      expect(blocksBefore.length).toBe(2);

      expect(migrate(raw)).toBe(SCHEMA_VERSION);
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(raw.prepare('SELECT id, document_id, position, text FROM blocks ORDER BY id').all()).toEqual(blocksBefore);
      expect(['sessions', 'agenda_items', 'documents'].map((t) => raw.prepare(`SELECT id FROM ${t} ORDER BY id`).all())).toEqual(
        kept,
      );
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(search(raw, 'so noi vu').hits).toHaveLength(1);
      raw.close();
    });
  }

  it('sets WAL, foreign keys and STRICT tables', () => {
    const db = openDatabase(join(tempDir(), 'app.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'blocks_fts%'",
      )
      .all() as Array<{ name: string; sql: string }>;
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/u);
    expect(() =>
      db
        .prepare(
          "INSERT INTO agenda_items (id, session_id, day, sitting, position, title, presenter, kind) VALUES ('x', 'missing', '2019-12-06', 'sang', 1, 't', 'p', 'khac')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/u);
    db.close();
  });

  it('running migrations twice changes nothing', () => {
    const db = openDatabase(join(tempDir(), 'app.sqlite'));
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer app version and leaves it untouched', () => {
    const file = join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_thing (x INTEGER) STRICT');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_newer');
    expect((error as AppError).message).toMatch(/phiên bản mới hơn/u);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('reports a file that is not a database and keeps it', () => {
    const file = join(tempDir(), 'garbage.sqlite');
    const garbage = Buffer.from('này không phải cơ sở dữ liệu '.repeat(200));
    writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(/không phải là cơ sở dữ liệu hợp lệ/u);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });
});

describe('damaged database files', () => {
  it('reports a truncated database and keeps it', () => {
    const file = join(tempDir(), 'truncated.sqlite');
    const db = openDatabase(file);
    db.exec(
      'CREATE TABLE filler (x TEXT) STRICT; INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT i FROM n);',
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const full = readFileSync(file);
    const cut = full.subarray(0, Math.floor(full.length / 2));
    writeFileSync(file, cut);
    expect(() => openDatabase(file)).toThrow(/cắt cụt hoặc hỏng/u);
    expect(readFileSync(file).equals(cut)).toBe(true);
  });
});

describe('migration 4 (search indexes)', () => {
  it('keeps every block searchable when it rebuilds the full-text index', async () => {
    const { insertTextDocument } = await import('../support/db');
    const { search } = await import('../../main/core/services/search');
    const file = join(tempDir(), 'v3.sqlite');
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      raw.exec(m.sql);
      raw.pragma(`user_version = ${m.version}`);
    }
    insertTextDocument(raw, 'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.\nĐổi mới sắp xếp tổ chức bộ máy.');
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(search(db, 'so noi vu').hits).toHaveLength(1);
    expect(search(db, 'doi m').hits).toHaveLength(1);
    db.prepare('DELETE FROM documents').run();
    expect(search(db, 'doi moi').hits).toHaveLength(0);
    db.close();
  });
});
