import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../main/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../main/core/db/migrations';
import { AppError } from '../../main/core/errors';
import { tempDir } from '../support/temp';

describe('migrations', () => {
  it('migrates an empty file step by step to the current version', () => {
    const file = join(tempDir(), 'empty.sqlite');
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    for (const m of MIGRATIONS) {
      raw.transaction(() => {
        raw.exec(m.sql);
        raw.pragma(`user_version = ${m.version}`);
      })();
      expect(raw.pragma('user_version', { simple: true })).toBe(m.version);
    }
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

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
