/**
 * The office's secretariat key: an Ed25519 key pair apart from the installation key (which signs a
 * delegate's comment packages), the same for every session the office issues. It signs dossier
 * packages; a delegate's machine takes dossiers only from the office keys it trusts. Made on first
 * run (so the bundled sample is this installation's own practice session) and stored like the
 * installation key: sealed by the OS keychain where the door has one.
 */
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Db } from '../db/database';
import { readOfficeKey, writeOfficeKey } from '../db/repos/office';
import { AppError } from '../errors';
import { loadSigner, type SecretBox, type Signer } from './keys';

export const rawPublicKey = (key: KeyObject): string =>
  Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url').toString('base64');

export function newKeyPair(): { publicKey: string; pkcs8: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), pkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }) };
}

export function ensureOfficeKey(db: Db, box: SecretBox, now: string = new Date().toISOString()): string {
  const existing = readOfficeKey(db);
  if (existing) return existing.publicKey;
  const pair = newKeyPair();
  writeOfficeKey(
    db,
    {
      publicKey: pair.publicKey,
      privateKey: box.encrypt(pair.pkcs8),
      protection: box.kind,
      officeName: null,
      clerkName: null,
      machineName: null,
    },
    now,
  );
  return pair.publicKey;
}

/** The office key's private part in clear (for signing and for the passphrase-protected export). */
export function officePrivateKey(db: Db, box: SecretBox): { publicKey: string; pkcs8: Buffer } {
  const row = readOfficeKey(db);
  if (!row) throw new AppError('not_found', 'keys.no_office_key');
  if (row.protection === 'os' && box.kind !== 'os') {
    throw new AppError('conflict', 'keys.office_key_os_protected');
  }
  return { publicKey: row.publicKey, pkcs8: box.decrypt(row.privateKey) };
}

export function loadOfficeSigner(db: Db, box: SecretBox): Signer {
  const { publicKey, pkcs8 } = officePrivateKey(db, box);
  const privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  return { publicKey, sign: (data) => sign(null, data, privateKey).toString('base64') };
}

/**
 * The key that signs a session's dossier: the office key, or, for a session first exported before
 * the office key existed, the installation key that signed it then (its delegates trust that key).
 */
export function dossierSigner(db: Db, box: SecretBox, publisherKey: string | null): Signer {
  const office = loadOfficeSigner(db, box);
  if (!publisherKey || publisherKey === office.publicKey) return office;
  const installation = loadSigner(db, box);
  if (publisherKey === installation.publicKey) return installation;
  throw new AppError('not_secretariat', 'keys.not_publisher');
}
