/**
 * A stamp that changes whenever the database may have changed: this connection's count of written
 * rows, and SQLite's data_version for writes by other connections (a worker, the CLI). Cheap: no
 * table is read. Used to know when main's cached compilation index is stale.
 */
import type { Db } from '../database';
import { prepared } from '../statements';

export function changeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = prepared(db, 'SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}
