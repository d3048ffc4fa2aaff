import type { Migration } from './index';

/**
 * Migration 014 counted comment updates and deletes with triggers on `comments`. A package import
 * writes each comment with an upsert (`INSERT … ON CONFLICT DO UPDATE`), and with those triggers on
 * the table SQLite prepares and runs trigger programs for every row, inserted or not: the import of
 * 100 packages took ~1.5× as long. The repo functions that change an existing comment now bump the
 * count themselves (db/repos/comments.ts, `countCommentChange`); a comment is deleted only with its
 * session, which the `sessions` triggers count.
 */
export const migration015: Migration = {
  version: 15,
  name: 'comment-counts-by-repo',
  sql: `
    DROP TRIGGER IF EXISTS change_counts_comments_update;
    DROP TRIGGER IF EXISTS change_counts_comments_delete;
  `,
};
