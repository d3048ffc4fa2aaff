import type { Migration } from './index';

/** Sessions, agenda, documents as ordered blocks, full-text index over folded text, settings. */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      council TEXT NOT NULL,
      council_short TEXT NOT NULL,
      term TEXT NOT NULL,
      name TEXT NOT NULL,
      place TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      comment_deadline TEXT,
      is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE agenda_items (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      sitting TEXT NOT NULL CHECK (sitting IN ('sang', 'chieu')),
      position INTEGER NOT NULL,
      time TEXT,
      title TEXT NOT NULL,
      presenter TEXT NOT NULL,
      kind TEXT NOT NULL
    ) STRICT;
    CREATE INDEX agenda_items_by_session ON agenda_items(session_id, position);

    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      issuer TEXT,
      number_symbol TEXT,
      doc_date TEXT,
      title TEXT NOT NULL,
      illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
      version INTEGER NOT NULL DEFAULT 1,
      source_name TEXT,
      source_sha256 TEXT,
      line_count INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX documents_by_item ON documents(item_id, position);

    CREATE TABLE blocks (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list_item', 'table_row')),
      level INTEGER NOT NULL,
      label TEXT,
      path TEXT,
      text TEXT NOT NULL,
      cells TEXT,
      line_start INTEGER NOT NULL,
      line_count INTEGER NOT NULL,
      UNIQUE (document_id, position)
    ) STRICT;

    -- Folded copy of each block's text (rowid = blocks.seq); diacritics are folded by the app,
    -- so the tokenizer must not fold again.
    CREATE VIRTUAL TABLE blocks_fts USING fts5(
      folded,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER blocks_fts_delete AFTER DELETE ON blocks BEGIN
      DELETE FROM blocks_fts WHERE rowid = old.seq;
    END;
  `,
};
