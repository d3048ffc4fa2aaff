import { FootnoteReferenceRun, LevelFormat, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocumentBlocks } from '../../../main/core/import/blocks';
import { readDocx } from '../../../main/core/import/docx';
import { closingTable, dataTable, headerTable, packDocx, para, runs } from './docx-fixtures';

const labels = (blocks: { label: string | null }[]) => blocks.map((b) => b.label).filter((l) => l !== null);

async function resolutionDocx(): Promise<Buffer> {
  return packDocx(
    [
      headerTable({
        issuer: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH QUẢNG NINH'],
        number: 'Số: 205/NQ-HĐND',
        placeDate: 'Quảng Ninh, ngày 06 tháng 12 năm 2019',
      }),
      para('NGHỊ QUYẾT', { bold: true, center: true }),
      para('Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ', { bold: true, center: true }),
      para('_______'),
      para('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', { italic: true }),
      para('Phần I. QUY ĐỊNH CHUNG', { bold: true }),
      para('Chương I', { bold: true }),
      para('NHỮNG QUY ĐỊNH CHUNG', { bold: true }),
      para('Mục 1', { bold: true }),
      para('TÊN GỌI VÀ VỊ TRÍ', { bold: true }),
      para('Điều 1. Tên gọi', { bold: true }),
      runs(new TextRun('1. Tên gọi là Cơ quan Tổ chức - Nội vụ'), new FootnoteReferenceRun(1), new TextRun('.')),
      para('a) Khi thực hiện nhiệm vụ của Tỉnh ủy;'),
      para('đ) Khi thực hiện nhiệm vụ khác.'),
      para('2. Trụ sở đặt tại thành phố Hạ Long.'),
      runs(
        new TextRun('Văn bản có '),
        new TextRun({ text: 'chữ đậm', bold: true }),
        new TextRun(' và '),
        new TextRun({ text: 'chữ nghiêng', italics: true }),
        new TextRun('.'),
      ),
      dataTable([
        ['Đơn vị', 'Biên chế'],
        ['Ban Tổ chức', '25'],
      ]),
      para('Điều 2. Hiệu lực', { bold: true }),
      para('Nghị quyết này có hiệu lực từ ngày ký./.'),
      closingTable('TM. HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Xuân Ký'),
    ],
    { footnotes: { 1: { children: [para('Theo Quyết định số 123-QĐ/TW.')] } } },
  );
}

