/**
 * The secretariat enters comments received on paper or spoken in a Tổ's discussion on behalf of a
 * delegate (from the roster) or of a Tổ as a whole: marked "nhập thay" with their source, counted
 * apart in the compilation, never signed as the delegate (they never leave in a package).
 */
import type { Comment } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import { findRosterEntry, readRoster } from '../db/repos/roster';
import { AppError } from '../errors';
import { fileSlug } from '../files';
import { createComment, type CreateCommentInput } from '../services/comments';

export interface OnBehalfInput extends CreateCommentInput {
  onBehalf: { rosterId?: string; delegation?: string; source: string };
}

export function createOnBehalf(db: Db, input: OnBehalfInput, now: string = new Date().toISOString()): Comment {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const { rosterId, delegation, source } = input.onBehalf;
  if (rosterId) {
    const entry = findRosterEntry(db, session.id, rosterId);
    if (!entry) throw new AppError('not_found', 'on_behalf.not_in_roster');
    return createComment(db, input, now, {
      author: { id: entry.id, name: entry.name, delegation: entry.delegation },
      of: 'delegate',
      source,
    });
  }
  const known = readRoster(db, session.id).some((r) => r.delegation === delegation);
  if (!delegation || !known) throw new AppError('not_found', 'on_behalf.no_delegation', { delegation: delegation ?? '' });
  return createComment(db, input, now, {
    author: { id: `to-${fileSlug(delegation)}`, name: delegation, delegation },
    of: 'delegation',
    source,
  });
}
