/** Comments written on this machine under other identities than the current one. SQL only. */
import type { Comment } from '../../../../shared/domain/comments';
import type { Db } from '../database';
import { prepared } from '../statements';
import { toComment } from './comments';

/**
 * The session's live comments by authors other than `authorId` that were written here: not taken
 * in from a package (those authors have a pinned key) and not entered on someone's behalf.
 */
export function listOtherLocalComments(db: Db, sessionId: string, authorId: string | null): Comment[] {
  const rows = prepared(
    db,
    `SELECT * FROM comments c
      WHERE c.session_id = ? AND c.author_id IS NOT ? AND c.deleted = 0 AND c.on_behalf_of IS NULL
        AND NOT EXISTS (SELECT 1 FROM pinned_keys k WHERE k.author_id = c.author_id)
      ORDER BY c.author_id, c.created_at, c.id`,
  ).all(sessionId, authorId) as Parameters<typeof toComment>[0][];
  return rows.map(toComment);
}
