/**
 * The council's level (migration 006): saved with the session, carried by the dossier package,
 * read from the council's name for sessions and packages that lack it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierPackageSchema } from '../../../shared/packages/format';
import type { SavedFile } from '../../../shared/domain/packages';
import type { SessionInfo } from '../../../shared/domain/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import { asUpload, call, openInstallation } from '../../support/exchange';

const fields = {
  council: 'Hội đồng nhân dân xã Đồng Tâm',
  councilShort: 'HĐND xã Đồng Tâm',
  term: 'khóa XXI',
  name: 'Kỳ họp thứ hai',
  place: 'Hội trường Ủy ban nhân dân xã',
  startDate: '2021-12-20',
  endDate: '2021-12-20',
  commentDeadline: null,
};

describe("the council's level", () => {
  it('is read from the name when not given, kept when given, and travels in the dossier package', async () => {
    const secretariat = openInstallation();
    const sample = await call<SessionInfo>(secretariat, CHANNELS.sessionOpen, { id: 'qn-hdnd-xiii-2019-cuoi-nam' });
    expect(sample.level).toBe('tinh');
    const guessed = await call<SessionInfo>(secretariat, CHANNELS.sessionCreate, fields);
    expect(guessed.level).toBe('xa');
    const chosen = await call<SessionInfo>(secretariat, CHANNELS.sessionUpdate, {
      ...fields,
      council: 'Hội đồng nhân dân phường Hồng Hải',
      level: 'xa',
    });
    expect(chosen.level).toBe('xa');
    // An update that leaves the level out keeps it.
    const kept = await call<SessionInfo>(secretariat, CHANNELS.sessionUpdate, {
      ...fields,
      council: 'Hội đồng nhân dân Đồng Tâm',
    });
    expect(kept.level).toBe('xa');
    const bad = await call<SessionInfo>(secretariat, CHANNELS.sessionUpdate, { ...fields, level: 'quan' }).catch(
      (e: Error) => e.message,
    );
    expect(bad).toContain('invalid_input');

    const saved = await call<SavedFile>(secretariat, CHANNELS.packagesExportDossier);
    const delegate = openInstallation();
    await call(delegate, CHANNELS.packagesImportDossier, {
      file: asUpload({ name: saved.fileName, data: readFileSync(saved.path) }),
    });
    const sessions = await call<SessionInfo[]>(delegate, CHANNELS.sessionList);
    expect(sessions.find((s) => s.id === kept.id)?.level).toBe('xa');
    secretariat.close();
    delegate.close();
  });

  it('accepts a package written before the field', () => {
    const session = {
      id: 'ky-hop-cu',
      council: 'Hội đồng nhân dân thành phố Hải Phòng',
      councilShort: 'HĐND thành phố Hải Phòng',
      term: 'khóa XVI',
      name: 'Kỳ họp thứ nhất',
      place: 'Hải Phòng',
      startDate: '2021-06-28',
      endDate: '2021-06-29',
      commentDeadline: null,
      isSample: false,
      rosterIllustrative: false,
    };
    const pkg = { dossierVersion: 1, exportedAt: '2021-06-20T00:00:00.000Z', session, items: [], roster: [] };
    expect(dossierPackageSchema.safeParse(pkg).success).toBe(true);
    expect(dossierPackageSchema.safeParse({ ...pkg, session: { ...session, level: 'thanh_pho' } }).success).toBe(true);
    expect(dossierPackageSchema.safeParse({ ...pkg, session: { ...session, level: 'quan' } }).success).toBe(false);
  });
});
