/**
 * Key renewal: a delegate's laptop is replaced, so their next package is signed by a new key. The
 * package is held ("khóa mới — chờ xác nhận") with the old and new fingerprints, not refused; the
 * secretariat approves the key (with a reason, e.g. the signed paper sheet was compared) or refuses
 * it. Decisions are data: stored, carried in the dossier package so every secretariat machine
 * agrees, and replayed idempotently. Comments from the old key stay; an approved key is accepted
 * beside the pinned one from then on.
 */
import type { Db } from '../db/database';
import { fingerprint } from '../crypto/fingerprint';
import { dropHeldPackages, insertKeyDecision, listHeldPackages, type KeyDecisionRow } from '../db/repos/key-decisions';
import { getPinnedKey } from '../db/repos/packages';
import { AppError } from '../errors';
import { applyCommentPackage, type ImportCounts } from '../packages/comment-package';

export interface KeyDecisionResult {
  authorId: string;
  decision: 'approved' | 'refused';
  newFingerprint: string;
  packages: number;
  counts: ImportCounts;
}

/** Decides on the new key of a delegate with held packages; approving replays them, in order. */
export function decideNewKey(
  db: Db,
  input: { authorId: string; decision: 'approved' | 'refused'; reason: string; fingerprint?: string },
  now: string = new Date().toISOString(),
): KeyDecisionResult {
  return db.transaction((): KeyDecisionResult => {
    const pinned = getPinnedKey(db, input.authorId);
    const held = listHeldPackages(db, input.authorId).filter(
      (p) => !input.fingerprint || fingerprint(p.newKey) === input.fingerprint,
    );
    const keys = [...new Set(held.map((p) => p.newKey))];
    if (!pinned || keys.length === 0) {
      throw new AppError('not_found', 'keys.nothing_held');
    }
    if (keys.length > 1) {
      throw new AppError('invalid_input', 'keys.several_waiting', {
        count: keys.length,
        fingerprints: keys.map(fingerprint).join(', '),
      });
    }
    const decision: KeyDecisionRow = {
      authorId: input.authorId,
      oldKey: pinned.publicKey,
      newKey: keys[0],
      decision: input.decision,
      reason: input.reason,
      decidedAt: now,
    };
    insertKeyDecision(db, decision);
    const counts = replayDecision(db, decision, now);
    return {
      authorId: input.authorId,
      decision: input.decision,
      newFingerprint: fingerprint(keys[0]),
      packages: held.length,
      counts,
    };
  })();
}

/**
 * Applies a decision's consequences: an approved key lets its held packages in; a refused one drops
 * them. Safe to run again (a decision from another machine's dossier, the same dossier twice).
 */
export function replayDecision(db: Db, decision: KeyDecisionRow, now: string): ImportCounts {
  const counts: ImportCounts = { added: 0, updated: 0, deleted: 0 };
  const held = listHeldPackages(db, decision.authorId).filter((p) => p.newKey === decision.newKey);
  if (decision.decision === 'approved') {
    for (const p of held) {
      const outcome = applyCommentPackage(
        db,
        { fileName: p.fileName, sha256: p.sha256, publicKey: p.newKey, content: JSON.parse(p.data.toString('utf8')) },
        now,
      );
      if (outcome.status === 'imported') {
        counts.added += outcome.counts.added;
        counts.updated += outcome.counts.updated;
        counts.deleted += outcome.counts.deleted;
      }
    }
  }
  dropHeldPackages(db, decision.authorId, decision.newKey);
  return counts;
}

/** Decisions taken on another secretariat machine, from its dossier: recorded once, then replayed. */
export function mergeKeyDecisions(db: Db, decisions: readonly KeyDecisionRow[], now: string): number {
  let merged = 0;
  for (const d of decisions) {
    if (!insertKeyDecision(db, d)) continue;
    replayDecision(db, d, now);
    merged++;
  }
  return merged;
}
