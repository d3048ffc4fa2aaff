/**
 * The office's secretariat key as a file for a second secretariat machine (a deputy clerk),
 * protected by a passphrase: scrypt (memory-hard, Node's crypto) derives an AES-256-GCM key; a
 * wrong passphrase fails GCM's authentication and changes nothing. Whoever holds the file and its
 * passphrase can issue dossiers in the office's name and decide on delegates' keys: it hands over
 * the office's authority, so it travels apart from its passphrase.
 */
import { createCipheriv, createDecipheriv, createPublicKey, createPrivateKey, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database';
import { readOfficeKey, readSessionsPublishedBy, writeOfficeKey } from '../db/repos/office';
import { AppError } from '../errors';
import type { SecretBox } from '../crypto/keys';
import { officePrivateKey, rawPublicKey } from '../crypto/office-key';
import { fingerprint } from '../crypto/fingerprint';
import { msg, type MessageRef } from '../../../shared/messages/types';

export const OFFICE_KEY_FORMAT = 'gop-y-hdnd/office-key';
export const OFFICE_KEY_EXT = '.khoavp';
/** scrypt cost: N = 2^17, r = 8 (128 MiB, about half a second): slow to guess, fine once. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;
const MIN_PASSPHRASE = 10;

const fileSchema = z
  .object({
    format: z.literal(OFFICE_KEY_FORMAT),
    version: z.literal(1),
    kdf: z
      .object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() })
      .strict(),
    cipher: z.literal('aes-256-gcm'),
    iv: z.string(),
    tag: z.string(),
    ciphertext: z.string(),
    fingerprint: z.string(),
  })
  .strict();

const secretSchema = z
  .object({ pkcs8: z.string(), officeName: z.string().nullable(), clerkName: z.string().nullable() })
  .strict();

const derive = (passphrase: string, salt: Buffer, N: number, r: number, p: number): Buffer =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: SCRYPT.maxmem });

export function exportOfficeKey(db: Db, box: SecretBox, passphrase: string): { bytes: Buffer; fingerprint: string } {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('invalid_input', 'keys.passphrase_too_short', { min: MIN_PASSPHRASE });
  }
  const { publicKey, pkcs8 } = officePrivateKey(db, box);
  const row = readOfficeKey(db)!;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p), iv);
  const secret = JSON.stringify({ pkcs8: pkcs8.toString('base64'), officeName: row.officeName, clerkName: row.clerkName });
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const file = {
    format: OFFICE_KEY_FORMAT,
    version: 1,
    kdf: { name: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    fingerprint: fingerprint(publicKey),
  };
  return { bytes: Buffer.from(JSON.stringify(file, null, 2), 'utf8'), fingerprint: file.fingerprint };
}

export function importOfficeKey(
  db: Db,
  box: SecretBox,
  input: { data: Buffer; fileName: string; passphrase: string; machineName?: string | null },
  now: string = new Date().toISOString(),
): { fingerprint: string; officeName: string | null } {
  const refuse = (why: MessageRef): never => {
    throw new AppError('invalid_input', 'keyfile.refused', { file: input.fileName, why });
  };
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(input.data.toString('utf8')));
  } catch {
    return refuse(msg('keyfile.why.not_a_key_file'));
  }
  const { N, r, p, salt } = parsed.kdf;
  if (N > 2 ** 20 || r > 16 || p > 4) return refuse(msg('keyfile.why.bad_parameters'));
  let secret: z.infer<typeof secretSchema>;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      derive(input.passphrase, Buffer.from(salt, 'base64'), N, r, p),
      Buffer.from(parsed.iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(parsed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(parsed.ciphertext, 'base64')), decipher.final()]);
    secret = secretSchema.parse(JSON.parse(plain.toString('utf8')));
  } catch {
    return refuse(msg('keyfile.why.wrong_passphrase'));
  }
  const pkcs8 = Buffer.from(secret.pkcs8, 'base64');
  const publicKey = rawPublicKey(createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })));
  return db.transaction(() => {
    const current = readOfficeKey(db);
    if (current && current.publicKey !== publicKey) {
      const issued = readSessionsPublishedBy(db, current.publicKey);
      if (issued.length > 0) {
        refuse(msg('keyfile.why.already_published', { session: issued[0], fingerprint: fingerprint(current.publicKey) }));
      }
    }
    writeOfficeKey(
      db,
      {
        publicKey,
        privateKey: box.encrypt(pkcs8),
        protection: box.kind,
        officeName: secret.officeName,
        clerkName: secret.clerkName,
        machineName: input.machineName ?? current?.machineName ?? null,
      },
      now,
    );
    return { fingerprint: fingerprint(publicKey), officeName: secret.officeName };
  })();
}
