import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNumberedBlocks } from '../../../main/core/services/blocks';
import { buildDocumentBlocks } from '../../../main/core/import/blocks';
import { readPlainText } from '../../../main/core/import/plain-text';
import { EMPTY_HEADER } from '../../../main/core/import/types';
import { parsePlainText, recogniseStructure } from '../../../shared/text/structure';
import { RESOURCES_DIR } from '../../support/temp';

const utf8 = (text: string, bom = false) =>
  Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);

describe('readPlainText', () => {
  it('reads UTF-8 with a BOM, in NFC, with every header field null when there is no "Số:" line', async () => {
    const parsed = await readPlainText(utf8('TỜ TRÌNH\nĐiều 1. Nội dung'.normalize('NFD'), true), 'to-trinh.txt');
    expect(parsed.header).toEqual(EMPTY_HEADER);
    expect(parsed.paragraphs).toEqual([{ text: 'TỜ TRÌNH' }, { text: 'Điều 1. Nội dung' }]);
    expect(parsed.paragraphs[0].text.charCodeAt(0)).not.toBe(0xfeff);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('gives the same blocks as the sample dossier pipeline for a dossier text file', async () => {
    const file = join(RESOURCES_DIR, 'sample-dossier', 'docs', 'dtnq-hop-nhat-to-chuc-noi-vu.txt');
    const source = readFileSync(file);
    const parsed = await readPlainText(source, 'dtnq-hop-nhat-to-chuc-noi-vu.txt');
    const expected = toNumberedBlocks(recogniseStructure(parsePlainText(source.toString('utf8'))), (i) => `x${i}`);
    expect(buildDocumentBlocks(parsed, (i) => `x${i}`)).toEqual(expected);
  });

  it('recognises a header written as a Markdown table when a "Số:" line is there', async () => {
    const md = [
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      '|---|---|',
      '| TỈNH QUẢNG NINH | Độc lập - Tự do - Hạnh phúc |',
      '| Số: 8736/TTr-UBND | Quảng Ninh, ngày 25 tháng 11 năm 2019 |',
      '',
      'TỜ TRÌNH',
      'Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ',
      '',
      'Kính gửi: Hội đồng nhân dân tỉnh.',
      '# I. SỰ CẦN THIẾT',
      '1. Cơ sở chính trị',
      '| Chỉ tiêu | Số lượng |',
      '| Đầu mối | 28 |',
    ].join('\n');
    const parsed = await readPlainText(utf8(md), 'to-trinh.md');
    expect(parsed.header).toEqual({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH',
      parentIssuer: null,
      kind: 'to_trinh',
      docType: 'TỜ TRÌNH',
      numberSymbol: '8736/TTr-UBND',
      date: '2019-11-25',
      place: 'Quảng Ninh',
      summary: 'Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ',
      title: 'Tờ trình về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ',
    });
    expect(parsed.paragraphs).toEqual([
      { text: 'Kính gửi: Hội đồng nhân dân tỉnh.' },
      { text: 'I. SỰ CẦN THIẾT', heading: true },
      { text: '1. Cơ sở chính trị' },
      { text: 'Chỉ tiêu | Số lượng', cells: ['Chỉ tiêu', 'Số lượng'], tableStart: true },
      { text: 'Đầu mối | 28', cells: ['Đầu mối', '28'] },
    ]);
  });

  it('recognises a header typed as lines, columns side by side', async () => {
    const txt = [
      'UBND TỈNH QUẢNG NINH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ      Độc lập - Tự do - Hạnh phúc',
      'Số: 12/BC-SNV      Quảng Ninh, ngày 3 tháng 12 năm 2019',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ năm 2019',
      'I. KẾT QUẢ',
    ].join('\r\n');
    const parsed = await readPlainText(utf8(txt), 'bao-cao.txt');
    expect(parsed.header).toMatchObject({
      issuer: 'SỞ NỘI VỤ',
      parentIssuer: 'UBND TỈNH QUẢNG NINH',
      kind: 'bao_cao',
      numberSymbol: '12/BC-SNV',
      date: '2019-12-03',
      place: 'Quảng Ninh',
      title: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2019',
    });
    expect(parsed.paragraphs).toEqual([{ text: 'I. KẾT QUẢ' }]);
  });
  it('keeps **bold** and *italic* of a .md file as marks, and leaves a .txt as typed', async () => {
    const line = 'Văn bản **đậm** và *nghiêng*, còn 2 * 3 thì giữ nguyên.';
    const md = await readPlainText(utf8(`Số: 1/BC-X\n**BÁO CÁO**\nKết quả năm 2019\n${line}`), 'bc.md');
    expect(md.header).toMatchObject({ numberSymbol: '1/BC-X', docType: 'BÁO CÁO', title: 'Báo cáo kết quả năm 2019' });
    expect(md.paragraphs).toEqual([
      {
        text: 'Văn bản đậm và nghiêng, còn 2 * 3 thì giữ nguyên.',
        marks: [
          { start: 8, end: 11, bold: true },
          { start: 15, end: 22, italic: true },
        ],
      },
    ]);
    const txt = await readPlainText(utf8(line), 'bc.txt');
    expect(txt.paragraphs).toEqual([{ text: line }]);
  });
});
