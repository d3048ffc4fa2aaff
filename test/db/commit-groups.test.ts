import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/core/db/database';
import { CommitGroups, type GroupedResult } from '../../main/core/packages/commit-groups';
import type { PackageFileResult } from '../../shared/domain/packages';
import { freshDb } from '../support/db';

const imported = (fileName: string): PackageFileResult => ({
  fileName,
  status: 'imported',
  author: 'Đại biểu',
  counts: { added: 1, updated: 0, deleted: 0 },
  message: null,
});

/** A package's writes: one setting row, in a nested transaction like applyCommentPackage's. */
function writer(db: ReturnType<typeof freshDb>['db'], key: string, fail = false): () => PackageFileResult {
  return () => {
    try {
      db.transaction(() => {
        db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, 'x');
        if (fail) throw new Error('rejected half way');
      })();
      return imported(key);
    } catch (error) {
      return { fileName: key, status: 'rejected', author: null, counts: null, message: (error as Error).message };
    }
  };
}

const keys = (db: ReturnType<typeof freshDb>['db']): string[] =>
  (db.prepare("SELECT key FROM settings WHERE key LIKE 'pkg-%' ORDER BY key").all() as Array<{ key: string }>).map((r) => r.key);

describe('commit groups', () => {
  it('reports results only once their group is committed, and other connections see nothing before', () => {
    const { db, file } = freshDb();
    const reported: GroupedResult[][] = [];
    const groups = new CommitGroups(db, (r) => reported.push(r), 60_000);
    groups.apply(0, writer(db, 'pkg-a'));
    groups.apply(1, writer(db, 'pkg-b'));
    const other = openDatabase(file, { readonly: true });
    expect(reported).toEqual([]);
    expect(keys(other)).toEqual([]);
    groups.commit();
    expect(reported).toHaveLength(1);
    expect(reported[0].map((r) => [r.index, r.result.status])).toEqual([
      [0, 'imported'],
      [1, 'imported'],
    ]);
    expect(keys(other)).toEqual(['pkg-a', 'pkg-b']);
    other.close();
  });

  it('rolls back a package that fails half way, alone', () => {
    const { db } = freshDb();
    const reported: GroupedResult[] = [];
    const groups = new CommitGroups(db, (r) => reported.push(...r), 60_000);
    groups.apply(0, writer(db, 'pkg-a'));
    groups.apply(1, writer(db, 'pkg-b', true));
    groups.apply(2, writer(db, 'pkg-c'));
    groups.commit();
    expect(keys(db)).toEqual(['pkg-a', 'pkg-c']);
    expect(reported.map((r) => r.result.status)).toEqual(['imported', 'rejected', 'imported']);
  });

  it('commits a group once it has been open for its time bound', () => {
    const { db } = freshDb();
    const reported: GroupedResult[][] = [];
    const groups = new CommitGroups(db, (r) => reported.push(r), 0);
    groups.apply(0, writer(db, 'pkg-a'));
    groups.apply(1, writer(db, 'pkg-b'));
    expect(reported.map((g) => g.map((r) => r.index))).toEqual([[0], [1]]);
    expect(db.inTransaction).toBe(false);
  });

  it('forgets an abandoned group: no report, no commit from its timer, the connection closes clean', async () => {
    const { db } = freshDb();
    const reported: GroupedResult[] = [];
    const groups = new CommitGroups(db, (r) => reported.push(...r), 20);
    groups.apply(0, writer(db, 'pkg-a'));
    groups.abandon();
    db.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reported).toEqual([]);
  });

  it('says per file that a group SQLite rolled back was not imported', () => {
    const { db } = freshDb();
    const reported: GroupedResult[] = [];
    const groups = new CommitGroups(db, (r) => reported.push(...r), 60_000);
    groups.apply(0, writer(db, 'pkg-a'));
    groups.addRefused(1, {
      fileName: 'rac.gopy',
      status: 'rejected',
      author: null,
      counts: null,
      message: 'Tệp "rac.gopy" bị từ chối.',
    });
    // What SQLite does on a full disk or an I/O error: the enclosing transaction is gone.
    groups.apply(2, () => {
      db.exec('ROLLBACK');
      return imported('pkg-b');
    });
    expect(keys(db)).toEqual([]);
    expect(reported.map((r) => [r.index, r.result.status])).toEqual([
      [0, 'rejected'],
      [1, 'rejected'],
      [2, 'rejected'],
    ]);
    expect(reported[0].result.message).toMatch(/chưa được nhập: ghi vào cơ sở dữ liệu thất bại/u);
    expect(reported[1].result.message).toBe('Tệp "rac.gopy" bị từ chối.');
    groups.commit();
    expect(reported).toHaveLength(3);
  });
});
