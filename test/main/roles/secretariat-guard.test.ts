/**
 * A delegate's installation cannot act as the secretariat: every channel the role table marks as
 * the secretariat's is refused there, with its own message, and writes nothing (the whole database
 * is compared before and after). A channel missing from the table, or a secretariat channel with no
 * payload below, fails this test, so a new channel cannot be forgotten.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import type { SavedFile } from '../../../shared/domain/packages';
import { CHANNEL_LIST, CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { CHANNEL_ROLES, roleNeed } from '../../../shared/ipc/roles';
import { asUpload, call, DE_AN, ITEM, openInstallation } from '../../support/exchange';
import { dumpDatabase } from '../../support/db-dump';
import { formatMessage } from '../../../shared/messages/format';

const FILE = { name: 'to-trinh.txt', dataBase64: Buffer.from('Điều 1. Nội dung.').toString('base64') };
const HEADER = { kind: 'to_trinh', issuer: null, numberSymbol: null, date: null, title: 'Tờ trình' } as const;
const SESSION = {
  council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
  councilShort: 'HĐND tỉnh Quảng Ninh',
  term: 'Khóa XIII',
  name: 'Kỳ họp thứ 20',
  place: 'Hạ Long',
  startDate: '2020-07-01',
  endDate: '2020-07-02',
  commentDeadline: null,
};
const ITEM_FIELDS = { day: '2019-12-06', sitting: 'sang', time: null, title: 'Nội dung', presenter: '', kind: 'khac' } as const;

/** A valid payload for every secretariat channel (or secretariat input of a shared channel). */
const SECRETARIAT_CALLS: Partial<Record<Channel, unknown[]>> = {
  [CHANNELS.packagesExportDossier]: [undefined],
  [CHANNELS.packagesImportComments]: [{ files: [{ name: 'a.gopy', dataBase64: 'AAAA' }] }],
  [CHANNELS.compileGet]: [undefined, { documentId: DE_AN }],
  [CHANNELS.answersSet]: [{ commentIds: ['0190f3c2-0000-7000-8000-000000000001'], kind: 'tiep_thu', text: 'Tiếp thu.' }],
  [CHANNELS.sessionUpdate]: [SESSION],
  [CHANNELS.agendaAddItem]: [ITEM_FIELDS],
  [CHANNELS.agendaUpdateItem]: [{ id: ITEM, ...ITEM_FIELDS }],
  [CHANNELS.agendaRemoveItem]: [{ id: ITEM }],
  [CHANNELS.agendaReorder]: [{ items: [{ id: ITEM, day: '2019-12-06', sitting: 'chieu' }] }],
  [CHANNELS.rosterImportCsv]: [{ file: { name: 'ds.csv', dataBase64: Buffer.from('Họ tên;Tổ\nA;B').toString('base64') } }],
  [CHANNELS.rosterSave]: [{ entries: [] }],
  [CHANNELS.documentsPreviewImport]: [{ file: FILE }],
  [CHANNELS.documentsImport]: [{ itemId: ITEM, file: FILE, header: HEADER }],
  [CHANNELS.documentsPreviewVersion]: [{ documentId: DE_AN, file: FILE }],
  [CHANNELS.documentsImportVersion]: [{ documentId: DE_AN, file: FILE, header: HEADER }],
  [CHANNELS.documentsRemove]: [{ documentId: DE_AN }],
  [CHANNELS.keysList]: [undefined],
  [CHANNELS.rosterExportNotSent]: [undefined],
  [CHANNELS.commentsCreateOnBehalf]: [
    {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Nhập thay.',
      onBehalf: { rosterId: 'db01-nguyen-thi-thanh-huong', source: 'Phiếu giấy' },
    },
  ],
  [CHANNELS.keysDecide]: [{ authorId: 'db01-nguyen-thi-thanh-huong', decision: 'approved', reason: 'Đã so phiếu.' }],
  [CHANNELS.pdfStart]: [{ kind: 'report' }, { kind: 'report', documentId: DE_AN }],
  [CHANNELS.reportSettingsGet]: [undefined],
  [CHANNELS.reportSettingsSave]: [{ number: '12', signerName: 'Nguyễn Văn A', recipients: ['Thường trực HĐND'] }],
  [CHANNELS.revisionsList]: [{ documentId: DE_AN }],
  [CHANNELS.revisionsChange]: [
    { documentId: DE_AN, from: { blockId: 'b', offset: 0 }, to: { blockId: 'b', offset: 1 }, wording: 'x', reason: 'Sửa.' },
  ],
  [CHANNELS.revisionsResolve]: [
    { documentId: DE_AN, changeIds: ['0190f3c2-0000-7000-8000-000000000001'], resolution: { kind: 'withdraw' } },
  ],
  [CHANNELS.revisionsMake]: [{ documentId: DE_AN }],
  [CHANNELS.revisionsExport]: [{ documentId: DE_AN, kind: 'comparison' }],
};

