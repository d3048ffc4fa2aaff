/** The session's delegate roster and this installation's identity. */
import type { Identity, RosterEntry } from '../../../../shared/domain/types';
import type { Db } from '../database';
import { prepared } from '../statements';

export function insertRosterEntry(db: Db, sessionId: string, position: number, r: RosterEntry): void {
  prepared(
    db,
    'INSERT INTO roster (id, session_id, position, name, delegation, constituency, title) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(r.id, sessionId, position, r.name, r.delegation, r.constituency, r.title);
}

export function readRoster(db: Db, sessionId: string): RosterEntry[] {
  return prepared(db, 'SELECT id, name, delegation, constituency, title FROM roster WHERE session_id = ? ORDER BY position').all(
    sessionId,
  ) as RosterEntry[];
}

export function findRosterEntry(db: Db, sessionId: string, id: string): RosterEntry | null {
  return (
    (prepared(db, 'SELECT id, name, delegation, constituency, title FROM roster WHERE session_id = ? AND id = ?').get(
      sessionId,
      id,
    ) as RosterEntry | undefined) ?? null
  );
}

export function isRosterIllustrative(db: Db, sessionId: string): boolean {
  const row = prepared(db, 'SELECT roster_illustrative AS v FROM sessions WHERE id = ?').get(sessionId) as
    { v: number } | undefined;
  return row?.v === 1;
}

interface IdentityRow {
  author_id: string;
  roster_id: string | null;
  name: string;
  delegation: string;
  role: Identity['role'];
}

export function readIdentity(db: Db): Identity | null {
  const row = prepared(db, 'SELECT author_id, roster_id, name, delegation, role FROM identity WHERE singleton = 1').get() as
    IdentityRow | undefined;
  return row
    ? { authorId: row.author_id, rosterId: row.roster_id, name: row.name, delegation: row.delegation, role: row.role }
    : null;
}

export function writeIdentity(db: Db, identity: Identity, now: string): void {
  prepared(
    db,
    `INSERT INTO identity (singleton, author_id, roster_id, name, delegation, role, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET author_id = excluded.author_id, roster_id = excluded.roster_id, name = excluded.name,
       delegation = excluded.delegation, role = excluded.role, updated_at = excluded.updated_at`,
  ).run(identity.authorId, identity.rosterId, identity.name, identity.delegation, identity.role, now);
}

export function deleteRoster(db: Db, sessionId: string): void {
  prepared(db, 'DELETE FROM roster WHERE session_id = ?').run(sessionId);
}
