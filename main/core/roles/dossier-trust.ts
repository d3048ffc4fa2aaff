/**
 * Which dossiers a delegate's installation takes (issue 18): only from secretariat keys it trusts:
 * the office key of the first dossier it was given (for every session of that office), a key
 * whose fingerprint the user confirmed, or a key this installation holds itself (a second
 * secretariat machine). Anything else is refused with the fingerprint to compare, changing nothing.
 */
import type { Db } from '../db/database';
import { fingerprint } from '../crypto/fingerprint';
import { listTrustedOffices, trustOffice } from '../db/repos/office';
import { AppError } from '../errors';
import { heldKeys } from './guard';

export function checkDossierPublisher(
  db: Db,
  d: { publisherKey: string; officeName: string; fileName: string; trustFingerprint?: string; now: string },
): void {
  if (heldKeys(db).has(d.publisherKey)) return;
  const trusted = listTrustedOffices(db);
  if (trusted.some((t) => t.publicKey === d.publisherKey)) return;
  const print = fingerprint(d.publisherKey);
  if (trusted.length === 0) {
    trustOffice(db, { publicKey: d.publisherKey, officeName: d.officeName, how: 'first', trustedAt: d.now });
    return;
  }
  if (d.trustFingerprint === print) {
    trustOffice(db, { publicKey: d.publisherKey, officeName: d.officeName, how: 'confirmed', trustedAt: d.now });
    return;
  }
  const known = trusted.map((t) => `${t.officeName} (${fingerprint(t.publicKey)})`).join(', ');
  throw new AppError('untrusted_key', 'dossier.untrusted_key', {
    file: d.fileName,
    fingerprint: print,
    office: d.officeName,
    known,
  });
}