describe('readDocx on documents built with the docx writer', () => {
  it('recognises a header block table: issuer, number, place and date, kind and title', async () => {
    const parsed = await readDocx(await resolutionDocx(), 'nghi-quyet.docx');
    expect(parsed.header).toEqual({
      issuer: 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH',
      parentIssuer: null,
      kind: 'du_thao_nghi_quyet',
      docType: 'NGHỊ QUYẾT',
      numberSymbol: '205/NQ-HĐND',
      date: '2019-12-06',
      place: 'Quảng Ninh',
      summary: 'Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ',
      title: 'Nghị quyết về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ',
    });
    expect(parsed.fileName).toBe('nghi-quyet.docx');
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(parsed.paragraphs[0].text).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;');
  });

  it('turns the body into blocks with Phần, Chương + title, Mục, Điều, khoản and điểm labels', async () => {
    const parsed = await readDocx(await resolutionDocx(), 'nghi-quyet.docx');
    const blocks = buildDocumentBlocks(parsed, (i) => `b${i}`);
    // The footnote's block is labelled with its reference, "[1]", and has no path of its own.
    expect(labels(blocks)).toEqual([
      'Phần I',
      'Chương I',
      'Mục 1',
      'Điều 1',
      'khoản 1',
      'điểm a',
      'điểm đ',
      'khoản 2',
      'Điều 2',
      '[1]',
    ]);
    expect(blocks.find((b) => b.label === 'Chương I')?.text).toBe('Chương I. NHỮNG QUY ĐỊNH CHUNG');
    expect(blocks.find((b) => b.label === 'Mục 1')?.text).toBe('Mục 1. TÊN GỌI VÀ VỊ TRÍ');
    expect(blocks.find((b) => b.label === 'điểm đ')?.path).toBe('Phần I, Chương I, Mục 1, Điều 1, khoản 1, điểm đ');
    expect(blocks.map((b) => b.position)).toEqual(blocks.map((_, i) => i));
    expect(blocks[0].lineStart).toBe(1);
  });

  it('keeps a table as rows of cells', async () => {
    const blocks = buildDocumentBlocks(await readDocx(await resolutionDocx(), 'nq.docx'), (i) => `b${i}`);
    const rows = blocks.filter((b) => b.kind === 'table_row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Đơn vị', 'Biên chế'],
      ['Ban Tổ chức', '25'],
    ]);
    expect(rows[0].text).toBe('Đơn vị | Biên chế');
  });

  it('marks the footnote reference in the text and appends the footnote, outside the body structure', async () => {
    const parsed = await readDocx(await resolutionDocx(), 'nq.docx');
    expect(parsed.paragraphs.find((p) => p.text.startsWith('1. Tên gọi'))?.text).toBe(
      '1. Tên gọi là Cơ quan Tổ chức - Nội vụ[1].',
    );
    const last = parsed.paragraphs[parsed.paragraphs.length - 1];
    expect(last).toEqual({ text: '[1] Theo Quyết định số 123-QĐ/TW.', note: { kind: 'footnote', label: '1' } });
    const blocks = buildDocumentBlocks(parsed, (i) => `b${i}`);
    expect(blocks[blocks.length - 1]).toMatchObject({
      kind: 'paragraph',
      label: '[1]',
      path: null,
      text: '[1] Theo Quyết định số 123-QĐ/TW.',
    });
  });

  it('keeps bold and italic as marks on the normalised text', async () => {
    const parsed = await readDocx(await resolutionDocx(), 'nq.docx');
    const p = parsed.paragraphs.find((x) => x.text.startsWith('Văn bản có'));
    expect(p?.text).toBe('Văn bản có chữ đậm và chữ nghiêng.');
    expect(p?.marks).toEqual([
      { start: 11, end: 18, bold: true },
      { start: 22, end: 33, italic: true },
    ]);
    const article = parsed.paragraphs.find((x) => x.text === 'Điều 1. Tên gọi');
    expect(article?.marks).toEqual([{ start: 0, end: 15, bold: true }]);
  });

  it('leaves out the closing Nơi nhận / signature table and the drawn rules', async () => {
    const parsed = await readDocx(await resolutionDocx(), 'nq.docx');
    const all = parsed.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Nơi nhận|Nguyễn Xuân Ký|TM\. HỘI ĐỒNG/u);
    expect(all).not.toMatch(/CỘNG HÒA|Số: 205/u);
    expect(all).not.toMatch(/1143000|-12700|_{3,}/u);
    expect(parsed.paragraphs.every((p) => !/^[-\d\s]+$/u.test(p.text))).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });

  it('recognises the I./1./a) outline of a report, and a header typed as paragraphs', async () => {
    const docx = await packDocx([
      para('HĐND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      para('BAN PHÁP CHẾ\tĐộc lập - Tự do - Hạnh phúc'),
      para('Số: 45/BC-HĐND\tQuảng Ninh, ngày 02 tháng 12 năm 2019'),
      para('BÁO CÁO', { bold: true }),
      para('Thẩm tra Tờ trình số 8736/TTr-UBND của Ủy ban nhân dân tỉnh'),
      para('I. SỰ CẦN THIẾT', { bold: true }),
      para('1. Cơ sở chính trị'),
      para('a) Nghị quyết số 18-NQ/TW;'),
      para('- một ý phụ'),
      para('II. NỘI DUNG THẨM TRA', { bold: true }),
      para('Ban Pháp chế tán thành.'),
    ]);
    const parsed = await readDocx(docx, 'bao-cao-tham-tra.docx');
    expect(parsed.header).toMatchObject({
      issuer: 'BAN PHÁP CHẾ',
      parentIssuer: 'HĐND TỈNH QUẢNG NINH',
      kind: 'bao_cao_tham_tra',
      numberSymbol: '45/BC-HĐND',
      date: '2019-12-02',
      title: 'Báo cáo thẩm tra Tờ trình số 8736/TTr-UBND của Ủy ban nhân dân tỉnh',
    });
    const blocks = buildDocumentBlocks(parsed, (i) => `b${i}`);
    expect(blocks.map((b) => [b.kind, b.label, b.path])).toEqual([
      ['heading', 'mục I', 'mục I'],
      ['heading', 'điểm 1', 'mục I, điểm 1'],
      ['list_item', 'tiết a', 'mục I, điểm 1, tiết a'],
      ['list_item', null, 'mục I, điểm 1, tiết a'],
      ['heading', 'mục II', 'mục II'],
      ['paragraph', null, 'mục II'],
    ]);
  });

  it("reads Word's automatic numbering as the numbers a reader sees", async () => {
    const items: Array<[string, number]> = [
      ['Phạm vi điều chỉnh', 0],
      ['Khoản thứ nhất.', 1],
      ['điểm thứ nhất;', 2],
      ['điểm thứ hai.', 2],
      ['Đối tượng áp dụng', 0],
      ['Khoản đầu của điều hai.', 1],
    ];
    const numbered = await packDocx(
      items.map(([text, level]) => new Paragraph({ text, numbering: { reference: 'luat', level } })),
      {
        numbering: {
          config: [
            {
              reference: 'luat',
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: 'Điều %1.' },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
                { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
              ],
            },
          ],
        },
      },
    );
    const parsed = await readDocx(numbered, 'tu-dong-danh-so.docx');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Điều 1. Phạm vi điều chỉnh',
      '1. Khoản thứ nhất.',
      'a) điểm thứ nhất;',
      'b) điểm thứ hai.',
      'Điều 2. Đối tượng áp dụng',
      '1. Khoản đầu của điều hai.',
    ]);
    expect(labels(buildDocumentBlocks(parsed, (i) => `b${i}`))).toEqual([
      'Điều 1',
      'khoản 1',
      'điểm a',
      'điểm b',
      'Điều 2',
      'khoản 1',
    ]);
  });
});
