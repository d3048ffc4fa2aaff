/**
 * One test per fault issue 15 lists, each on a .docx built with the `docx` writer the way real
 * files are laid out, asserting the recognised structure, title and header fields.
 */
import {
  AlignmentType,
  FootnoteReferenceRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocumentBlocks, readDocx } from '../../../main/core/import';
import { dataTable, headerTable, packDocx, para, runs } from './docx-fixtures';
import { messageTexts } from '../../support/messages';

const HEADER = headerTable({
  issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'],
  number: 'Số: 12/QĐ-UBND',
  placeDate: 'Quảng Ninh, ngày 10 tháng 6 năm 2024',
});

async function read(children: Array<Paragraph | Table>, name = 'van-ban.docx', options = {}) {
  const parsed = await readDocx(await packDocx(children, options), name);
  return { parsed, blocks: buildDocumentBlocks(parsed, (i) => `b${i}`) };
}

const labelled = (blocks: { label: string | null; path: string | null }[]) =>
  blocks.filter((b) => b.label).map((b) => [b.label, b.path]);

describe('issue 15: Chương and Điều in capitals', () => {
  it('recognises "CHƯƠNG I" and "ĐIỀU 5." so a Quyết định and its attached Điều lệ do not collide', async () => {
    const { parsed, blocks } = await read([
      HEADER,
      para('QUYẾT ĐỊNH', { bold: true, center: true }),
      para('Ban hành Điều lệ Hội Khuyến học tỉnh', { bold: true, center: true }),
      para('Điều 1. Ban hành kèm theo Quyết định này Điều lệ Hội.'),
      para('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.'),
      para('ĐIỀU LỆ', { bold: true, center: true }),
      para('HỘI KHUYẾN HỌC TỈNH QUẢNG NINH', { bold: true, center: true }),
      para('CHƯƠNG I', { bold: true, center: true }),
      para('QUY ĐỊNH CHUNG', { bold: true, center: true }),
      para('ĐIỀU 1. Tên gọi'),
      para('1. Tên tiếng Việt: Hội Khuyến học tỉnh Quảng Ninh.'),
      para('CHƯƠNG II', { bold: true, center: true }),
      para('ĐIỀU 5. Hội viên'),
    ]);
    expect(parsed.header.title).toBe('Quyết định ban hành Điều lệ Hội Khuyến học tỉnh');
    expect(labelled(blocks)).toEqual([
      ['Điều 1', 'Điều 1'],
      ['Điều 2', 'Điều 2'],
      ['Điều lệ', 'Điều lệ'],
      ['Chương I', 'Điều lệ, Chương I'],
      ['Điều 1', 'Điều lệ, Chương I, Điều 1'],
      ['khoản 1', 'Điều lệ, Chương I, Điều 1, khoản 1'],
      ['Chương II', 'Điều lệ, Chương II'],
      ['Điều 5', 'Điều lệ, Chương II, Điều 5'],
    ]);
    expect(blocks.find((b) => b.label === 'Chương I')?.text).toBe('CHƯƠNG I. QUY ĐỊNH CHUNG');
    const paths = blocks.filter((b) => b.label?.startsWith('Điều ')).map((b) => b.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('issue 15: type lines and titles', () => {
  it.each([
    ['ĐIỀU LỆ', 'HỘI CỰU CHIẾN BINH TỈNH', 'Điều lệ hội cựu chiến binh tỉnh'],
    ['THAM LUẬN', 'Về nâng cao chất lượng hoạt động giám sát', 'Tham luận về nâng cao chất lượng hoạt động giám sát'],
    ['GIẢI TRÌNH', 'Tiếp thu ý kiến thẩm tra dự thảo Nghị quyết', 'Giải trình tiếp thu ý kiến thẩm tra dự thảo Nghị quyết'],
    ['DANH SÁCH', 'ĐẠI BIỂU THAM DỰ KỲ HỌP', 'Danh sách đại biểu tham dự kỳ họp'],
    ['PHỤ LỤC', 'TỔNG HỢP KINH PHÍ', 'Phụ lục: Tổng hợp kinh phí'],
    ['BÀI PHÁT BIỂU', 'KHAI MẠC KỲ HỌP THỨ 20', 'Bài phát biểu khai mạc kỳ họp thứ 20'],
    ['ĐIỂM TỔNG HỢP', 'Ý KIẾN CỬ TRI', 'Điểm tổng hợp ý kiến cử tri'],
  ])('takes "%s" as the type line', async (type, summary, title) => {
    const { parsed } = await read([
      HEADER,
      para(type, { bold: true, center: true }),
      para(summary, { bold: true, center: true }),
      para('Nội dung chính của văn bản được trình bày tại đây.'),
    ]);
    expect(parsed.header.docType).toBe(type);
    expect(parsed.header.title).toBe(title);
    expect(parsed.paragraphs[0].text).toBe('Nội dung chính của văn bản được trình bày tại đây.');
  });

  it('does not take "CHƯƠNG TRÌNH" or "ĐIỀU LỆ …" for Chương / Điều lines', async () => {
    const { parsed, blocks } = await read([
      HEADER,
      para('CHƯƠNG TRÌNH', { bold: true, center: true }),
      para('Kỳ họp thứ 20 Hội đồng nhân dân tỉnh', { bold: true, center: true }),
      para('I. THỜI GIAN', { bold: true }),
      para('ĐIỀU LỆ HỘI được thông qua tại Đại hội.'),
    ]);
    expect(parsed.header.docType).toBe('CHƯƠNG TRÌNH');
    expect(parsed.header.title).toBe('Chương trình kỳ họp thứ 20 Hội đồng nhân dân tỉnh');
    expect(blocks.some((b) => b.label?.startsWith('Chương') || b.label?.startsWith('Điều'))).toBe(false);
  });

  it('reads the type line under a "Dự thảo" box between the header and the type', async () => {
    const box = new Table({
      width: { size: 20, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ children: [new TableCell({ children: [para('Dự thảo lần 2', { bold: true })] })] })],
    });
    const { parsed } = await read([
      HEADER,
      box,
      para('NGHỊ QUYẾT', { bold: true, center: true }),
      para('Về giá dịch vụ khám bệnh, chữa bệnh', { bold: true, center: true }),
      para('Căn cứ Luật Tổ chức chính quyền địa phương;'),
    ]);
    expect(parsed.header.docType).toBe('NGHỊ QUYẾT');
    expect(parsed.header.kind).toBe('du_thao_nghi_quyet');
    expect(parsed.header.title).toBe('Dự thảo Nghị quyết về giá dịch vụ khám bệnh, chữa bệnh');
    expect(parsed.paragraphs[0].text).toBe('Căn cứ Luật Tổ chức chính quyền địa phương;');
  });

  it('keeps a trích yếu of three lines whole, without a rule under it', async () => {
    const { parsed } = await read([
      HEADER,
      para('TỜ TRÌNH', { bold: true, center: true }),
      para('Về việc đề nghị ban hành Nghị quyết quy định mức hỗ trợ', { bold: true, center: true }),
      para('đối với người hoạt động không chuyên trách ở cấp xã', { bold: true, center: true }),
      para('trên địa bàn tỉnh Quảng Ninh', { bold: true, center: true }),
      para('Kính gửi: Hội đồng nhân dân tỉnh.', { center: true }),
      para('Thực hiện Luật Ban hành văn bản quy phạm pháp luật năm 2015, Ủy ban nhân dân tỉnh trình như sau.'),
    ]);
    expect(parsed.header.summary).toBe(
      'Về việc đề nghị ban hành Nghị quyết quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở cấp xã trên địa bàn tỉnh Quảng Ninh',
    );
    expect(parsed.header.title).toBe(
      'Tờ trình về việc đề nghị ban hành Nghị quyết quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở cấp xã trên địa bàn tỉnh Quảng Ninh',
    );
    expect(parsed.paragraphs[0].text).toBe('Kính gửi: Hội đồng nhân dân tỉnh.');
  });

  it('stops the trích yếu where the body begins (a plain justified line)', async () => {
    const { parsed } = await read([
      HEADER,
      para('BÁO CÁO', { bold: true, center: true }),
      para('Kết quả giám sát việc giải quyết kiến nghị cử tri', { bold: true, center: true }),
      para('Thực hiện Kế hoạch giám sát năm 2024, Ban Pháp chế báo cáo như sau:'),
    ]);
    expect(parsed.header.summary).toBe('Kết quả giám sát việc giải quyết kiến nghị cử tri');
    expect(parsed.paragraphs[0].text).toBe('Thực hiện Kế hoạch giám sát năm 2024, Ban Pháp chế báo cáo như sau:');
  });
});

describe('issue 15: header block', () => {
  it('reads a header table nested inside a layout table: issuer, number and V/v', async () => {
    const inner = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              children: [
                para('HỘI ĐỒNG NHÂN DÂN', { bold: true }),
                para('TỈNH QUẢNG NINH', { bold: true }),
                para('Số: 245/HĐND-VP'),
                para('V/v chuẩn bị nội dung kỳ họp thứ 20'),
              ],
            }),
            new TableCell({
              children: [
                para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
                para('Độc lập - Tự do - Hạnh phúc', { bold: true }),
                para('Quảng Ninh, ngày 02 tháng 7 năm 2024', { italic: true }),
              ],
            }),
          ],
        }),
      ],
    });
    const outer = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ children: [new TableCell({ children: [inner, new Paragraph('')] })] })],
    });
    const { parsed } = await read([
      outer,
      para('Kính gửi: Ủy ban nhân dân tỉnh.'),
      para('Thường trực HĐND tỉnh đề nghị như sau.'),
    ]);
    expect(parsed.header).toMatchObject({
      issuer: 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH',
      numberSymbol: '245/HĐND-VP',
      place: 'Quảng Ninh',
      date: '2024-07-02',
      summary: 'chuẩn bị nội dung kỳ họp thứ 20',
    });
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Kính gửi: Ủy ban nhân dân tỉnh.',
      'Thường trực HĐND tỉnh đề nghị như sau.',
    ]);
  });

  it('keeps "Số: 112 -11/PT-NC" whole', async () => {
    const { parsed } = await read([
      headerTable({ issuer: ['SỞ NỘI VỤ'], number: 'Số: 112 -11/PT-NC', placeDate: 'Quảng Ninh, ngày 5 tháng 11 năm 2024' }),
      para('THÔNG BÁO', { bold: true, center: true }),
      para('Kết quả phỏng vấn', { bold: true, center: true }),
      para('Sở Nội vụ thông báo như sau.'),
    ]);
    expect(parsed.header.numberSymbol).toBe('112-11/PT-NC');
    expect(parsed.header.place).toBe('Quảng Ninh');
  });
});

