/**
 * A key's fingerprint in a short form a person can compare by eye and read aloud: the first 80
 * bits of the SHA-256 of the raw public key, in Crockford's base32 (no I, L, O, U), in four groups
 * of four. The delegate's paper sheet prints it beside the signature; the secretariat's screens show
 * the same string beside each package and delegate.
 */
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function fingerprint(publicKeyB64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyB64, 'base64')).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 15; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out.match(/.{4}/gu)!.join('-');
}
