import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { CHANNEL_LIST, CHANNELS, type Channel } from '../../shared/ipc/channels';
import { LIMITS } from '../../shared/ipc/contract';
import { testContext } from '../support/core';
import { dumpDatabase } from '../support/db-dump';

const LONG = 'đ'.repeat(10_000);

/** Payloads no channel accepts: wrong types and unexpected fields. */
const GENERIC_BAD: unknown[] = ['chuỗi', 42, true, [], [1, 2], { unexpected: 1 }, { __proto__: { polluted: true }, x: 1 }];

/** Per channel: payloads with missing fields, wrong field types and extra-long strings. */
const SPECIFIC_BAD: Record<Channel, unknown[]> = {
  [CHANNELS.appInfo]: [{ dataDir: '/etc' }],
  [CHANNELS.agendaGet]: [{ sessionId: LONG }],
  [CHANNELS.documentGet]: [
    undefined,
    {},
    { documentId: 5 },
    { documentId: '' },
    { documentId: LONG },
    { documentId: '../../etc/passwd' },
    { documentId: 'doc-1', extra: true },
    { documentId: 'doc-1', from: -1 },
    { documentId: 'doc-1', fromChar: 1.5 },
    { documentId: 'doc-1', limit: 0 },
    { documentId: 'doc-1', limit: 1_000_000 },
  ],
  [CHANNELS.searchQuery]: [
    undefined,
    {},
    { query: 5 },
    { query: LONG },
    { query: 'x'.repeat(LIMITS.query + 1) },
    { query: 'a', limit: 0 },
    { query: 'a', limit: 10_000 },
    { query: 'a', limit: 1.5 },
  ],
  [CHANNELS.settingsGet]: [{ locale: 'vi' }],
  [CHANNELS.settingsSet]: [
    { locale: 'fr' },
    { fontScale: 'big' },
    { fontScale: 100 },
    { fontScale: -1 },
    { locale: LONG },
    { theme: 'dark' },
  ],
  [CHANNELS.identityGet]: [{ all: true }],
  [CHANNELS.identitySet]: [
    { rosterId: 5 },
    { name: 'Nguyễn Văn A' },
    { name: LONG, delegation: 'Tổ 1' },
    { name: '  ', delegation: 'Tổ 1' },
    { rosterId: 'db01', name: 'X', delegation: 'Y' },
    { role: 'admin' },
  ],
  [CHANNELS.commentsList]: [{ documentId: LONG }, { mine: 'yes' }, { authorId: 'x' }],
  [CHANNELS.commentsCreate]: [
    undefined,
    {},
    { itemId: 'item-1', documentId: null, anchor: null, stance: 'tan_thanh' },
    { itemId: 'item-1', documentId: null, anchor: null, stance: 'ung_ho', text: 'Đồng ý.' },
    { itemId: 'item-1', documentId: null, anchor: null, stance: 'tan_thanh', text: '   ' },
    { itemId: 'item-1', documentId: null, anchor: null, stance: 'tan_thanh', text: LONG + 'x' },
    {
      itemId: 'item-1',
      documentId: 'doc-1',
      anchor: { blockId: 'doc-1-0', start: -1, end: 2, quote: 'Đi' },
      stance: 'tan_thanh',
      text: 'x',
    },
    {
      itemId: 'item-1',
      documentId: 'doc-1',
      anchor: { blockId: 'doc-1-0', start: 0, end: 2, quote: LONG + 'x' },
      stance: 'tan_thanh',
      text: 'x',
    },
    { itemId: 'item-1', documentId: 'doc-1', anchor: null, stance: 'tan_thanh', text: 'x', proposedText: LONG + 'x' },
    { itemId: 'item-1', documentId: null, anchor: null, stance: 'tan_thanh', text: 'x', author: 'someone else' },
  ],
  [CHANNELS.commentsUpdate]: [
    { id: 'x' },
    { id: 'x', expectedRevision: 0 },
    { id: 'x', expectedRevision: 1, text: LONG + 'x' },
    { id: 'x', expectedRevision: 1, deleted: true },
  ],
  [CHANNELS.commentsDelete]: [{ id: 'x' }, { id: 'x', expectedRevision: '1' }],
  [CHANNELS.commentsHistory]: [{}, { id: LONG }],
  [CHANNELS.notesList]: [{}, { documentId: 7 }],
  [CHANNELS.notesSave]: [
    { documentId: 'doc-1', text: 'x' },
    { documentId: 'doc-1', anchor: { blockId: 'doc-1-0', start: 0, end: 2, quote: 'Đi' }, text: LONG + 'x' },
  ],
  [CHANNELS.notesDelete]: [{}, { id: 12 }],
  [CHANNELS.draftsGet]: [{}, { key: 'no spaces allowed' }, { key: LONG }],
  [CHANNELS.draftsList]: [{ key: 'x:y' }],
  [CHANNELS.draftsSave]: [
    { key: 'comment:new' },
    { key: 'comment:new', payload: LONG.repeat(10) },
    { key: '../etc', payload: '{}' },
  ],
  [CHANNELS.draftsClear]: [{}, { key: 5 }],
  [CHANNELS.packagesExportComments]: [{ outFile: '/etc/passwd' }],
  [CHANNELS.packagesExportDossier]: [{ outFile: '/tmp/x' }],
  [CHANNELS.packagesImportComments]: [
    {},
    { files: [] },
    { files: [{ name: 'a.gopy' }] },
    { files: [{ name: 'a.gopy', dataBase64: 'không phải base64!' }] },
    { files: [{ name: 'x'.repeat(300), dataBase64: 'AAAA' }] },
    { files: [{ name: 'a.gopy', dataBase64: 'A'.repeat(30 * 1024 * 1024) }] },
    { files: [{ name: 'a.gopy', dataBase64: 'AAAA', path: '/etc/passwd' }] },
    { paths: ['/etc/passwd'] },
  ],
  [CHANNELS.packagesImportDossier]: [{}, { file: { name: 'a.hoso' } }, { file: { name: 'a.hoso', dataBase64: 5 } }],
  [CHANNELS.compileGet]: [{ stance: 'maybe' }, { answered: 'yes' }, { delegation: LONG }, { query: LONG }, { query: 5 }],
  [CHANNELS.answersSet]: [
    {},
    { commentIds: [], kind: 'tiep_thu', text: 'x' },
    { commentIds: ['not-a-uuid'], kind: 'tiep_thu', text: 'x' },
    { commentIds: ['01938a2e-8a5e-7b3c-9d4e-123456789abc'], kind: 'dong_y', text: 'x' },
    { commentIds: ['01938a2e-8a5e-7b3c-9d4e-123456789abc'], kind: 'tiep_thu', text: ' ' },
    { commentIds: ['01938a2e-8a5e-7b3c-9d4e-123456789abc'], kind: 'tiep_thu', text: LONG + 'x' },
  ],
  [CHANNELS.answersList]: [{ sessionId: 'x' }],
  [CHANNELS.backupsList]: [{ dir: '/' }],
  [CHANNELS.backupsCreate]: [{ name: 'x' }],
  [CHANNELS.backupsRestore]: [
    {},
    { name: '../gop-y-hdnd.sqlite' },
    { name: '/etc/passwd' },
    { name: 'gop-y-hdnd-1-x.sqlite/../../a' },
  ],
  [CHANNELS.sessionCreate]: [
    {},
    {
      council: 'HĐND',
      councilShort: 'HĐND',
      term: 'khóa I',
      name: 'Kỳ họp',
      place: 'Hạ Long',
      startDate: '6/12/2019',
      endDate: '2019-12-07',
      commentDeadline: null,
    },
    {
      council: LONG,
      councilShort: 'x',
      term: 'x',
      name: 'x',
      place: 'x',
      startDate: '2019-12-06',
      endDate: '2019-12-07',
      commentDeadline: null,
    },
    {
      council: 'x',
      councilShort: 'x',
      term: 'x',
      name: 'x',
      place: 'x',
      startDate: '2019-12-06',
      endDate: '2019-12-07',
      commentDeadline: 'mai',
    },
  ],
  [CHANNELS.sessionUpdate]: [{ council: 'x' }],
  [CHANNELS.agendaAddItem]: [
    {},
    { day: '2019-12-06', sitting: 'toi', time: null, title: 'x', presenter: 'x', kind: 'khac' },
    { day: '2019-12-06', sitting: 'sang', time: '8h', title: 'x', presenter: 'x', kind: 'khac' },
    { day: '2019-12-06', sitting: 'sang', time: null, title: ' ', presenter: 'x', kind: 'khac' },
  ],
  [CHANNELS.agendaUpdateItem]: [{ day: '2019-12-06', sitting: 'sang', time: null, title: 'x', presenter: 'x', kind: 'khac' }],
  [CHANNELS.agendaRemoveItem]: [{}, { id: 1 }],
  [CHANNELS.agendaReorder]: [{ items: [] }, { items: [{ id: 'a' }] }],
  [CHANNELS.rosterImportCsv]: [{}, { file: { name: 'ds.csv', dataBase64: '###' } }],
  [CHANNELS.rosterSave]: [
    { entries: [{ name: 'A' }] },
    { entries: [{ name: LONG, delegation: 'x', constituency: null, title: null }] },
  ],
  [CHANNELS.documentsPreviewImport]: [{}, { file: { name: 'a.docx' } }],
  [CHANNELS.documentsImport]: [
    { itemId: 'item-1', file: { name: 'a.docx', dataBase64: 'AAAA' } },
    {
      itemId: 'item-1',
      file: { name: 'a.docx', dataBase64: 'AAAA' },
      header: { kind: 'luat', issuer: null, numberSymbol: null, date: null, title: 'x' },
    },
    {
      itemId: 'item-1',
      file: { name: 'a.docx', dataBase64: 'AAAA' },
      header: { kind: 'khac', issuer: null, numberSymbol: null, date: '05/3/2020', title: 'x' },
    },
  ],
  [CHANNELS.documentsPreviewVersion]: [{ documentId: 'doc-1' }],
  [CHANNELS.documentsImportVersion]: [{ documentId: 'doc-1', file: { name: 'a.docx', dataBase64: 'AAAA' } }],
  [CHANNELS.documentsRemove]: [{}, { documentId: '' }],
  [CHANNELS.pdfStart]: [{}, { kind: 'word' }, { kind: 'sheet', outFile: '/etc/x.pdf' }, { kind: 'report', format: 'odt' }],
  [CHANNELS.pdfStatus]: [{}, { jobId: 'x' }],
  [CHANNELS.pdfCancel]: [{ jobId: 5 }],
  [CHANNELS.pdfOpen]: [{ jobId: '../x' }],
  [CHANNELS.reportSettingsGet]: [{ sessionId: 'x' }],
  [CHANNELS.reportSettingsSave]: [{ number: 5 }, { date: '05/12/2019' }, { recipients: 'A; B' }, { signer: 'x' }],
  [CHANNELS.sessionList]: [{ all: 1 }],
  [CHANNELS.sessionOpen]: [{}, { id: '../x' }],
  [CHANNELS.officeGet]: [{ role: 'thu_ky' }],
  [CHANNELS.keysList]: [{ all: true }],
  [CHANNELS.receiptsList]: [{ mine: true }],
  [CHANNELS.rosterExportNotSent]: [{ format: 'xls' }, { format: 'pdf', extra: true }],
  [CHANNELS.keysMine]: [{ authorId: 'x' }],
  [CHANNELS.identityOthers]: [{ all: true }],
  [CHANNELS.commentsCreateOnBehalf]: [
    {},
    { itemId: 'i', documentId: null, anchor: null, stance: 'tan_thanh', text: 'x', onBehalf: { source: 'phiếu' } },
    { itemId: 'i', documentId: null, anchor: null, stance: 'tan_thanh', text: 'x', onBehalf: { rosterId: 'a', source: ' ' } },
  ],
  [CHANNELS.officeExportKey]: [{}, { passphrase: '' }, { passphrase: 5 }],
  [CHANNELS.officeImportKey]: [{ passphrase: 'x' }, { file: { name: 'a', dataBase64: '!!' }, passphrase: 'x' }],
  [CHANNELS.keysDecide]: [
    {},
    { authorId: 'a', decision: 'maybe', reason: 'x' },
    { authorId: 'a', decision: 'approved', reason: '  ' },
  ],
  [CHANNELS.officeSetup]: [
    {},
    { officeName: 'Văn phòng' },
    { officeName: '', clerkName: 'A' },
    { officeName: LONG, clerkName: 'A' },
  ],
  [CHANNELS.revisionsList]: [{}, { documentId: '../x' }],
  [CHANNELS.revisionsChange]: [
    { documentId: 'doc-1', from: { blockId: 'b', offset: 0 }, to: { blockId: 'b', offset: 1 }, wording: 'x' },
    { documentId: 'doc-1', from: { blockId: 'b', offset: -1 }, to: { blockId: 'b', offset: 1 }, wording: 'x', reason: 'r' },
    {
      documentId: 'doc-1',
      from: { blockId: 'b', offset: 0 },
      to: { blockId: 'b', offset: 1 },
      wording: 'x'.repeat(LIMITS.proposedText + 1),
      reason: 'r',
    },
  ],
  [CHANNELS.revisionsResolve]: [
    { documentId: 'doc-1', changeIds: [], resolution: { kind: 'withdraw' } },
    { documentId: 'doc-1', changeIds: ['x'], resolution: { kind: 'withdraw' } },
    { documentId: 'doc-1', changeIds: ['0190f3c2-0000-7000-8000-000000000001'], resolution: { kind: 'pick' } },
    { documentId: 'doc-1', changeIds: ['0190f3c2-0000-7000-8000-000000000001'], resolution: { kind: 'merge', wording: 'x' } },
  ],
  [CHANNELS.revisionsMake]: [{}, { documentId: 5 }],
  [CHANNELS.revisionsExport]: [
    { documentId: 'doc-1' },
    { documentId: 'doc-1', kind: 'revised', format: 'odt' },
    { documentId: 'doc-1', kind: 'draft' },
  ],
  [CHANNELS.documentsVersionMarks]: [{}, { documentId: '../x' }, { documentId: 'doc-1', extra: 1 }],
};