describe('issue 15: khoản and điểm written tightly', () => {
  it('recognises "1.Text" without a space and "d)." as khoản and điểm, not "1.5 triệu"', async () => {
    const { blocks } = await read([
      para('Điều 3. Mức hỗ trợ'),
      para('1.Hỗ trợ một lần cho mỗi người.'),
      para('a) Người có thời gian công tác dưới 5 năm;'),
      para('d). Người có thời gian công tác từ 15 năm;'),
      para('2.Mức chi cụ thể:'),
      para('1.5 triệu đồng mỗi người là mức tối đa.'),
    ]);
    expect(labelled(blocks)).toEqual([
      ['Điều 3', 'Điều 3'],
      ['khoản 1', 'Điều 3, khoản 1'],
      ['điểm a', 'Điều 3, khoản 1, điểm a'],
      ['điểm d', 'Điều 3, khoản 1, điểm d'],
      ['khoản 2', 'Điều 3, khoản 2'],
    ]);
  });
});

describe('issue 15: tables', () => {
  it('expands merged cells (gridSpan, vMerge) so every row has the same columns', async () => {
    const cell = (text: string, extra: Record<string, unknown> = {}) => new TableCell({ children: [para(text)], ...extra });
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          children: [
            cell('STT', { verticalMerge: VerticalMergeType.RESTART }),
            cell('Chỉ tiêu', { columnSpan: 2 }),
            cell('Ghi chú'),
          ],
        }),
        new TableRow({
          children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('Kế hoạch'), cell('Thực hiện'), cell('')],
        }),
        new TableRow({ children: [cell('1'), cell('100'), cell('95'), cell('Đạt')] }),
      ],
    });
    const { blocks } = await read([para('Điều 1. Số liệu'), table]);
    const rows = blocks.filter((b) => b.kind === 'table_row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['STT', 'Chỉ tiêu', '', 'Ghi chú'],
      ['', 'Kế hoạch', 'Thực hiện', ''],
      ['1', '100', '95', 'Đạt'],
    ]);
  });

  it('keeps two Word tables one after the other as two tables', async () => {
    const { blocks } = await read([
      para('I. SỐ LIỆU'),
      dataTable([
        ['A', 'B'],
        ['1', '2'],
      ]),
      dataTable([
        ['C', 'D', 'E'],
        ['3', '4', '5'],
      ]),
    ]);
    const rows = blocks.filter((b) => b.kind === 'table_row');
    expect(rows.map((r) => [r.text, r.level])).toEqual([
      ['A | B', 1],
      ['1 | 2', 0],
      ['C | D | E', 1],
      ['3 | 4 | 5', 0],
    ]);
  });
});

