/** Receipts: which comment packages the secretariat received (sent with the dossier; kept by the delegate). */
import type { Receipt } from '../../../../shared/domain/office';
import type { Db } from '../database';
import { prepared } from '../statements';

/** Secretariat: per delegate, the latest package received, when, and how many comments it holds now. */
export function readReceiptsToSend(db: Db, sessionId: string): Array<Receipt & { authorId: string }> {
  return prepared(
    db,
    `SELECT p.author_id AS authorId, max(p.exported_at) AS exportedAt, max(p.imported_at) AS receivedAt,
            (SELECT count(*) FROM comments c WHERE c.session_id = p.session_id AND c.author_id = p.author_id AND c.deleted = 0) AS comments
       FROM imported_packages p WHERE p.session_id = ? AND p.kind = 'comments' GROUP BY p.author_id ORDER BY p.author_id`,
  ).all(sessionId) as Array<Receipt & { authorId: string }>;
}

export function saveReceipt(db: Db, sessionId: string, authorId: string, r: Receipt): void {
  prepared(
    db,
    `INSERT INTO receipts (session_id, author_id, exported_at, received_at, comments) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET received_at = excluded.received_at, comments = excluded.comments`,
  ).run(sessionId, authorId, r.exportedAt, r.receivedAt, r.comments);
}

export function listReceipts(db: Db, sessionId: string, authorId: string): Receipt[] {
  return prepared(
    db,
    `SELECT exported_at AS exportedAt, received_at AS receivedAt, comments FROM receipts
      WHERE session_id = ? AND author_id = ? ORDER BY exported_at DESC`,
  ).all(sessionId, authorId) as Receipt[];
}
