/**
 * The import side of key renewal (see key-renewal.ts): a known delegate's package signed by a key
 * that is not the pinned one is accepted if that key was approved, refused if it was refused, and
 * otherwise held until the secretariat decides.
 */
import type { Db } from '../db/database';
import { holdPackage, readKeyDecision, type KeyDecisionRow } from '../db/repos/key-decisions';
import type { VerifiedCommentPackage } from '../packages/comment-package';

/** What to do with a package whose key is not the pinned one. */
export function newKeyVerdict(db: Db, authorId: string, publicKey: string): 'accept' | 'hold' | KeyDecisionRow {
  const decision = readKeyDecision(db, authorId, publicKey);
  if (!decision) return 'hold';
  return decision.decision === 'approved' ? 'accept' : decision;
}

export function holdForNewKey(db: Db, verified: VerifiedCommentPackage, now: string): void {
  holdPackage(db, {
    sha256: verified.sha256,
    sessionId: verified.content.sessionId,
    authorId: verified.content.author.id,
    authorName: verified.content.author.name,
    newKey: verified.publicKey,
    fileName: verified.fileName,
    data: Buffer.from(JSON.stringify(verified.content), 'utf8'),
    exportedAt: verified.content.exportedAt,
    heldAt: now,
  });
}
