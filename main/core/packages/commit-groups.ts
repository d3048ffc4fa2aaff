/**
 * Commits imported packages in groups. Each package is applied in its own nested transaction
 * (better-sqlite3 runs a transaction opened inside another as a SAVEPOINT), so a rejected package
 * is rolled back alone and every package is wholly in or wholly out. The enclosing transaction is
 * committed once it has been open for `maxMs`, and at the end: committing each package on its own
 * rewrites the same index pages once per package (85 MB of write-ahead log for 100 packages of
 * 200 comments, against 18 MB in one go), which made an import five times slower than the
 * inserts themselves. The time bound keeps the write lock short for the window's own writes.
 *
 * A result is handed on only once its group is committed: "imported" means on disk.
 */
import type { PackageFileResult } from '../../../shared/domain/packages';
import { formatMessage } from '../../../shared/messages/format';
import { msg } from '../../../shared/messages/types';
import type { Db } from '../db/database';

export interface GroupedResult {
  index: number;
  result: PackageFileResult;
}

export const DEFAULT_GROUP_MS = 200;

/** What a package's result becomes when SQLite rolled its whole group back (disk full, I/O error). */
function lost(r: PackageFileResult): PackageFileResult {
  if (r.status === 'rejected') return r;
  const reason = msg('package.write_failed', { file: r.fileName });
  return {
    fileName: r.fileName,
    status: 'rejected',
    author: null,
    counts: null,
    message: formatMessage('vi', reason.key, reason.params),
    reason,
  };
}

export class CommitGroups {
  private openedAt: number | null = null;
  private pending: GroupedResult[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly onCommitted: (results: GroupedResult[]) => void,
    private readonly maxMs = DEFAULT_GROUP_MS,
  ) {}

  /** Runs one package's import (which opens its own nested transaction) inside the current group. */
  apply(index: number, run: () => PackageFileResult): void {
    if (this.openedAt === null) {
      this.db.exec('BEGIN IMMEDIATE');
      this.openedAt = performance.now();
      // Also commit when the packages stop coming for a while: never hold the write lock idle.
      this.timer = setTimeout(() => this.commit(), this.maxMs);
      this.timer.unref?.();
    }
    const result = run();
    if (!this.db.inTransaction) {
      // SQLite ended the enclosing transaction itself: the whole group is gone, say so per file.
      this.pending.push({ index, result });
      this.openedAt = null;
      this.flush((r) => ({ index: r.index, result: lost(r.result) }));
      return;
    }
    this.pending.push({ index, result });
    if (performance.now() - this.openedAt >= this.maxMs) this.commit();
  }

  /** A result that wrote nothing (rejected before any write): reported with its group. */
  addRefused(index: number, result: PackageFileResult): void {
    this.pending.push({ index, result });
    if (this.openedAt === null) this.flush();
  }

  /** Commits the open group, if any, and hands on its results. */
  commit(): void {
    if (this.openedAt !== null) {
      this.openedAt = null;
      if (this.db.inTransaction) this.db.exec('COMMIT');
      else return this.flush((r) => ({ index: r.index, result: lost(r.result) }));
    }
    this.flush();
  }

  /** Forgets the open group without a word (its connection is being closed, which rolls it back). */
  abandon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.openedAt = null;
    this.pending = [];
  }

  private flush(map: (r: GroupedResult) => GroupedResult = (r) => r): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const done = this.pending.map(map);
    this.pending = [];
    if (done.length > 0) this.onCommitted(done);
  }
}
