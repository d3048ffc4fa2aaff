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
import { msg } from '../../shared/messages/types';
import { cli as run, type CliRun } from '../support/cli';
import { tempDir } from '../support/temp';

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
      skipped: [{ name: 'b.sqlite', problem: 'database disk image is malformed' }],
    });
    expect(formatMessage('vi', restored.key, restored.params)).toBe(
      'Đã khôi phục gop-y-hdnd-20261203-101010-daily.sqlite. Bỏ qua b.sqlite (hỏng: database disk image is malformed). Tệp cũ được giữ tại /d/old.sqlite.',
    );
    expect(formatMessage('en', restored.key, restored.params)).toBe(
      'Restored gop-y-hdnd-20261203-101010-daily.sqlite. Skipped b.sqlite (damaged: database disk image is malformed). The old file is kept at /d/old.sqlite.',
    );
    const failed = msg('export.failed_pdf', { detail: msg('export.worker_timeout', { seconds: 120 }) });
    expect(formatMessage('vi', failed.key, failed.params)).toBe('Không tạo được tệp PDF: Tạo tệp quá 120 giây.');
    expect(formatMessage('en', failed.key, failed.params)).toBe(
      'Could not make the PDF file: Making the file took more than 120 seconds.',
    );
  });
});
