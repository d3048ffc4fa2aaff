import type { Migration } from './index';

/**
 * Faster search and agenda: the full-text index gets prefix indexes (the last word typed is
 * searched as a prefix; without them a short prefix scans the whole term list), and comment
 * counts per item and document use an index instead of scanning every comment.
 */
export const migration004: Migration = {
  version: 4,
  name: 'search-indexes',
  sql: `
    CREATE VIRTUAL TABLE blocks_fts_new USING fts5(
      folded,
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '1 2 3'
    );
    INSERT INTO blocks_fts_new (rowid, folded) SELECT rowid, folded FROM blocks_fts;
    DROP TRIGGER blocks_fts_delete;
    DROP TABLE blocks_fts;
    ALTER TABLE blocks_fts_new RENAME TO blocks_fts;
    CREATE TRIGGER blocks_fts_delete AFTER DELETE ON blocks BEGIN
      DELETE FROM blocks_fts WHERE rowid = old.seq;
    END;

    CREATE INDEX comments_by_item_live ON comments(item_id, deleted);
    CREATE INDEX comments_by_document_live ON comments(document_id, deleted);
  `,
};
