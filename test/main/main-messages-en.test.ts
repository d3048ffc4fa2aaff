/**
 * Texts main builds outside an error (a schema's limit, a roster CSV's parse error, a restore's
 * outcome, a failed export) travel as message keys: the terminal (GOPY_LANG=en) shows them in
 * English, while the Vietnamese text stays as it was. The renderer's side:
 * test/unit/renderer/localize-messages.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRestore } from '../../main/core/recovery';
import { formatMessage } from '../../shared/messages/format';
import { APP_NAME } from '../../shared/domain/app';
import { msg } from '../../shared/messages/types';
import { cli as run, type CliRun } from '../support/cli';
import { RESOURCES_DIR, tempDir } from '../support/temp';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { CHANNELS } from '../../shared/ipc/channels';

const saved = process.env.GOPY_LANG;
afterEach(() => {
  if (saved === undefined) delete process.env.GOPY_LANG;
  else process.env.GOPY_LANG = saved;
});

async function cli(lang: 'vi' | 'en', ...argv: string[]): Promise<CliRun> {
  if (lang === 'en') process.env.GOPY_LANG = 'en';
  else delete process.env.GOPY_LANG;
  return run(...argv);
}

/** A Vietnamese letter (with its diacritics, or đ): none may be left in an English line. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

describe('the terminal in English (--lang en or GOPY_LANG=en)', () => {
  it('words help, a usage error and an unknown command in the language asked for, Vietnamese by default', async () => {
    const en = await run('help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toContain('List the commands');
    expect(en.out.replaceAll(APP_NAME, '')).not.toMatch(VIETNAMESE);
    const vi = await run('help');
    expect(vi.out).toContain('Danh sách lệnh');
    expect((await cli('en', 'help')).out).toContain('List the commands');
    // --lang wins over GOPY_LANG, and lasts one run.
    expect((await cli('en', 'help', '--lang=vi')).out).toContain('Danh sách lệnh');
    expect((await run('nope', '--lang', 'en')).err).toBe('Unknown command: nope. See "help".');
    expect((await cli('vi', 'nope')).err).toBe('Lệnh không tồn tại: nope. Xem "help".');
    const usage = await run('revisions', '--lang', 'en', '--data-dir', tempDir());
    expect(usage).toMatchObject({ code: 2, err: 'Usage: revisions --document ID' });
    const badLang = await run('help', '--lang', 'fr');
    expect(badLang).toMatchObject({ code: 2, err: expect.stringContaining('--lang vi') });
  });

  it('prints a command’s own lines in English, the data as it is', async () => {
    const dataDir = tempDir();
    const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const created = await dispatch(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tán thành.',
      proposedText: null,
    });
    ctx.close();
    expect(created.ok).toBe(true);
    const en = await run('comments', '--lang', 'en', '--data-dir', dataDir);
    expect(en.code, en.err).toBe(0);
    const lines = en.out.split('\n');
    expect(lines[0]).toBe('1 comments');
    expect(lines[1]).toMatch(/^- \S+ · revision 1 · current · In favour$/u);
    expect(lines[2]).toBe('    hop-nhat-to-chuc-noi-vu · general comment');
    expect(lines[3]).toBe('    Tán thành.');
    const vi = await run('comments', '--data-dir', dataDir);
    expect(vi.out.split('\n')[1]).toMatch(/^- \S+ · bản sửa 1 · hiện hành · Tán thành$/u);
  });
});

describe('messages built in main, in English', () => {
  it('the terminal words a schema limit and a roster CSV problem in the language asked for', async () => {
    const dataDir = tempDir();
    const long = 'x'.repeat(41);
    const vi = await cli('vi', 'report-settings', '--number', long, '--data-dir', dataDir);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain('Số báo cáo dài quá 40 ký tự.');
    const en = await cli('en', 'report-settings', '--number', long, '--data-dir', dataDir);
    expect(en.code).toBe(1);
    expect(en.err).toContain('The report number is longer than 40 characters.');
    expect(en.err).not.toMatch(/dài quá/u);

    const csv = join(dataDir, 'roster.csv');
    writeFileSync(csv, 'Họ và tên;Tổ đại biểu\n"Nguyễn Văn A;Tổ 1\n');
    const csvVi = await cli('vi', 'import-roster', csv, '--data-dir', dataDir);
    expect(csvVi.err).toMatch(/không đọc được CSV: có dấu ngoặc kép mở mà không đóng ở dòng \d+\./u);
    const csvEn = await cli('en', 'import-roster', csv, '--data-dir', dataDir);
    expect(csvEn.code).toBe(1);
    expect(csvEn.err).toMatch(/cannot read the CSV: a quotation mark is opened and never closed at line \d+\./u);
  });

  it('a restore, a start-up failure and a failed export say the same in both languages', () => {
    const restored = describeRestore({
      restored: 'gop-y-hdnd-20261203-101010-daily.sqlite',
      movedAside: '/d/old.sqlite',
      skipped: [
        { name: 'b.sqlite', problem: msg('text.raw', { text: 'database disk image is malformed' }) },
        { name: 'c.sqlite', problem: msg('backup.empty_file') },
      ],
    });
    expect(formatMessage('vi', restored.key, restored.params)).toBe(
      'Đã khôi phục gop-y-hdnd-20261203-101010-daily.sqlite. Bỏ qua b.sqlite (hỏng: database disk image is malformed). Bỏ qua c.sqlite (hỏng: tệp rỗng). Tệp cũ được giữ tại /d/old.sqlite.',
    );
    expect(formatMessage('en', restored.key, restored.params)).toBe(
      'Restored gop-y-hdnd-20261203-101010-daily.sqlite. Skipped b.sqlite (damaged: database disk image is malformed). Skipped c.sqlite (damaged: empty file). The old file is kept at /d/old.sqlite.',
    );
    const failed = msg('export.failed_pdf', { detail: msg('export.worker_timeout', { seconds: 120 }) });
    expect(formatMessage('vi', failed.key, failed.params)).toBe('Không tạo được tệp PDF: Tạo tệp quá 120 giây.');
    expect(formatMessage('en', failed.key, failed.params)).toBe(
      'Could not make the PDF file: Making the file took more than 120 seconds.',
    );
  });
});
