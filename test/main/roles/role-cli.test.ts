/** The terminal side of roles: identity, a comment located by its quote, keys and decisions, the office key. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { tempDir } from '../../support/temp';

const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';

describe('terminal: roles and keys', () => {
  it('a delegate writes by script; the office holds a new laptop’s package and approves it by command', async () => {
    const office = tempDir();
    const laptops = [tempDir(), tempDir()];
    const packages: string[] = [];
    for (const [i, dir] of laptops.entries()) {
      expect((await cli('identity', '--roster', 'db01-nguyen-thi-thanh-huong', '--data-dir', dir)).out).toContain(
        'Nguyễn Thị Thanh Hương',
      );
      const written = await cli(
        'comment',
        '--document',
        DE_AN,
        '--quote',
        'Sở Nội vụ',
        '--stance',
        'khong_tan_thanh',
        '--text',
        `Góp ý từ máy ${i + 1}.`,
        '--data-dir',
        dir,
      );
      expect(written.code, written.err).toBe(0);
      expect(written.out).toMatch(/^Đã lưu góp ý \S+ \(.*dòng \d+–\d+\)$/u);
      const file = join(dir, `goi-${i}.gopy`);
      expect((await cli('export-comments', '--out', file, '--data-dir', dir)).code).toBe(0);
      packages.push(file);
    }
    const missing = await cli(
      'comment',
      '--document',
      DE_AN,
      '--quote',
      'không có câu này',
      '--stance',
      'tan_thanh',
      '--text',
      'x',
      '--data-dir',
      laptops[0],
    );
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('Không tìm thấy đoạn') });

    expect((await cli('import', packages[0], '--data-dir', office)).out).toContain('đã nhập');
    const held = await cli('import', packages[1], '--data-dir', office);
    expect(held.out).toMatch(/GIỮ LẠI — khóa mới — chờ xác nhận: khóa cũ \S+, khóa mới \S+/u);
    const listed = await cli('keys', '--data-dir', office);
    expect(listed.out).toContain('? ');
    expect(listed.out).toContain('khóa mới — chờ xác nhận (1 gói');
    const noReason = await cli('approve-key', 'db01-nguyen-thi-thanh-huong', '--data-dir', office);
    expect(noReason.code, noReason.err + noReason.out).toBe(2);
    const approved = await cli(
      'approve-key',
      'db01-nguyen-thi-thanh-huong',
      '--reason',
      'Đã so phiếu có chữ ký.',
      '--data-dir',
      office,
    );
    expect(approved.out).toContain('1 gói đã nhập (1 góp ý mới');
    expect((await cli('keys', '--data-dir', office)).out).toMatch(/chấp nhận \S+: Đã so phiếu có chữ ký\./u);
  });

  it('exports the office key with a passphrase file and refuses a wrong one on import', async () => {
    const first = tempDir();
    const second = tempDir();
    const good = join(first, 'pass.txt');
    const bad = join(first, 'wrong.txt');
    writeFileSync(good, 'một câu đủ dài để làm cụm mật khẩu\n');
    writeFileSync(bad, 'một câu khác hẳn để làm cụm mật khẩu\n');
    const keyFile = join(first, 'khoa.khoavp');
    const exported = await cli('export-secretariat-key', '--out', keyFile, '--passphrase-file', good, '--data-dir', first);
    expect(exported.code, exported.err).toBe(0);
    const wrong = await cli('import-secretariat-key', keyFile, '--passphrase-file', bad, '--data-dir', second);
    expect(wrong).toMatchObject({ code: 1, err: expect.stringContaining('sai cụm mật khẩu') });
    const right = await cli(
      'import-secretariat-key',
      keyFile,
      '--passphrase-file',
      good,
      '--machine',
      'Máy 2',
      '--data-dir',
      second,
    );
    expect(right.code, right.err).toBe(0);
    expect(right.out).toContain(/dấu khóa (\S+)/u.exec(exported.out)![1].replace(')', ''));
  });
});

describe('terminal: who has not sent', () => {
  it('writes the roster’s delegates without a package as CSV with a reminder to copy', async () => {
    const office = tempDir();
    const delegate = tempDir();
    await cli('identity', '--roster', 'db01-nguyen-thi-thanh-huong', '--data-dir', delegate);
    await cli('comment', '--document', DE_AN, '--stance', 'tan_thanh', '--text', 'Tán thành.', '--data-dir', delegate);
    const pkg = join(delegate, 'goi.gopy');
    await cli('export-comments', '--out', pkg, '--data-dir', delegate);
    await cli('import', pkg, '--data-dir', office);
    const out = join(office, 'chua-gui.csv');
    const result = await cli('not-sent', '--out', out, '--data-dir', office);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('Kính gửi các đại biểu');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\ufeffSTT;Họ và tên;Tổ đại biểu')).toBe(true);
    expect(csv).not.toContain('Nguyễn Thị Thanh Hương');
    expect(csv).toContain('Trần Quốc Hưng');
    expect(csv).toContain('Đề nghị đại biểu xuất gói góp ý');
  });
});
