import type { Migration } from './index';

/** Tables whose every write is counted; comments' inserts are not (see below). */
const COUNTED = ['sessions', 'agenda_items', 'documents', 'blocks', 'answers', 'roster', 'pinned_keys', 'imported_packages'];

const trigger = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string => `
    CREATE TRIGGER change_counts_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
      BEGIN UPDATE change_counts SET n = n + 1 WHERE tbl = '${table}'; END;`;

/**
 * What the compilation's index in main must know of writes made by any connection (issue 18): a
 * count of writes per table it reads, kept by triggers, so a package import by the worker (its own
 * connection) can be told apart from other writes. Inserted comments are not counted (an import of
 * 100,000 would pay a trigger per row): they are the rows above the index's highest rowid, which
 * holds only while no comment row is deleted or changed, and those are counted. Main patches its
 * index for an append and builds it again for any other change (services/compile-index.ts).
 */
export const migration014: Migration = {
  version: 14,
  name: 'change-counts',
  sql: `
    CREATE TABLE change_counts (
      tbl TEXT PRIMARY KEY,
      n INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO change_counts (tbl) VALUES ${[...COUNTED, 'comments'].map((t) => `('${t}')`).join(', ')};
    ${COUNTED.flatMap((t) => [trigger(t, 'INSERT'), trigger(t, 'UPDATE'), trigger(t, 'DELETE')]).join('')}
    ${trigger('comments', 'UPDATE')}
    ${trigger('comments', 'DELETE')}
  `,
};
