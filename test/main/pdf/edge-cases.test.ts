import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseReport, type ReportComment, type ReportDocumentGroup } from '../../../shared/domain/reports';
import { writeCommentSheet, writeCompiledReport } from '../../../main/core/pdf';
import { FONTS_DIR, reportInput, sheetInput } from './fixtures';
import { bodyText, expectedPageNumbers, firstLine, pageTexts, squash } from './poppler';

const long = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Đề nghị rà soát lộ trình sắp xếp, kiện toàn tổ chức bộ máy (đoạn ${i + 1}).`).join(' ');

describe('PDFs of unusual inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-edge-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a report with no comments and a sheet with no entries', async () => {
    const empty = reportInput([], []);
    const report = join(dir, 'empty-report.pdf');
    await writeCompiledReport(empty, report, { fontsDir: FONTS_DIR });
    expect(bodyText(report)).toContain('Tổng số 0/50 đại biểu');
    expect(bodyText(report)).toContain('./.');
    const sheet = join(dir, 'empty-sheet.pdf');
    await writeCommentSheet({ ...sheetInput(), entries: [] }, sheet, { fontsDir: FONTS_DIR });
    expect(bodyText(sheet)).toContain('PHIẾU GÓP Ý');
  });

  it('splits a comment taller than a page across pages, header repeated, nothing lost', async () => {
    const base = reportInput();
    const huge: ReportComment = {
      delegateName: 'Nguyễn Thị Thanh Hương',
      delegation: 'Tổ đại biểu thành phố Hạ Long',
      stance: 'y_kien_khac',
      text: long(120),
      proposedText: null,
      answer: { kind: 'giai_trinh', text: long(30) },
    };
    const quote = long(60);
    const groups: ReportDocumentGroup[] = [
      {
        ...base.groups[0],
        passages: [{ path: 'Điều 1, khoản 3, điểm a', lineFirst: 34, lineLast: 36, quote, comments: [huge, huge] }],
      },
    ];
    const input = { ...base, groups, general: [], summary: summariseReport(groups, [], 50) };
    const file = join(dir, 'huge.pdf');
    const { pages } = await writeCompiledReport(input, file, { fontsDir: FONTS_DIR });
    expect(pages).toBeGreaterThan(4);
    const texts = pageTexts(file, { raw: true });
    const numbers = expectedPageNumbers(texts);
    texts.forEach((t, i) => {
      if (numbers[i] !== null) expect(firstLine(t)).toBe(numbers[i]);
    });
    const all = squash(texts.join('\n'));
    for (let i = 1; i <= 120; i++) expect(all).toContain(`(đoạn ${i})`);
    // Each continuation names the row again.
    expect(all.split('(tiếp theo)').length - 1).toBeGreaterThanOrEqual(3 * 2);
  });

  it('takes decomposed (NFD) input and a word longer than a column', async () => {
    const base = sheetInput();
    const url = 'https://quangninh.gov.vn/van-ban/du-thao-nghi-quyet-hop-nhat-ban-to-chuc-tinh-uy-voi-so-noi-vu';
    const entry = {
      ...base.entries[0],
      text: `Đề nghị đối chiếu với văn bản tại ${url} trước khi ban hành.\nĐoạn thứ hai của ý kiến.`.normalize('NFD'),
    };
    const file = join(dir, 'nfd.pdf');
    await writeCommentSheet(
      { ...base, entries: [entry], delegate: { ...base.delegate, name: base.delegate.name.normalize('NFD') } },
      file,
      {
        fontsDir: FONTS_DIR,
      },
    );
    const text = bodyText(file);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Đề nghị đối chiếu với văn bản tại');
    expect(text).toContain(base.delegate.name.normalize('NFC'));
    expect(text.replace(/ /gu, '')).toContain(url);
    expect(text).toContain('trước khi ban hành. Đoạn thứ hai của ý kiến.');
  });
});
