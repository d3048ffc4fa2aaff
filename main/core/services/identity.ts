/** Who this installation speaks for: a delegate picked from the roster, or typed in by hand. */
import { v7 as uuidv7 } from 'uuid';
import type { Identity, IdentityView, Role } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import { findRosterEntry, isRosterIllustrative, readIdentity, readRoster, writeIdentity } from '../db/repos/roster';
import { AppError } from '../errors';

export function identityView(db: Db): IdentityView {
  const session = currentSession(db);
  return {
    identity: readIdentity(db),
    roster: session ? readRoster(db, session.id) : [],
    rosterIllustrative: session ? isRosterIllustrative(db, session.id) : false,
  };
}

export interface IdentityInput {
  rosterId?: string;
  name?: string;
  delegation?: string;
  role?: Role;
}

export function setIdentity(db: Db, input: IdentityInput, now: string = new Date().toISOString()): Identity {
  return db.transaction(() => {
    const current = readIdentity(db);
    let next: Identity;
    if (input.rosterId) {
      const session = currentSession(db);
      const entry = session ? findRosterEntry(db, session.id, input.rosterId) : null;
      if (!entry) throw new AppError('not_found', 'Không tìm thấy đại biểu này trong danh sách của kỳ họp.');
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
      throw new AppError('invalid_input', 'Hãy chọn tên trong danh sách đại biểu hoặc nhập họ tên và tổ đại biểu.');
    }
    writeIdentity(db, next, now);
    return next;
  })();
}
