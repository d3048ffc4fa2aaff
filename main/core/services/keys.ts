/** The secretariat's view of delegates' keys, and its decisions on new ones. */
import type { DelegateKeyView, KeyDecisionOutcome, Receipt } from '../../../shared/domain/office';
import { currentSession } from '../db/repos/dossier';
import { listReceipts } from '../db/repos/receipts';
import { readIdentity } from '../db/repos/roster';
import { fingerprint } from '../crypto/fingerprint';
import type { Db } from '../db/database';
import { listHeldPackages, listKeyDecisions } from '../db/repos/key-decisions';
import { listPinnedKeys } from '../db/repos/packages';
import { decideNewKey } from '../roles/key-renewal';

export function listDelegateKeys(db: Db): DelegateKeyView[] {
  const decisions = listKeyDecisions(db);
  const held = listHeldPackages(db);
  return listPinnedKeys(db).map((k) => {
    const mine = decisions.filter((d) => d.authorId === k.authorId);
    const waiting = new Map<string, { fingerprint: string; packages: number; since: string }>();
    for (const p of held.filter((h) => h.authorId === k.authorId)) {
      const entry = waiting.get(p.newKey) ?? { fingerprint: fingerprint(p.newKey), packages: 0, since: p.heldAt };
      entry.packages++;
      if (p.heldAt < entry.since) entry.since = p.heldAt;
      waiting.set(p.newKey, entry);
    }
    return {
      authorId: k.authorId,
      name: k.name,
      delegation: k.delegation,
      fingerprint: fingerprint(k.publicKey),
      approved: mine.filter((d) => d.decision === 'approved').map((d) => fingerprint(d.newKey)),
      held: [...waiting.values()],
      decisions: mine.map((d) => ({
        decision: d.decision,
        oldFingerprint: fingerprint(d.oldKey),
        newFingerprint: fingerprint(d.newKey),
        reason: d.reason,
        decidedAt: d.decidedAt,
      })),
    };
  });
}

export function decideKey(
  db: Db,
  input: { authorId: string; decision: 'approved' | 'refused'; reason: string; fingerprint?: string },
): KeyDecisionOutcome {
  return decideNewKey(db, input);
}

/** The delegate's receipts for the session on screen, newest first. */
export function myReceipts(db: Db): Receipt[] {
  const session = currentSession(db);
  const identity = readIdentity(db);
  return session && identity ? listReceipts(db, session.id, identity.authorId) : [];
}