describe('IPC validation', () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(SPECIFIC_BAD).sort()).toEqual([...CHANNEL_LIST].sort());
  });

  for (const channel of CHANNEL_LIST) {
    it(`${channel} rejects malformed payloads with a Vietnamese message and writes nothing`, async () => {
      const ctx = testContext();
      const snapshot = () => dumpDatabase(ctx.db);
      const before = snapshot();
      for (const payload of [...GENERIC_BAD, ...SPECIFIC_BAD[channel]]) {
        const result = await dispatch(ctx, channel, payload);
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
        if (!result.ok && result.error.code === 'too_large') {
          // An oversized file is refused by its size, naming the file (not the channel).
          expect(result.error.message).toMatch(/quá lớn|lớn hơn/u);
          expect(result.error.message).not.toContain(channel);
        } else if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(/không hợp lệ/u);
        }
      }
      expect(snapshot()).toEqual(before);
      ctx.close();
    });
  }

  it('answers an unknown channel with an envelope, not a throw', async () => {
    const ctx = testContext();
    const result = await dispatch(ctx, 'db:dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    ctx.close();
  });

  it('accepts well-formed payloads', async () => {
    const ctx = testContext();
    expect((await dispatch(ctx, CHANNELS.agendaGet, undefined)).ok).toBe(true);
    expect((await dispatch(ctx, CHANNELS.documentGet, { documentId: 'doc-1' })).ok).toBe(true);
    expect(await dispatch(ctx, CHANNELS.documentGet, { documentId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const search = await dispatch(ctx, CHANNELS.searchQuery, { query: 'so noi vu', limit: 5 });
    expect(search.ok && (search.value as { hits: unknown[] }).hits.length).toBe(1);
    expect(await dispatch(ctx, CHANNELS.settingsSet, { locale: 'en', fontScale: 1.25 })).toEqual({
      ok: true,
      value: { locale: 'en', fontScale: 1.25 },
    });
    expect(await dispatch(ctx, CHANNELS.settingsGet, {})).toEqual({ ok: true, value: { locale: 'en', fontScale: 1.25 } });
    ctx.close();
  });
});

describe('field-level issues in the envelope', () => {
  it('names each field with its Vietnamese message, for forms', async () => {
    const ctx = testContext();
    const result = await dispatch(ctx, CHANNELS.sessionCreate, {
      council: '',
      councilShort: 'HĐND',
      term: 'khóa I',
      name: 'Kỳ họp',
      place: 'Hạ Long',
      startDate: '',
      endDate: '2019-12-07',
      commentDeadline: null,
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : (result.error.issues ?? []);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'council', key: 'schema.not_empty', params: {}, message: 'Không được để trống.' },
        { path: 'startDate', key: 'schema.date_empty', params: {}, message: 'Hãy chọn ngày.' },
        // Every issue travels, not only the first of each field: the empty date is also badly formed.
        { path: 'startDate', key: 'schema.date_format', params: {}, message: 'Ngày phải có dạng YYYY-MM-DD.' },
      ]),
    );
    ctx.close();
  });
});