let office: CoreContext;
let delegate: CoreContext;

beforeAll(async () => {
  office = openInstallation();
  const saved = await call<SavedFile>(office, CHANNELS.packagesExportDossier);
  delegate = openInstallation();
  await call(delegate, CHANNELS.packagesImportDossier, {
    file: asUpload({ name: saved.fileName, data: readFileSync(saved.path) }),
  });
});
afterAll(() => {
  office.close();
  delegate.close();
});

describe('roles: a delegate’s installation', () => {
  it('every channel declares its role', () => {
    for (const channel of CHANNEL_LIST) expect(CHANNEL_ROLES[channel], channel).toBeDefined();
    for (const [channel, rule] of Object.entries(CHANNEL_ROLES)) {
      if (rule.role !== 'any') expect(SECRETARIAT_CALLS[channel as Channel], `a payload for ${channel}`).toBeDefined();
    }
  });

  it('knows it is a delegate’s, and the office’s installation knows it is the secretariat', async () => {
    expect(await call(delegate, CHANNELS.officeGet)).toMatchObject({ role: 'delegate' });
    expect(await call(office, CHANNELS.officeGet)).toMatchObject({ role: 'secretariat' });
  });

  for (const [channel, payloads] of Object.entries(SECRETARIAT_CALLS) as Array<[Channel, unknown[]]>) {
    for (const payload of payloads) {
      it(`${channel} ${JSON.stringify(payload ?? {}).slice(0, 60)} is refused and writes nothing`, async () => {
        const need = roleNeed(channel, (payload ?? undefined) as never);
        expect(need.role).toBe('secretariat');
        const before = dumpDatabase(delegate.db);
        const result = await dispatch(delegate, channel, payload);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('not_secretariat');
        if (need.role !== 'secretariat') return; // asserted above
        expect(result.error.message).toContain(`Không thể ${formatMessage('vi', need.action)} trên máy này`);
        expect(formatMessage('en', result.error.key, result.error.params)).toContain(
          `Cannot ${formatMessage('en', need.action)} on this machine`,
        );
        expect(result.error.message).toMatch(/import-secretariat-key/u);
        expect(dumpDatabase(delegate.db)).toEqual(before);
      });
    }
  }

  it('the delegate’s own sheet is still theirs to export', async () => {
    const result = await dispatch(delegate, CHANNELS.pdfStart, { kind: 'sheet' });
    expect(result.ok || result.error.code).not.toBe('not_secretariat');
  });

  it('a session it creates is its own, but it still cannot touch the received one from there', async () => {
    const other = openInstallation();
    const saved = await call<SavedFile>(office, CHANNELS.packagesExportDossier);
    await call(other, CHANNELS.packagesImportDossier, {
      file: asUpload({ name: saved.fileName, data: readFileSync(saved.path) }),
    });
    await call(other, CHANNELS.sessionCreate, SESSION);
    expect(await call(other, CHANNELS.officeGet)).toMatchObject({ role: 'secretariat' });
    await call(other, CHANNELS.agendaAddItem, ITEM_FIELDS);
    const before = dumpDatabase(other.db);
    for (const [channel, payload] of [
      [CHANNELS.agendaRemoveItem, { id: ITEM }],
      [CHANNELS.documentsRemove, { documentId: DE_AN }],
      [CHANNELS.agendaReorder, { items: [{ id: ITEM, day: '2019-12-06', sitting: 'chieu' }] }],
    ] as const) {
      const result = await dispatch(other, channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'not_secretariat' } });
    }
    expect(dumpDatabase(other.db)).toEqual(before);
    other.close();
  });

  it('the office’s installation does the same calls', async () => {
    expect((await dispatch(office, CHANNELS.compileGet, undefined)).ok).toBe(true);
    expect((await dispatch(office, CHANNELS.agendaAddItem, ITEM_FIELDS)).ok).toBe(true);
  });
});
