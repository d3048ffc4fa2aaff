/** The office this installation acts for: its profile, its role for the session on screen. */
import type { OfficeView } from '../../../shared/domain/office';
import { fingerprint } from '../crypto/fingerprint';
import type { Db } from '../db/database';
import { currentSession } from '../db/repos/dossier';
import { listTrustedOffices, readOfficeKey, readSessionPublisher, updateOfficeProfile } from '../db/repos/office';
import { AppError } from '../errors';
import type { CoreContext } from '../context';
import { fileSlug, writeFileAtomic } from '../files';
import { exportOfficeKey, importOfficeKey, OFFICE_KEY_EXT } from '../roles/key-file';
import type { SavedFile } from '../../../shared/domain/packages';
import { basename } from 'node:path';
import { sessionRole } from '../roles/guard';
import { msg } from '../../../shared/messages/types';

export function officeView(db: Db): OfficeView {
  const key = readOfficeKey(db);
  if (!key) throw new AppError('not_found', 'keys.no_office_key');
  const session = currentSession(db);
  const publisher = session ? readSessionPublisher(db, session.id).publisherKey : null;
  return {
    office: { name: key.officeName, clerk: key.clerkName, machine: key.machineName, fingerprint: fingerprint(key.publicKey) },
    role: session ? sessionRole(db, session.id) : null,
    publisherFingerprint: publisher ? fingerprint(publisher) : null,
    trusted: listTrustedOffices(db).map((t) => ({
      fingerprint: fingerprint(t.publicKey),
      officeName: t.officeName,
      how: t.how,
      trustedAt: t.trustedAt,
    })),
  };
}

/** The secretariat sets itself up as an office (name, clerk), never as a delegate. */
export function setupOffice(db: Db, input: { officeName: string; clerkName: string; machineName?: string | null }): OfficeView {
  db.transaction(() => updateOfficeProfile(db, input.officeName, input.clerkName, input.machineName ?? null))();
  return officeView(db);
}

/** Writes the office key, protected by a passphrase, where the door says (a second secretariat machine). */
export async function exportOfficeKeyFile(ctx: CoreContext, passphrase: string): Promise<SavedFile & { fingerprint: string }> {
  const { bytes, fingerprint: print } = exportOfficeKey(ctx.db, ctx.secrets, passphrase);
  const office = readOfficeKey(ctx.db)?.officeName ?? 'van-phong';
  const path = await ctx.files.chooseSavePath(`khoa-van-phong_${fileSlug(office)}${OFFICE_KEY_EXT}`, {
    name: msg('file_kind.office_key'),
    extensions: [OFFICE_KEY_EXT.slice(1)],
  });
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  writeFileAtomic(path, bytes);
  return { path, fileName: basename(path), bytes: bytes.length, fingerprint: print };
}

export function importOfficeKeyFile(
  ctx: CoreContext,
  file: { name: string; data: Buffer },
  passphrase: string,
  machineName?: string | null,
): OfficeView {
  importOfficeKey(ctx.db, ctx.secrets, { data: file.data, fileName: file.name, passphrase, machineName });
  return officeView(ctx.db);
}
