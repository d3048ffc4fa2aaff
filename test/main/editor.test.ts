import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import type { AgendaView, IdentityView, SessionInfo } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, openInstallation } from '../support/exchange';

const csv = (text: string, bom = false) => ({
  name: 'danh-sach.csv',
  dataBase64: Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]).toString(
    'base64',
  ),
});

describe('the secretariat edits the dossier', () => {
  it('creates a session and builds its agenda across days and sittings', async () => {
    const ctx = openInstallation();
    const session = await call<SessionInfo>(ctx, CHANNELS.sessionCreate, {
      council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
      councilShort: 'HĐND tỉnh Quảng Ninh',
      term: 'khóa XIV',
      name: 'Kỳ họp thứ nhất',
      place: 'Hạ Long',
      startDate: '2021-06-28',
      endDate: '2021-06-29',
      commentDeadline: '2021-06-25T17:00:00+07:00',
    });
    expect(session).toMatchObject({ term: 'khóa XIV', isSample: false });
    const add = (title: string, day: string, sitting: 'sang' | 'chieu') =>
      call<{ id: string }>(ctx, CHANNELS.agendaAddItem, {
        day,
        sitting,
        time: '08:00',
        title,
        presenter: 'UBND tỉnh',
        kind: 'to_trinh',
      });
    const a = await add('Khai mạc', '2021-06-28', 'sang');
    const b = await add('Bầu chức danh', '2021-06-28', 'chieu');
    const c = await add('Bế mạc', '2021-06-29', 'chieu');
    await call(ctx, CHANNELS.agendaReorder, {
      items: [
        { id: a.id, day: '2021-06-28', sitting: 'sang' },
        { id: c.id, day: '2021-06-28', sitting: 'sang' },
        { id: b.id, day: '2021-06-29', sitting: 'chieu' },
      ],
    });
    await call(ctx, CHANNELS.agendaUpdateItem, {
      id: b.id,
      day: '2021-06-29',
      sitting: 'chieu',
      time: '15:00',
      title: 'Bầu các chức danh',
      presenter: 'Thường trực HĐND',
      kind: 'bieu_quyet',
    });
    let agenda = await call<AgendaView>(ctx, CHANNELS.agendaGet);
    expect(agenda.session.id).toBe(session.id);
    expect(agenda.items.map((i) => [i.order, i.title, i.day, i.sitting])).toEqual([
      [1, 'Khai mạc', '2021-06-28', 'sang'],
      [2, 'Bế mạc', '2021-06-28', 'sang'],
      [3, 'Bầu các chức danh', '2021-06-29', 'chieu'],
    ]);
    await call(ctx, CHANNELS.agendaRemoveItem, { id: c.id });
    agenda = await call<AgendaView>(ctx, CHANNELS.agendaGet);
    expect(agenda.items.map((i) => [i.order, i.title])).toEqual([
      [1, 'Khai mạc'],
      [2, 'Bầu các chức danh'],
    ]);
    const stale = await dispatch(ctx, CHANNELS.agendaReorder, { items: [{ id: a.id, day: '2021-06-28', sitting: 'sang' }] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const sessions = await call<SessionInfo[]>(ctx, CHANNELS.sessionList);
    expect(sessions.map((x) => x.term)).toEqual(['khóa XIV', 'khóa XIII']);
    const sample = await call<SessionInfo>(ctx, CHANNELS.sessionOpen, { id: sessions[1].id });
    expect((await call<AgendaView>(ctx, CHANNELS.agendaGet)).session.id).toBe(sample.id);
    await call(ctx, CHANNELS.sessionOpen, { id: session.id });
    const badDates = await dispatch(ctx, CHANNELS.sessionUpdate, {
      ...session,
      startDate: '2021-06-30',
      endDate: '2021-06-29',
      id: undefined,
      isSample: undefined,
    });
    expect(badDates.ok).toBe(false);
    ctx.close();
  });

  it('puts an added or moved item at the end of its sitting in one call', async () => {
    const ctx = openInstallation();
    await call<SessionInfo>(ctx, CHANNELS.sessionCreate, {
      council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
      councilShort: 'HĐND tỉnh Quảng Ninh',
      term: 'khóa XIV',
      name: 'Kỳ họp chuyên đề',
      place: 'Hạ Long',
      startDate: '2021-06-28',
      endDate: '2021-06-29',
      commentDeadline: null,
    });
    const fields = (title: string, day: string, sitting: 'sang' | 'chieu') => ({
      day,
      sitting,
      time: null,
      title,
      presenter: 'UBND tỉnh',
      kind: 'to_trinh',
    });
    const add = (title: string, day: string, sitting: 'sang' | 'chieu') =>
      call<{ id: string }>(ctx, CHANNELS.agendaAddItem, fields(title, day, sitting));
    await add('Ngày hai, chiều', '2021-06-29', 'chieu');
    await add('Ngày một, chiều', '2021-06-28', 'chieu');
    await add('Ngày một, sáng (1)', '2021-06-28', 'sang');
    const moved = await add('Ngày một, sáng (2)', '2021-06-28', 'sang');
    const places = async () => (await call<AgendaView>(ctx, CHANNELS.agendaGet)).items.map((i) => [i.order, i.title]);
    expect(await places()).toEqual([
      [1, 'Ngày một, sáng (1)'],
      [2, 'Ngày một, sáng (2)'],
      [3, 'Ngày một, chiều'],
      [4, 'Ngày hai, chiều'],
    ]);
    await call(ctx, CHANNELS.agendaUpdateItem, { id: moved.id, ...fields('Chuyển sang chiều', '2021-06-28', 'chieu') });
    expect(await places()).toEqual([
      [1, 'Ngày một, sáng (1)'],
      [2, 'Ngày một, chiều'],
      [3, 'Chuyển sang chiều'],
      [4, 'Ngày hai, chiều'],
    ]);
    ctx.close();
  });

  it('will not remove an item that has comments', async () => {
    const ctx = openInstallation();
    await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    await call(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Đồng ý.',
    });
    expect(await dispatch(ctx, CHANNELS.agendaRemoveItem, { id: 'hop-nhat-to-chuc-noi-vu' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    ctx.close();
  });

  it('imports the roster from a spreadsheet export: BOM, semicolons, Vietnamese headers', async () => {
    const ctx = openInstallation();
    const text =
      'Họ và tên;Tổ đại biểu;Đơn vị bầu cử;Chức vụ\nNguyễn Văn An;Tổ đại biểu thành phố Hạ Long;Hạ Long;Đại biểu\n"Trần Thị Bình";"Tổ đại biểu huyện Cô Tô";Cô Tô;\n';
    expect(await call(ctx, CHANNELS.rosterImportCsv, { file: csv(text, true) })).toEqual({ imported: 2 });
    const view = await call<IdentityView>(ctx, CHANNELS.identityGet);
    expect(view.roster.map((r) => [r.name, r.delegation, r.constituency, r.title])).toEqual([
      ['Nguyễn Văn An', 'Tổ đại biểu thành phố Hạ Long', 'Hạ Long', 'Đại biểu'],
      ['Trần Thị Bình', 'Tổ đại biểu huyện Cô Tô', 'Cô Tô', null],
    ]);
    expect(view.rosterIllustrative).toBe(false);
    expect(await call(ctx, CHANNELS.rosterImportCsv, { file: csv('name,delegation\nA,Tổ 1\n') })).toEqual({ imported: 1 });
    ctx.close();
  });

  it('rejects a CSV with missing columns or a bad encoding, naming the file, changing nothing', async () => {
    const ctx = openInstallation();
    const before = ctx.db.prepare('SELECT * FROM roster ORDER BY position').all();
    const cases: Array<[{ name: string; dataBase64: string }, RegExp]> = [
      [csv('Họ và tên;Chức vụ\nA;B\n'), /thiếu cột "Tổ đại biểu"/u],
      [
        { name: 'danh-sach.csv', dataBase64: Buffer.from('Họ và tên,Tổ đại biểu\nNguyễn,Tổ', 'latin1').toString('base64') },
        /không phải văn bản UTF-8/u,
      ],
      [csv('Họ và tên,Tổ đại biểu\n'), /không có dòng dữ liệu/u],
      [csv('Họ và tên,Tổ đại biểu\nNguyễn Văn A,\n'), /dòng 2 thiếu/u],
    ];
    for (const [file, message] of cases) {
      const result = await dispatch(ctx, CHANNELS.rosterImportCsv, { file });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(/^Tệp "danh-sach\.csv" bị từ chối: /u);
      expect(!result.ok && result.error.message).toMatch(message);
    }
    expect(ctx.db.prepare('SELECT * FROM roster ORDER BY position').all()).toEqual(before);
    ctx.close();
  });
});
