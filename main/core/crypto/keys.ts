/**
 * This installation's Ed25519 key pair, made on first run with Node's crypto. The private key never
 * leaves the machine; where the OS offers it (Electron's safeStorage) it is stored encrypted.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Db } from '../db/database';
import { AppError } from '../errors';

/** Encrypts secrets at rest. `os` = the OS keychain via Electron; `none` = stored as is. */
export interface SecretBox {
  kind: 'os' | 'none';
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export const PLAIN_BOX: SecretBox = { kind: 'none', encrypt: (b) => b, decrypt: (b) => b };

export interface Signer {
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  sign(data: Buffer): string;
}

const rawPublicKey = (key: KeyObject): string =>
  Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url').toString('base64');

export function ensureInstallationKey(db: Db, box: SecretBox, now: string = new Date().toISOString()): string {
  const row = db.prepare('SELECT public_key FROM installation_key WHERE singleton = 1').get() as
    { public_key: string } | undefined;
  if (row) return row.public_key;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const publicB64 = rawPublicKey(publicKey);
  db.prepare(
    'INSERT INTO installation_key (singleton, public_key, private_key, protection, created_at) VALUES (1, ?, ?, ?, ?)',
  ).run(publicB64, box.encrypt(der), box.kind, now);
  return publicB64;
}

export function loadSigner(db: Db, box: SecretBox): Signer {
  const row = db.prepare('SELECT public_key, private_key, protection FROM installation_key WHERE singleton = 1').get() as
    { public_key: string; private_key: Buffer; protection: 'os' | 'none' } | undefined;
  if (!row) throw new AppError('not_found', 'keys.no_signing_key');
  if (row.protection === 'os' && box.kind !== 'os') {
    throw new AppError('conflict', 'keys.signing_key_os_protected');
  }
  const privateKey = createPrivateKey({ key: box.decrypt(row.private_key), format: 'der', type: 'pkcs8' });
  return { publicKey: row.public_key, sign: (data) => sign(null, data, privateKey).toString('base64') };
}

export function verifySignature(publicKeyB64: string, data: Buffer, signatureB64: string): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyB64, 'base64').toString('base64url') },
      format: 'jwk',
    });
    return verify(null, data, key, Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}
