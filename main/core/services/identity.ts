/** Who this installation speaks for: a delegate picked from the roster, or typed in by hand. */
import { v7 as uuidv7 } from 'uuid';
import type { Identity, IdentityView } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { listAuthorComments, saveCommentState } from '../db/repos/comments';
import { getPinnedKey } from '../db/repos/packages';
import { currentSession } from '../db/repos/dossier';
import { findRosterEntry, isRosterIllustrative, readIdentity, readRoster, writeIdentity } from '../db/repos/roster';
import { AppError } from '../errors';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { ParsedInputOf } from '../../../shared/ipc/contract';

export function identityView(db: Db): IdentityView {
  const session = currentSession(db);
  return {
    identity: readIdentity(db),
    roster: session ? readRoster(db, session.id) : [],
    rosterIllustrative: session ? isRosterIllustrative(db, session.id) : false,
  };
}

export type IdentityInput = ParsedInputOf<typeof CHANNELS.identitySet>;

export function setIdentity(db: Db, input: IdentityInput, now: string = new Date().toISOString()): Identity {
  return db.transaction(() => {
    const current = readIdentity(db);
    let next: Identity;
    if (input.rosterId) {
      const session = currentSession(db);
      const entry = session ? findRosterEntry(db, session.id, input.rosterId) : null;
      if (!entry) throw new AppError('not_found', 'identity.not_in_roster');
      // A roster delegate is known to the secretariat by the roster id.
      next = {
        authorId: entry.id,
        rosterId: entry.id,
        name: entry.name,
        delegation: entry.delegation,
        role: input.role ?? current?.role ?? 'dai_bieu',
      };
    } else if (input.name && input.delegation) {
      const keepId = current && current.rosterId === null ? current.authorId : `u-${uuidv7()}`;
      next = {
        authorId: keepId,
        rosterId: null,
        name: input.name,
        delegation: input.delegation,
        role: input.role ?? current?.role ?? 'dai_bieu',
      };
    } else if (input.role && current) {
      next = { ...current, role: input.role };
    } else {
      throw new AppError('invalid_input', 'identity.choose_or_type');
    }
    if (current && current.rosterId === null && next.authorId !== current.authorId) carryComments(db, current, next, now);
    writeIdentity(db, next, now);
    return next;
  })();
}

/**
 * A delegate who first typed their name and then picks it from the roster keeps their comments:
 * otherwise they could no longer edit them, and no export would carry them (exports are by author).
 * Each moved comment gets a new revision, so a secretariat that already has it under the typed
 * name takes the new author too (it accepts the change because this installation's key signs
 * both packages). Switching between roster entries moves nothing: that is another delegate using
 * this machine. Nor does it move comments that arrived here in a package (their author has a
 * pinned key): they are not this installation's.
 */
function carryComments(db: Db, from: Identity, to: Identity, now: string): void {
  if (getPinnedKey(db, from.authorId)) return;
  const author = { id: to.authorId, name: to.name, delegation: to.delegation };
  for (const comment of listAuthorComments(db, from.authorId)) {
    saveCommentState(db, { ...comment, author, revision: comment.revision + 1, updatedAt: now });
  }
}
