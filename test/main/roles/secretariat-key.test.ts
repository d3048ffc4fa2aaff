/**
 * A second secretariat machine: the office key exported with a passphrase (scrypt), refused with a
 * wrong one, taken with the right one; dossier versions from the two machines are ordered, and two
 * different dossiers under one version are never taken by a delegate.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import type { OfficeView } from '../../../shared/domain/office';
import type { DossierImportResult, SavedFile } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import { asUpload, call, openInstallation } from '../../support/exchange';
import { dumpDatabase } from '../../support/db-dump';

const PASSPHRASE = 'Văn phòng Quảng Ninh 2019 cuối năm';

async function dossier(ctx: CoreContext) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  return asUpload({ name: saved.fileName, data: readFileSync(saved.path) });
}

describe('the office key on a second secretariat machine', () => {
  it('refuses a wrong passphrase, takes the right one, and orders dossier versions across machines', async () => {
    const first = openInstallation();
    await call(first, CHANNELS.officeSetup, { officeName: 'Văn phòng HĐND tỉnh', clerkName: 'Lê Thu Hà', machineName: 'Máy 1' });
    const tooShort = await dispatch(first, CHANNELS.officeExportKey, { passphrase: 'ngắn' });
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const saved = await call<SavedFile & { fingerprint: string }>(first, CHANNELS.officeExportKey, { passphrase: PASSPHRASE });
    const keyFile = readFileSync(saved.path);
    expect(keyFile.toString('utf8')).not.toContain('Lê Thu Hà'); // the profile travels encrypted too
    const firstPrint = (await call<OfficeView>(first, CHANNELS.officeGet)).office.fingerprint;
    expect(saved.fingerprint).toBe(firstPrint);

    const second = openInstallation();
    const before = dumpDatabase(second.db);
    const wrong = await dispatch(second, CHANNELS.officeImportKey, {
      file: asUpload({ name: saved.fileName, data: keyFile }),
      passphrase: 'Văn phòng Quảng Ninh 2020 cuối năm',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!wrong.ok && wrong.error.message).toContain('sai cụm mật khẩu');
    expect(dumpDatabase(second.db)).toEqual(before);
    const taken = await call<OfficeView>(second, CHANNELS.officeImportKey, {
      file: asUpload({ name: saved.fileName, data: keyFile }),
      passphrase: PASSPHRASE,
      machineName: 'Máy 2',
    });
    expect(taken.office).toMatchObject({ fingerprint: firstPrint, name: 'Văn phòng HĐND tỉnh', machine: 'Máy 2' });

    // Machine 2 takes machine 1's dossier and is the secretariat of that session too.
    const v2 = await dossier(first);
    await call(second, CHANNELS.packagesImportDossier, { file: v2 });
    expect((await call<OfficeView>(second, CHANNELS.officeGet)).role).toBe('secretariat');

    const delegate = openInstallation();
    expect(await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: v2 })).toMatchObject({ version: 2 });
    // Ordered: machine 2 takes machine 1's v3, then issues v4, which says it came from Máy 2.
    const v3 = await dossier(first);
    await call(second, CHANNELS.packagesImportDossier, { file: v3 });
    const v4 = await dossier(second);
    expect(await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: v3 })).toMatchObject({ version: 3 });
    expect(await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, { file: v4 })).toMatchObject({ version: 4 });
    expect(delegate.db.prepare('SELECT dossier_issued_by AS m FROM sessions WHERE dossier_version = 4').get()).toEqual({
      m: 'Máy 2',
    });

    // Machine 1 issues its own v4 without machine 2's: the delegate refuses it, naming both machines.
    await new Promise((r) => setTimeout(r, 5));
    const otherV4 = await dossier(first);
    const beforeConflict = dumpDatabase(delegate.db);
    const conflict = await dispatch(delegate, CHANNELS.packagesImportDossier, { file: otherV4 });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!conflict.ok && conflict.error.message).toMatch(/hai hồ sơ khác nhau cùng phiên bản 4 \(máy "Máy 2" .*máy "Máy 1"/u);
    expect(dumpDatabase(delegate.db)).toEqual(beforeConflict);
    for (const c of [first, second, delegate]) c.close();
  });
});
