import type { Migration } from './index';

/**
 * Delegates, who this installation speaks for, comments with their revision history and
 * tombstones, private notes, and autosaved drafts.
 */
export const migration002: Migration = {
  version: 2,
  name: 'comments',
  sql: `
    ALTER TABLE sessions ADD COLUMN roster_illustrative INTEGER NOT NULL DEFAULT 0 CHECK (roster_illustrative IN (0, 1));

    CREATE TABLE roster (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      delegation TEXT NOT NULL,
      constituency TEXT,
      title TEXT
    ) STRICT;
    CREATE INDEX roster_by_session ON roster(session_id, position);

    -- Who this installation speaks for: one row.
    CREATE TABLE identity (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      author_id TEXT NOT NULL,
      roster_id TEXT,
      name TEXT NOT NULL,
      delegation TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('dai_bieu', 'thu_ky')),
      updated_at TEXT NOT NULL
    ) STRICT;

    -- A comment's current state. Never deleted: a deletion is a tombstone (deleted = 1), so it can
    -- travel to the secretariat. Document and block ids are not foreign keys on purpose: a comment
    -- outlives the draft it was written on.
    CREATE TABLE comments (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      item_id TEXT NOT NULL,
      document_id TEXT,
      block_id TEXT,
      anchor_start INTEGER,
      anchor_end INTEGER,
      quote TEXT,
      anchor_path TEXT,
      line_first INTEGER,
      line_last INTEGER,
      stance TEXT NOT NULL CHECK (stance IN ('tan_thanh', 'khong_tan_thanh', 'y_kien_khac')),
      text TEXT NOT NULL,
      proposed_text TEXT,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      author_id TEXT NOT NULL,
      author_name TEXT NOT NULL,
      author_delegation TEXT NOT NULL,
      CHECK ((block_id IS NULL) = (quote IS NULL))
    ) STRICT;
    CREATE INDEX comments_by_document ON comments(document_id, block_id);
    CREATE INDEX comments_by_item ON comments(session_id, item_id);
    CREATE INDEX comments_by_author ON comments(author_id);

    -- Every revision of every comment, the current one included.
    CREATE TABLE comment_revisions (
      comment_id TEXT NOT NULL REFERENCES comments(id),
      revision INTEGER NOT NULL,
      stance TEXT NOT NULL,
      text TEXT NOT NULL,
      proposed_text TEXT,
      deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (comment_id, revision)
    ) STRICT;

    -- Private notes: kept apart from comments, never exported.
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL,
      block_id TEXT NOT NULL,
      anchor_start INTEGER NOT NULL,
      anchor_end INTEGER NOT NULL,
      quote TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX notes_by_document ON notes(document_id, block_id);

    -- What the user is typing, saved as they type.
    CREATE TABLE drafts (
      key TEXT PRIMARY KEY,
      payload TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
