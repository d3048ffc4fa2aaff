/**
 * The floor of the import benchmark: raw better-sqlite3 inserting the packages' comments (every
 * column the import writes, the same rows) into the `comments` table of a fresh copy of the same
 * secretariat database (same table, same six indexes and the primary key's), one transaction, one
 * prepared statement, no parsing, no checks. Packages are decoded before the clock starts. The
 * connection is the import writer's: the app's pragmas (WAL, synchronous = FULL) and no automatic
 * checkpoint, so the clock stops after the one COMMIT, as the import's stops with its last result
 * and not with the checkpoint after it (with SQLite's default the floor would also copy its whole
 * log, ~90 MB for 100,000 comments, into the file inside its clock).
 */
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CommentPackage } from '../../../shared/packages/format';
import { DATABASE_FILE } from '../../../main/core/context';
import { openDatabase } from '../../../main/core/db/database';
import type { PackageFile } from '../gen/packages';

type Row = (string | number | null)[];

function rowsOf(packages: readonly PackageFile[]): Row[] {
  return packages.flatMap((file) => {
    const envelope = JSON.parse(gunzipSync(file.data).toString('utf8')) as { content: string };
    const pkg = JSON.parse(envelope.content) as CommentPackage;
    return pkg.comments.map((c): Row => {
      const a = c.anchor;
      return [
        c.id,
        pkg.sessionId,
        c.itemId,
        c.documentId,
        a?.blockId ?? null,
        a?.start ?? null,
        a?.end ?? null,
        a?.quote ?? null,
        a?.path ?? null,
        a?.lineFirst ?? null,
        a?.lineLast ?? null,
        c.stance,
        c.text,
        c.proposedText,
        c.revision,
        c.createdAt,
        c.updatedAt,
        c.deleted ? 1 : 0,
        pkg.author.id,
        pkg.author.name,
        pkg.author.delegation,
      ];
    });
  });
}

let cachedRows: { packages: readonly PackageFile[]; rows: Row[] } | null = null;

/** Milliseconds to insert every comment of `packages` into the database in `dataDir`. */
export function insertFloor(dataDir: string, packages: readonly PackageFile[]): number {
  if (cachedRows?.packages !== packages) cachedRows = { packages, rows: rowsOf(packages) };
  const rows = cachedRows.rows;
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  db.pragma('wal_autocheckpoint = 0');
  try {
    const insert = db.prepare(
      `INSERT INTO comments (id, session_id, item_id, document_id, block_id, anchor_start, anchor_end, quote, anchor_path, line_first,
         line_last, stance, text, proposed_text, revision, created_at, updated_at, deleted, author_id, author_name, author_delegation)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const start = performance.now();
    db.transaction(() => {
      for (const row of rows) insert.run(...row);
    })();
    return performance.now() - start;
  } finally {
    db.close();
  }
}
