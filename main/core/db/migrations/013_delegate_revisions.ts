import type { Migration } from './index';

/**
 * The delegate's side of the revised draft (issue 13). `wording_adoptions`: for the comments held
 * here, which accepted change of a revised version took their wording, as proposed or as edited by
 * the secretariat (from the dossier's `revisedWordings`). `document_version_marks`: what the latest
 * dossier changed in each document, block by block (the previous wording of an edited block, a
 * block added, a block removed), so the reader can mark the new version's changes. Both are
 * written by the dossier import; the marks of a document are replaced when a dossier changes it.
 */
export const migration013: Migration = {
  version: 13,
  name: 'delegate-revisions',
  sql: `
    CREATE TABLE wording_adoptions (
      change_id TEXT NOT NULL,
      comment_id TEXT NOT NULL REFERENCES comments(id),
      document_id TEXT NOT NULL,
      revised_version INTEGER NOT NULL CHECK (revised_version >= 1),
      taken TEXT NOT NULL CHECK (taken IN ('proposed', 'edited')),
      original TEXT NOT NULL,
      wording TEXT NOT NULL,
      PRIMARY KEY (change_id, comment_id)
    ) STRICT;
    CREATE INDEX wording_adoptions_by_comment ON wording_adoptions(comment_id);

    CREATE TABLE document_version_marks (
      document_id TEXT NOT NULL,
      block_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('changed', 'added', 'removed')),
      previous_text TEXT,
      position INTEGER NOT NULL,
      dossier_version INTEGER NOT NULL,
      PRIMARY KEY (document_id, block_id),
      CHECK ((op = 'added') = (previous_text IS NULL))
    ) STRICT;
  `,
};
