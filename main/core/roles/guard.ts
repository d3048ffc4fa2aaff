/**
 * The one guard every secretariat action goes through (dispatch calls it from the channel table in
 * shared/ipc/roles.ts). The role is derived from the keys this installation holds, per session:
 * a session published by a key held here (the office key, or for older sessions the installation
 * key) or never published at all (made here: the sample, a new session) is this installation's to
 * edit, compile and answer; a session received from another office's key is a delegate's.
 */
import type { SessionRole } from '../../../shared/domain/office';
import type { RoleAction, RoleNeed } from '../../../shared/ipc/roles';
import { msg } from '../../../shared/messages/types';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import {
  readInstallationPublicKey,
  readOfficeKey,
  readSessionName,
  readSessionPublisher,
  sessionsOfDocuments,
  sessionsOfItems,
} from '../db/repos/office';
import { AppError } from '../errors';

export function heldKeys(db: Db): Set<string> {
  const keys = new Set<string>();
  const office = readOfficeKey(db)?.publicKey;
  const installation = readInstallationPublicKey(db);
  if (office) keys.add(office);
  if (installation) keys.add(installation);
  return keys;
}

export function sessionRole(db: Db, sessionId: string): SessionRole {
  const { publisherKey } = readSessionPublisher(db, sessionId);
  return publisherKey === null || heldKeys(db).has(publisherKey) ? 'secretariat' : 'delegate';
}

function refuse(action: RoleAction, sessionName: string): never {
  throw new AppError('not_secretariat', 'role.not_secretariat', { action: msg(action), session: sessionName });
}

/** Throws unless this installation is the secretariat of every session the call touches. */
export function enforceRole(db: Db, need: RoleNeed): void {
  if (need.role === 'any') return;
  const session = currentSession(db);
  if (!session) return; // nothing to protect yet; the handler says there is no session
  if (sessionRole(db, session.id) !== 'secretariat') refuse(need.action, session.name);
  const touched = [...sessionsOfItems(db, need.scope?.itemIds ?? []), ...sessionsOfDocuments(db, need.scope?.documentIds ?? [])];
  for (const sessionId of new Set(touched)) {
    // An unknown id is the handler's to report (not found); another session's must be ours too.
    if (sessionId && sessionRole(db, sessionId) !== 'secretariat')
      refuse(need.action, readSessionName(db, sessionId) ?? sessionId);
  }
}
