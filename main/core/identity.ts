/** Who writes on this installation: read by the services and the package engines alike. */
import type { Identity } from '../../shared/domain/types';
import type { Db } from './db/database';
import { readIdentity } from './db/repos/roster';
import { AppError } from './errors';

/** The installation's identity, or the "choose who you are first" refusal. */
export function requireIdentity(db: Db): Identity {
  const identity = readIdentity(db);
  if (!identity) throw new AppError('no_identity', 'comment.no_identity');
  return identity;
}
