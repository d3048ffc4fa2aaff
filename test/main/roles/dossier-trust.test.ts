/**
 * Issue 18: a dossier signed by an unknown key used to be accepted when it named a new session (and
 * became the current one). A delegate's installation now takes dossiers only from office keys it
 * trusts: the first office it got a dossier from (every session of that office), or one whose
 * fingerprint the user confirmed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import type { OfficeView } from '../../../shared/domain/office';
import type { DossierImportResult, SavedFile } from '../../../shared/domain/packages';
import type { AgendaView } from '../../../shared/domain/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import { asUpload, call, openInstallation } from '../../support/exchange';
import { dumpDatabase } from '../../support/db-dump';

const session = (name: string) => ({
  council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
  councilShort: 'HĐND tỉnh Quảng Ninh',
  term: 'Khóa XIII',
  name,
  place: 'Hạ Long',
  startDate: '2020-07-01',
  endDate: '2020-07-02',
  commentDeadline: null,
});

async function newSessionDossier(office: CoreContext, name: string) {
  await call(office, CHANNELS.sessionCreate, session(name));
  const saved = await call<SavedFile>(office, CHANNELS.packagesExportDossier);
  return asUpload({ name: saved.fileName, data: readFileSync(saved.path) });
}

describe('dossier trust on a delegate’s installation', () => {
  it('takes every session of the first office, and another office’s only once its fingerprint is confirmed', async () => {
    const office = openInstallation();
    const stranger = openInstallation();
    const delegate = openInstallation();
    await call(office, CHANNELS.officeSetup, { officeName: 'Văn phòng HĐND tỉnh Quảng Ninh', clerkName: 'Lê Thu Hà' });
    await call(stranger, CHANNELS.officeSetup, { officeName: 'Văn phòng HĐND tỉnh Quảng Ninh', clerkName: 'Kẻ mạo danh' });

    const first = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, {
      file: await newSessionDossier(office, 'Kỳ họp thứ 19'),
    });
    expect(first.status).toBe('imported');
    const trusted = await call<OfficeView>(delegate, CHANNELS.officeGet);
    const officePrint = (await call<OfficeView>(office, CHANNELS.officeGet)).office.fingerprint;
    expect(trusted.trusted).toEqual([expect.objectContaining({ fingerprint: officePrint, how: 'first' })]);
    // Another session of the same office: no question asked.
    const second = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, {
      file: await newSessionDossier(office, 'Kỳ họp thứ 20'),
    });
    expect(second.status).toBe('imported');

    // An unknown office naming a new session: refused, nothing written, the current session stays.
    const forged = await newSessionDossier(stranger, 'Kỳ họp bất thường');
    const strangerPrint = (await call<OfficeView>(stranger, CHANNELS.officeGet)).office.fingerprint;
    const before = dumpDatabase(delegate.db);
    const refused = await dispatch(delegate, CHANNELS.packagesImportDossier, { file: forged });
    expect(refused).toMatchObject({ ok: false, error: { code: 'untrusted_key' } });
    expect(!refused.ok && refused.error.message).toContain(strangerPrint);
    expect(!refused.ok && refused.error.message).toContain(officePrint);
    const wrongPrint = await dispatch(delegate, CHANNELS.packagesImportDossier, { file: forged, trustFingerprint: officePrint });
    expect(wrongPrint).toMatchObject({ ok: false, error: { code: 'untrusted_key' } });
    expect(dumpDatabase(delegate.db)).toEqual(before);
    expect((await call<AgendaView>(delegate, CHANNELS.agendaGet)).session.name).toBe('Kỳ họp thứ 20');

    // The user compared the fingerprint with the office and confirms it.
    const confirmed = await call<DossierImportResult>(delegate, CHANNELS.packagesImportDossier, {
      file: forged,
      trustFingerprint: strangerPrint,
    });
    expect(confirmed.status).toBe('imported');
    expect((await call<OfficeView>(delegate, CHANNELS.officeGet)).trusted.map((t) => t.how)).toEqual(['first', 'confirmed']);
    for (const c of [office, stranger, delegate]) c.close();
  });
});