describe('issue 15: notes and appendices', () => {
  it('labels a footnote block with its reference, so the reader can open it from the marker', async () => {
    const { parsed, blocks } = await read(
      [
        para('Điều 1. Phạm vi'),
        runs(new TextRun('Theo Quyết định số 15'), new FootnoteReferenceRun(1), new TextRun(' của Tỉnh ủy.')),
      ],
      'ghi-chu.docx',
      { footnotes: { 1: { children: [new Paragraph('Quyết định số 15-QĐ/TU ngày 02/3/2024.')] } } },
    );
    expect(parsed.paragraphs.map((p) => p.text)).toContain('Theo Quyết định số 15[1] của Tỉnh ủy.');
    const note = blocks[blocks.length - 1];
    expect(note).toMatchObject({ label: '[1]', path: null, text: '[1] Quyết định số 15-QĐ/TU ngày 02/3/2024.' });
  });

  it('does not give a Phụ lục after the signature the path of the last Điều or outline item', async () => {
    const { blocks } = await read([
      HEADER,
      para('BÁO CÁO', { bold: true, center: true }),
      para('Kết quả thực hiện năm 2024', { bold: true, center: true }),
      para('IV. KIẾN NGHỊ'),
      para('7. Đề nghị Trung ương bổ sung kinh phí.'),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [para('Nơi nhận:'), para('- Như trên;')] }),
              new TableCell({ children: [para('TM. ỦY BAN NHÂN DÂN'), para('CHỦ TỊCH'), para('Nguyễn Văn A')] }),
            ],
          }),
        ],
      }),
      para('Phụ lục I', { bold: true, center: true }),
      para('SỐ LIỆU CHI TIẾT', { bold: true, center: true }),
      para('1. Thu ngân sách đạt 100%.'),
      new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('Ghi chú chung của phụ lục.')] }),
    ]);
    const appendix = blocks.find((b) => b.label === 'Phụ lục I');
    expect(appendix).toMatchObject({ kind: 'heading', path: 'Phụ lục I', text: 'Phụ lục I. SỐ LIỆU CHI TIẾT' });
    const after = blocks.slice(blocks.indexOf(appendix!) + 1);
    expect(after.map((b) => b.path)).toEqual(['Phụ lục I, điểm 1', 'Phụ lục I, điểm 1']);
    expect(after.every((b) => !b.path?.includes('mục IV'))).toBe(true);
  });
});

describe('issue 15: place and warnings', () => {
  it('reads the place of issue', async () => {
    const { parsed } = await read([
      HEADER,
      para('KẾ HOẠCH', { bold: true, center: true }),
      para('Tổ chức kỳ họp', { bold: true, center: true }),
      para('Nội dung.'),
    ]);
    expect(parsed.header.place).toBe('Quảng Ninh');
    expect(parsed.header.date).toBe('2024-06-10');
  });

  it('warns about a legacy font only on runs that show text', async () => {
    const empty = await read([
      runs(new TextRun({ text: '', font: '.VnTime' }), new TextRun({ text: 'Nội dung bằng Unicode.', font: 'Times New Roman' })),
    ]);
    expect(messageTexts(empty.parsed.warnings).join(' ')).not.toContain('.VnTime');
    const real = await read([runs(new TextRun({ text: 'Noäi dung', font: '.VnTime' }))]);
    expect(messageTexts(real.parsed.warnings).join(' ')).toContain('.VnTime');
  });
});
