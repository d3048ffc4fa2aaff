import type { Migration } from './index';

/**
 * Roles that come from keys (docs/security.md#roles):
 * - `office_key`: the office's secretariat key, separate from the installation key, the same for
 *   every session the office issues (made on first run, or imported from another secretariat
 *   machine). A session whose publisher key is held here is this installation's to edit.
 * - `trusted_offices`: on a delegate's machine, the office keys dossiers are taken from.
 * - `key_decisions` / `held_packages`: a known delegate's package signed by a new key is held until
 *   the secretariat approves or refuses the key; decisions travel in the dossier package.
 * - comments entered by the secretariat on a delegate's or a Tổ's behalf (`entered_on_behalf`),
 *   receipts of comment packages on the delegate's side, and which machine issued a dossier version.
 */
export const migration007: Migration = {
  version: 7,
  name: 'roles',
  sql: `
    CREATE TABLE office_key (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      public_key TEXT NOT NULL,
      private_key BLOB NOT NULL,
      protection TEXT NOT NULL CHECK (protection IN ('os', 'none')),
      office_name TEXT,
      clerk_name TEXT,
      machine_name TEXT,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE trusted_offices (
      public_key TEXT PRIMARY KEY,
      office_name TEXT NOT NULL,
      how TEXT NOT NULL CHECK (how IN ('first', 'confirmed')),
      trusted_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE key_decisions (
      author_id TEXT NOT NULL,
      old_key TEXT NOT NULL,
      new_key TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('approved', 'refused')),
      reason TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (author_id, new_key)
    ) STRICT;

    CREATE TABLE held_packages (
      sha256 TEXT PRIMARY KEY,
      session_id TEXT NOT NULL,
      author_id TEXT NOT NULL,
      author_name TEXT NOT NULL,
      new_key TEXT NOT NULL,
      file_name TEXT NOT NULL,
      data BLOB NOT NULL,
      exported_at TEXT NOT NULL,
      held_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX held_packages_by_author ON held_packages(author_id, new_key);

    ALTER TABLE comments ADD COLUMN on_behalf_source TEXT;
    ALTER TABLE comments ADD COLUMN on_behalf_of TEXT CHECK (on_behalf_of IS NULL OR on_behalf_of IN ('delegate', 'delegation'));

    CREATE TABLE receipts (
      session_id TEXT NOT NULL,
      author_id TEXT NOT NULL,
      exported_at TEXT NOT NULL,
      received_at TEXT NOT NULL,
      comments INTEGER NOT NULL,
      PRIMARY KEY (session_id, author_id, exported_at)
    ) STRICT;

    ALTER TABLE sessions ADD COLUMN dossier_exported_at TEXT;
    ALTER TABLE sessions ADD COLUMN dossier_issued_by TEXT;
  `,
};
