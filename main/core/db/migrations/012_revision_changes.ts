import type { Migration } from './index';

/**
 * The accepted changes of a revised draft (dự thảo chỉnh lý): each replaces a passage of the
 * version it was accepted on (start block and offset to end block and offset, with the passage as
 * it read) by a wording. It comes from the comment(s) whose proposal was accepted, or is a direct
 * change by the secretariat with its reason. Pending until a revised version is made (applied), or
 * replaced by a later answer (withdrawn) or by the resolution of a conflict (superseded). Rows are
 * never deleted: the comparison table reads them after the revision is made.
 */
export const migration012: Migration = {
  version: 12,
  name: 'revision-changes',
  sql: `
    CREATE TABLE revision_changes (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions(id),
      document_id TEXT NOT NULL,
      document_version INTEGER NOT NULL CHECK (document_version >= 1),
      start_block_id TEXT NOT NULL,
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_block_id TEXT NOT NULL,
      end_offset INTEGER NOT NULL CHECK (end_offset >= 0),
      original TEXT NOT NULL,
      wording TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('comment', 'direct', 'merged')),
      reason TEXT,
      status TEXT NOT NULL CHECK (status IN ('pending', 'applied', 'withdrawn', 'superseded')),
      applied_version INTEGER,
      created_at TEXT NOT NULL,
      CHECK ((status = 'applied') = (applied_version IS NOT NULL))
    ) STRICT;
    CREATE INDEX revision_changes_by_document ON revision_changes(document_id, status);

    -- The comments a change came from (several for a merged wording).
    CREATE TABLE revision_change_comments (
      change_id TEXT NOT NULL REFERENCES revision_changes(id),
      comment_id TEXT NOT NULL REFERENCES comments(id),
      PRIMARY KEY (change_id, comment_id)
    ) STRICT;
    CREATE INDEX revision_change_comments_by_comment ON revision_change_comments(comment_id);
  `,
};
