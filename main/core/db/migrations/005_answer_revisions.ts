import type { Migration } from './index';

/**
 * Which revision of a comment an answer was written to: a delegate may revise a comment after the
 * secretariat answered it, and the secretariat must see that the answer may no longer fit. Answers
 * written before this migration do not know (NULL).
 */
export const migration005: Migration = {
  version: 5,
  name: 'answer-revisions',
  sql: `
    ALTER TABLE answers ADD COLUMN comment_revision INTEGER CHECK (comment_revision IS NULL OR comment_revision >= 1);
  `,
};
