/** Where a pending change of a revised draft stands once a new version arrives. SQL only. */
import type { Db } from '../database';
import { prepared } from '../statements';

/** Moves a pending change onto the passage it was found at in `version` (the version its offsets now refer to). */
export function moveRevisionChange(
  db: Db,
  c: { id: string; startBlockId: string; start: number; endBlockId: string; end: number },
  version: number,
): void {
  prepared(
    db,
    `UPDATE revision_changes SET document_version = ?, start_block_id = ?, start_offset = ?, end_block_id = ?, end_offset = ?
      WHERE id = ? AND status = 'pending'`,
  ).run(version, c.startBlockId, c.start, c.endBlockId, c.end, c.id);
}
