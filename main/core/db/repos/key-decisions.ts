/** Key renewal: packages held for a delegate's new key, and the secretariat's decisions on them. */
import type { Db } from '../database';
import { prepared } from '../statements';

export interface KeyDecisionRow {
  authorId: string;
  oldKey: string;
  newKey: string;
  decision: 'approved' | 'refused';
  reason: string;
  decidedAt: string;
}

export interface HeldPackageRow {
  sha256: string;
  sessionId: string;
  authorId: string;
  authorName: string;
  newKey: string;
  fileName: string;
  data: Buffer;
  exportedAt: string;
  heldAt: string;
}

const DECISION_COLUMNS = 'author_id AS authorId, old_key AS oldKey, new_key AS newKey, decision, reason, decided_at AS decidedAt';

export function readKeyDecision(db: Db, authorId: string, newKey: string): KeyDecisionRow | null {
  return (
    (prepared(db, `SELECT ${DECISION_COLUMNS} FROM key_decisions WHERE author_id = ? AND new_key = ?`).get(authorId, newKey) as
      KeyDecisionRow | undefined) ?? null
  );
}

export function listKeyDecisions(db: Db): KeyDecisionRow[] {
  return prepared(db, `SELECT ${DECISION_COLUMNS} FROM key_decisions ORDER BY decided_at, author_id`).all() as KeyDecisionRow[];
}

/** Records a decision once: a decision already taken (here or on another secretariat machine) stands. */
export function insertKeyDecision(db: Db, d: KeyDecisionRow): boolean {
  return (
    prepared(
      db,
      `INSERT INTO key_decisions (author_id, old_key, new_key, decision, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (author_id, new_key) DO NOTHING`,
    ).run(d.authorId, d.oldKey, d.newKey, d.decision, d.reason, d.decidedAt).changes > 0
  );
}

export function holdPackage(db: Db, p: HeldPackageRow): void {
  prepared(
    db,
    `INSERT INTO held_packages (sha256, session_id, author_id, author_name, new_key, file_name, data, exported_at, held_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING`,
  ).run(p.sha256, p.sessionId, p.authorId, p.authorName, p.newKey, p.fileName, p.data, p.exportedAt, p.heldAt);
}

export function listHeldPackages(db: Db, authorId?: string): HeldPackageRow[] {
  const columns = `sha256, session_id AS sessionId, author_id AS authorId, author_name AS authorName, new_key AS newKey,
    file_name AS fileName, data, exported_at AS exportedAt, held_at AS heldAt`;
  return (
    authorId
      ? prepared(db, `SELECT ${columns} FROM held_packages WHERE author_id = ? ORDER BY exported_at`).all(authorId)
      : prepared(db, `SELECT ${columns} FROM held_packages ORDER BY author_id, exported_at`).all()
  ) as HeldPackageRow[];
}

export function dropHeldPackages(db: Db, authorId: string, newKey: string): void {
  prepared(db, 'DELETE FROM held_packages WHERE author_id = ? AND new_key = ?').run(authorId, newKey);
}
