import type { Migration } from './index';

/**
 * File exchange: this installation's Ed25519 key, the keys pinned for delegates and for the
 * secretariat, the packages already imported, the dossier's version, and the secretariat's answers.
 */
export const migration003: Migration = {
  version: 3,
  name: 'packages',
  sql: `
    ALTER TABLE sessions ADD COLUMN dossier_version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE sessions ADD COLUMN publisher_key TEXT;

    CREATE TABLE installation_key (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      public_key TEXT NOT NULL,
      private_key BLOB NOT NULL,
      protection TEXT NOT NULL CHECK (protection IN ('os', 'none')),
      created_at TEXT NOT NULL
    ) STRICT;

    -- A delegate's key, pinned on the first comment package imported from them.
    CREATE TABLE pinned_keys (
      author_id TEXT PRIMARY KEY,
      public_key TEXT NOT NULL,
      name TEXT NOT NULL,
      delegation TEXT NOT NULL,
      pinned_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE imported_packages (
      sha256 TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('comments', 'dossier')),
      session_id TEXT NOT NULL,
      author_id TEXT NOT NULL,
      exported_at TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX imported_packages_by_author ON imported_packages(session_id, author_id, exported_at);

    CREATE TABLE answers (
      comment_id TEXT PRIMARY KEY REFERENCES comments(id),
      kind TEXT NOT NULL CHECK (kind IN ('tiep_thu', 'giai_trinh', 'ghi_nhan')),
      text TEXT NOT NULL,
      answered_at TEXT NOT NULL
    ) STRICT;
  `,
};
