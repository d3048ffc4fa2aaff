import type { Migration } from './index';

/**
 * The place of issue of a document ("Hà Nội" from "Hà Nội, ngày 05 tháng 3 năm 2020"), read by the
 * import from the header block. Documents saved before this migration do not know it (NULL).
 */
export const migration008: Migration = {
  version: 8,
  name: 'document-place',
  sql: `
    ALTER TABLE documents ADD COLUMN place TEXT;
  `,
};
