/** The office's secretariat key, the office keys a delegate trusts, and who published each session. */
import type { Db } from '../database';
import { prepared } from '../statements';

export interface OfficeKeyRow {
  publicKey: string;
  privateKey: Buffer;
  protection: 'os' | 'none';
  officeName: string | null;
  clerkName: string | null;
  machineName: string | null;
}

export function readOfficeKey(db: Db): OfficeKeyRow | null {
  return (
    (prepared(
      db,
      `SELECT public_key AS publicKey, private_key AS privateKey, protection, office_name AS officeName,
              clerk_name AS clerkName, machine_name AS machineName FROM office_key WHERE singleton = 1`,
    ).get() as OfficeKeyRow | undefined) ?? null
  );
}

export function writeOfficeKey(db: Db, row: OfficeKeyRow, now: string): void {
  prepared(
    db,
    `INSERT INTO office_key (singleton, public_key, private_key, protection, office_name, clerk_name, machine_name, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key, private_key = excluded.private_key,
       protection = excluded.protection, office_name = excluded.office_name, clerk_name = excluded.clerk_name,
       machine_name = excluded.machine_name`,
  ).run(row.publicKey, row.privateKey, row.protection, row.officeName, row.clerkName, row.machineName, now);
}

export function updateOfficeProfile(db: Db, officeName: string, clerkName: string, machineName: string | null): void {
  prepared(db, 'UPDATE office_key SET office_name = ?, clerk_name = ?, machine_name = ? WHERE singleton = 1').run(
    officeName,
    clerkName,
    machineName,
  );
}

export function readInstallationPublicKey(db: Db): string | null {
  const row = prepared(db, 'SELECT public_key AS k FROM installation_key WHERE singleton = 1').get() as { k: string } | undefined;
  return row?.k ?? null;
}

/** The key that published a session (NULL: made here and never exported, e.g. the sample). */
export function readSessionPublisher(db: Db, sessionId: string): { exists: boolean; publisherKey: string | null } {
  const row = prepared(db, 'SELECT publisher_key AS k FROM sessions WHERE id = ?').get(sessionId) as
    { k: string | null } | undefined;
  return row ? { exists: true, publisherKey: row.k } : { exists: false, publisherKey: null };
}

export function readSessionName(db: Db, sessionId: string): string | null {
  return (prepared(db, 'SELECT name FROM sessions WHERE id = ?').get(sessionId) as { name: string } | undefined)?.name ?? null;
}

/** Names of the sessions a key has published (and that carry it as their publisher). */
export function readSessionsPublishedBy(db: Db, publicKey: string): string[] {
  return (
    prepared(db, 'SELECT name FROM sessions WHERE publisher_key = ? ORDER BY created_at').all(publicKey) as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

export function setSessionPublisher(db: Db, sessionId: string, publisherKey: string): void {
  prepared(db, 'UPDATE sessions SET publisher_key = ? WHERE id = ?').run(publisherKey, sessionId);
}

export function sessionsOfItems(db: Db, itemIds: readonly string[]): Array<string | null> {
  const stmt = prepared(db, 'SELECT session_id AS s FROM agenda_items WHERE id = ?');
  return itemIds.map((id) => (stmt.get(id) as { s: string } | undefined)?.s ?? null);
}

export function sessionsOfDocuments(db: Db, documentIds: readonly string[]): Array<string | null> {
  const stmt = prepared(db, 'SELECT i.session_id AS s FROM documents d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ?');
  return documentIds.map((id) => (stmt.get(id) as { s: string } | undefined)?.s ?? null);
}

export interface TrustedOffice {
  publicKey: string;
  officeName: string;
  how: 'first' | 'confirmed';
  trustedAt: string;
}

export function listTrustedOffices(db: Db): TrustedOffice[] {
  return prepared(
    db,
    'SELECT public_key AS publicKey, office_name AS officeName, how, trusted_at AS trustedAt FROM trusted_offices ORDER BY trusted_at',
  ).all() as TrustedOffice[];
}

export function trustOffice(db: Db, office: TrustedOffice): void {
  prepared(
    db,
    'INSERT INTO trusted_offices (public_key, office_name, how, trusted_at) VALUES (?, ?, ?, ?) ON CONFLICT (public_key) DO NOTHING',
  ).run(office.publicKey, office.officeName, office.how, office.trustedAt);
}

/** When the session's current dossier version was exported, and by which secretariat machine. */
export function readDossierIssue(db: Db, sessionId: string): { exportedAt: string | null; issuedBy: string | null } {
  const row = prepared(
    db,
    'SELECT dossier_exported_at AS exportedAt, dossier_issued_by AS issuedBy FROM sessions WHERE id = ?',
  ).get(sessionId) as { exportedAt: string | null; issuedBy: string | null } | undefined;
  return row ?? { exportedAt: null, issuedBy: null };
}

export function writeDossierIssue(db: Db, sessionId: string, exportedAt: string, issuedBy: string | null): void {
  prepared(db, 'UPDATE sessions SET dossier_exported_at = ?, dossier_issued_by = ? WHERE id = ?').run(
    exportedAt,
    issuedBy,
    sessionId,
  );
}
