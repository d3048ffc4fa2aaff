/** Pinned keys, imported packages, dossier versions and the secretariat's answers. */
import type { Answer, AnswerKind } from '../../../../shared/domain/comments';
import type { Db } from '../database';
import { prepared } from '../statements';

export interface PinnedKey {
  authorId: string;
  publicKey: string;
  name: string;
  delegation: string;
}

export function getPinnedKey(db: Db, authorId: string): PinnedKey | null {
  return (
    (prepared(
      db,
      'SELECT author_id AS authorId, public_key AS publicKey, name, delegation FROM pinned_keys WHERE author_id = ?',
    ).get(authorId) as PinnedKey | undefined) ?? null
  );
}

export function pinKey(db: Db, key: PinnedKey, now: string): void {
  prepared(db, 'INSERT INTO pinned_keys (author_id, public_key, name, delegation, pinned_at) VALUES (?, ?, ?, ?, ?)').run(
    key.authorId,
    key.publicKey,
    key.name,
    key.delegation,
    now,
  );
}

export function listPinnedKeys(db: Db): PinnedKey[] {
  return prepared(
    db,
    'SELECT author_id AS authorId, public_key AS publicKey, name, delegation FROM pinned_keys ORDER BY author_id',
  ).all() as PinnedKey[];
}

export function isPackageImported(db: Db, sha256: string): boolean {
  return prepared(db, 'SELECT 1 FROM imported_packages WHERE sha256 = ?').get(sha256) !== undefined;
}

export function recordImportedPackage(
  db: Db,
  p: { sha256: string; kind: 'comments' | 'dossier'; sessionId: string; authorId: string; exportedAt: string },
  now: string,
): void {
  prepared(
    db,
    'INSERT INTO imported_packages (sha256, kind, session_id, author_id, exported_at, imported_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(p.sha256, p.kind, p.sessionId, p.authorId, p.exportedAt, now);
}

/** One author's latest imported package's export time in a session, or null. */
export function latestPackageTime(db: Db, sessionId: string, authorId: string): string | null {
  const row = prepared(
    db,
    "SELECT max(exported_at) AS at FROM imported_packages WHERE session_id = ? AND author_id = ? AND kind = 'comments'",
  ).get(sessionId, authorId) as { at: string | null };
  return row.at;
}

/** Per author: the latest package's export time for a session. */
export function lastPackageTimes(db: Db, sessionId: string): Map<string, string> {
  const rows = prepared(
    db,
    "SELECT author_id AS authorId, max(exported_at) AS at FROM imported_packages WHERE session_id = ? AND kind = 'comments' GROUP BY author_id",
  ).all(sessionId) as Array<{ authorId: string; at: string }>;
  return new Map(rows.map((r) => [r.authorId, r.at]));
}

export function readDossierVersion(db: Db, sessionId: string): { version: number; publisherKey: string | null } | null {
  const row = prepared(db, 'SELECT dossier_version AS version, publisher_key AS publisherKey FROM sessions WHERE id = ?').get(
    sessionId,
  ) as { version: number; publisherKey: string | null } | undefined;
  return row ?? null;
}

export function writeDossierVersion(db: Db, sessionId: string, version: number, publisherKey: string | null): void {
  prepared(db, 'UPDATE sessions SET dossier_version = ?, publisher_key = ? WHERE id = ?').run(version, publisherKey, sessionId);
}

export function saveAnswer(
  db: Db,
  commentId: string,
  kind: AnswerKind,
  text: string,
  now: string,
  commentRevision: number | null,
): void {
  prepared(
    db,
    `INSERT INTO answers (comment_id, kind, text, answered_at, comment_revision) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (comment_id) DO UPDATE SET kind = excluded.kind, text = excluded.text, answered_at = excluded.answered_at,
       comment_revision = excluded.comment_revision`,
  ).run(commentId, kind, text, now, commentRevision);
}

/** The answers to one author's comments in a session. */
export function readAnswersTo(db: Db, sessionId: string, authorId: string): Answer[] {
  return prepared(
    db,
    `SELECT a.comment_id AS commentId, a.kind, a.text, a.answered_at AS answeredAt, a.comment_revision AS commentRevision
       FROM answers a JOIN comments c ON c.id = a.comment_id WHERE c.session_id = ? AND c.author_id = ? ORDER BY a.comment_id`,
  ).all(sessionId, authorId) as Answer[];
}

export function readAnswers(db: Db, sessionId: string): Map<string, Answer> {
  const rows = prepared(
    db,
    `SELECT a.comment_id AS commentId, a.kind, a.text, a.answered_at AS answeredAt, a.comment_revision AS commentRevision
       FROM answers a JOIN comments c ON c.id = a.comment_id WHERE c.session_id = ?`,
  ).all(sessionId) as Answer[];
  return new Map(rows.map((a) => [a.commentId, a]));
}

/** The secretariat's answer to one comment, if any. */
export function readAnswerTo(db: Db, commentId: string): Answer | null {
  const row = prepared(
    db,
    `SELECT comment_id AS commentId, kind, text, answered_at AS answeredAt, comment_revision AS commentRevision
       FROM answers WHERE comment_id = ?`,
  ).get(commentId) as Answer | undefined;
  return row ?? null;
}
