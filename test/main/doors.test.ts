/**
 * What the doors let in (issue 18): huge files refused by their size before a byte is read, one
 * line per file while the folder goes on; a missing path told in Vietnamese (no raw ENOENT); a file
 * over 20 MB named, not the channel; validator and CSV messages in Vietnamese; roster names with
 * control characters refused.
 */
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { dispatch } from '../../main/core/dispatch';
import { parseRosterCsv } from '../../main/core/services/roster-csv';
import { CHANNELS } from '../../shared/ipc/channels';
import { delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';
import { tempDir } from '../support/temp';

/** A sparse file of `bytes` (no disk space used): what matters is what its size makes the app do. */
function hugeFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const ENGLISH = /ENOENT|Unrecognized|Too big|Too small|Invalid input|Quote Not Closed|Cannot create a string/u;

describe('files at the doors', () => {
  it('a 650 MB file in a folder is refused by its size, in one line; the folder import goes on', async () => {
    const dataDir = tempDir();
    openInstallation(dataDir).close();
    const folder = tempDir();
    hugeFile(join(folder, '00-qua-lon.gopy'), 650 * 1024 * 1024);
    const delegate = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Một góp ý.']);
    const good = await exportCommentsFile(delegate);
    delegate.close();
    writeFileSync(join(folder, '01-tot.gopy'), good.data);

    const result = await cli('import', folder, join(folder, 'khong-co.gopy'), '--data-dir', dataDir);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^00-qua-lon\.gopy: BỊ TỪ CHỐI — Tệp "00-qua-lon\.gopy" bị từ chối: nặng 650 MB, lớn hơn giới hạn 20 MB/u,
    );
    expect(lines[1]).toMatch(/^01-tot\.gopy: đã nhập/u);
    expect(lines[2]).toMatch(/^khong-co\.gopy: BỊ TỪ CHỐI — Không tìm thấy tệp hoặc thư mục "khong-co\.gopy"/u);
    expect(result.out + result.err).not.toMatch(ENGLISH);
  });

  it('a missing folder and oversized or missing documents: Vietnamese lines, no ENOENT', async () => {
    const dataDir = tempDir();
    openInstallation(dataDir).close();
    const missing = await cli('import', join(tempDir(), 'khong-co-thu-muc'), '--data-dir', dataDir);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/Không tìm thấy tệp hoặc thư mục "khong-co-thu-muc"/u);
    const folder = tempDir();
    hugeFile(join(folder, 'du-thao.docx'), 30 * 1024 * 1024);
    const docs = await cli(
      'import-docx',
      join(folder, 'du-thao.docx'),
      join(folder, 'mat.docx'),
      '--item',
      'khai-mac',
      '--data-dir',
      dataDir,
    );
    expect(docs.code).toBe(1);
    expect(docs.out).toMatch(/du-thao\.docx: BỊ TỪ CHỐI — Tệp "du-thao\.docx" bị từ chối: nặng 30 MB, lớn hơn giới hạn 20 MB/u);
    expect(docs.out).toMatch(/mat\.docx: BỊ TỪ CHỐI — Không tìm thấy tệp/u);
    const roster = await cli('import-roster', join(folder, 'khong-co.csv'), '--data-dir', dataDir);
    expect(roster.code).toBe(1);
    expect(roster.err).toMatch(/Không tìm thấy tệp hoặc thư mục "khong-co\.csv"/u);
    expect(missing.out + docs.out + roster.err).not.toMatch(ENGLISH);
  });

  it('a file over 20 MB sent through a channel is named, not the channel', async () => {
    const ctx = openInstallation();
    const result = await dispatch(ctx, CHANNELS.packagesImportComments, {
      files: [{ name: 'rat-lon.gopy', dataBase64: 'A'.repeat(28 * 1024 * 1024) }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/^Tệp "rat-lon\.gopy" không hợp lệ: lớn hơn giới hạn 20 MB/u);
    expect(!result.ok && result.error.message).not.toContain('packages:');
    ctx.close();
  });
});

describe('messages in Vietnamese', () => {
  it('validator messages: an unknown field, a wrong type, a too long text', async () => {
    const ctx = openInstallation();
    const unknown = await dispatch(ctx, CHANNELS.draftsSave, { key: 'comment:new:x', payload: '{}', extra: 1 });
    const wrongType = await dispatch(ctx, CHANNELS.draftsSave, { key: 5, payload: '{}' });
    const tooLong = await dispatch(ctx, CHANNELS.searchQuery, { query: 'x'.repeat(5000) });
    for (const r of [unknown, wrongType, tooLong]) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).not.toMatch(ENGLISH);
      expect(!r.ok && r.error.message).not.toMatch(/expected|received/iu);
    }
    expect(!unknown.ok && unknown.error.message).toMatch(/trường không được phép: "extra"/u);
    expect(!wrongType.ok && wrongType.error.message).toMatch(/sai kiểu: cần chuỗi ký tự, nhận được số/u);
    ctx.close();
  });

  it('CSV errors are told in Vietnamese with their line', () => {
    const csv = Buffer.from('Họ và tên,Tổ đại biểu\n"Nguyễn Văn A,Tổ 1\n', 'utf8');
    expect(() => parseRosterCsv(csv, 'ds.csv')).toThrow(
      /ds\.csv" bị từ chối: không đọc được CSV: có dấu ngoặc kép mở mà không đóng ở dòng/u,
    );
    try {
      parseRosterCsv(csv, 'ds.csv');
    } catch (error) {
      expect((error as Error).message).not.toMatch(ENGLISH);
    }
  });
});

describe('roster names', () => {
  it('a CSV name with NUL or another control character is refused', () => {
    for (const bad of ['Nguyễn\u0000Văn A', 'Trần\u0007B', 'Lê C\u202Egnaợh', 'Phạm\u001bD']) {
      const csv = Buffer.from(`Họ và tên,Tổ đại biểu\n${bad},Tổ 1\n`, 'utf8');
      expect(() => parseRosterCsv(csv, 'ds.csv')).toThrow(/dòng 2, cột "Họ và tên" chứa ký tự điều khiển \(U\+/u);
    }
    expect(parseRosterCsv(Buffer.from('Họ và tên,Tổ đại biểu\nNguyễn Văn A,Tổ 1\n'), 'ds.csv')).toHaveLength(1);
  });

  it('a roster saved or an identity typed with a control character is refused', async () => {
    const ctx = openInstallation();
    const saved = await dispatch(ctx, CHANNELS.rosterSave, {
      entries: [{ name: 'A\u0000B', delegation: 'Tổ 1', constituency: null, title: null }],
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!saved.ok && saved.error.message).toMatch(/ký tự điều khiển/u);
    const identity = await dispatch(ctx, CHANNELS.identitySet, { name: 'Tên\nhai dòng', delegation: 'Tổ 1' });
    expect(identity).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ctx.close();
  });
});
