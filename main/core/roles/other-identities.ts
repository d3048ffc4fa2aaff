/**
 * Switching identity on a machine that holds another identity's comments: the comments stay (they
 * are that delegate's), and the window says whose and how many, and can show them. Never hidden
 * silently. Also the delegate's own view of the office's decisions on their keys.
 */
import type { MyKeyDecision, OtherIdentityComments } from '../../../shared/domain/office';
import { fingerprint } from '../crypto/fingerprint';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import { listKeyDecisions } from '../db/repos/key-decisions';
import { listOtherLocalComments } from '../db/repos/local-authors';
import { readIdentity } from '../db/repos/roster';

export function otherIdentityComments(db: Db): OtherIdentityComments[] {
  const session = currentSession(db);
  if (!session) return [];
  const groups = new Map<string, OtherIdentityComments>();
  for (const c of listOtherLocalComments(db, session.id, readIdentity(db)?.authorId ?? null)) {
    const group = groups.get(c.author.id) ?? {
      authorId: c.author.id,
      name: c.author.name,
      delegation: c.author.delegation,
      count: 0,
      comments: [],
    };
    group.count++;
    group.comments.push(c);
    groups.set(c.author.id, group);
  }
  return [...groups.values()];
}

/** The office's decisions on my keys, as the last dossier carried them (oldest first). */
export function myKeyDecisions(db: Db): MyKeyDecision[] {
  const me = readIdentity(db);
  if (!me) return [];
  return listKeyDecisions(db)
    .filter((d) => d.authorId === me.authorId)
    .map((d) => ({
      decision: d.decision,
      oldFingerprint: fingerprint(d.oldKey),
      newFingerprint: fingerprint(d.newKey),
      reason: d.reason,
      decidedAt: d.decidedAt,
    }));
}
