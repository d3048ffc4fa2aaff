import { describe, expect, it } from 'vitest';
import type { RawItem, RawParagraph } from '../../../main/core/import/body';
import { removeClosing } from '../../../main/core/import/closing';
import { recogniseHeader } from '../../../main/core/import/header';
import { classifyHeaderLine, parsePlaceDate } from '../../../main/core/import/header-lines';
import { kindOf, makeTitle } from '../../../main/core/import/title';

const p = (text: string, allBold = false): RawParagraph => ({ kind: 'paragraph', text, marks: [], allBold, heading: false });
const table = (...columns: RawParagraph[][]): RawItem => ({ kind: 'table', rows: [columns] });

describe('header lines', () => {
  it.each([
    ['Hà Nội, ngày 05 tháng 3 năm 2020', 'Hà Nội', '2020-03-05'],
    ['Quảng Ninh, ngày 6 tháng 12 năm 2019', 'Quảng Ninh', '2019-12-06'],
    ['Quảng Ninh, ngày      tháng 12 năm 2019', 'Quảng Ninh', null],
    ['Quảng Ninh, ngày ... tháng ... năm 2019', 'Quảng Ninh', null],
    ['Hạ Long, ngày 30 tháng 02 năm 2020', 'Hạ Long', null],
    ['Hạ Long, ngày 05/12/2019', 'Hạ Long', '2019-12-05'],
  ])('place and date of "%s"', (line, place, date) => {
    expect(parsePlaceDate(line)).toMatchObject({ place, date });
  });

  it('splits two columns flattened into one line', () => {
    expect(classifyHeaderLine('Số: 12/TTr-UBND\tQuảng Ninh, ngày 25 tháng 11 năm 2019')).toEqual([
      { type: 'number', value: '12/TTr-UBND' },
      { type: 'placeDate', place: 'Quảng Ninh', date: '2019-11-25' },
    ]);
    expect(classifyHeaderLine('UBND TỈNH QUẢNG NINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      { type: 'text', text: 'UBND TỈNH QUẢNG NINH' },
      { type: 'motto' },
    ]);
    expect(classifyHeaderLine('Số:        /NQ-HĐND')).toEqual([{ type: 'number', value: '/NQ-HĐND' }]);
    expect(classifyHeaderLine('V/v góp ý dự thảo Nghị quyết')).toEqual([{ type: 'subject', value: 'góp ý dự thảo Nghị quyết' }]);
    expect(classifyHeaderLine('(Dự thảo lần 2)')).toEqual([{ type: 'draft' }]);
    expect(classifyHeaderLine('______________')).toEqual([{ type: 'rule' }]);
  });
});

describe('kind and title', () => {
  it.each([
    ['TỜ TRÌNH', null, 'to_trinh'],
    ['ĐỀ ÁN', null, 'de_an'],
    ['NGHỊ QUYẾT', null, 'du_thao_nghi_quyet'],
    ['DỰ THẢO NGHỊ QUYẾT', null, 'du_thao_nghi_quyet'],
    ['BÁO CÁO THẨM TRA', null, 'bao_cao_tham_tra'],
    ['BÁO CÁO', 'Thẩm tra Tờ trình số 12/TTr-UBND', 'bao_cao_tham_tra'],
    ['BÁO CÁO', 'Tình hình kinh tế - xã hội năm 2019', 'bao_cao'],
    ['NGHỊ ĐỊNH', null, 'khac'],
    ['KẾ HOẠCH', null, 'khac'],
  ] as const)('%s (%s) is %s', (type, summary, kind) => {
    expect(kindOf(type, summary)).toBe(kind);
  });

  it('names documents as the dossier does', () => {
    expect(makeTitle('NGHỊ ĐỊNH', 'Về công tác văn thư', false)).toBe('Nghị định về công tác văn thư');
    expect(makeTitle('DỰ THẢO NGHỊ QUYẾT', 'Về việc tán thành chủ trương', false)).toBe(
      'Dự thảo Nghị quyết về việc tán thành chủ trương',
    );
    expect(makeTitle('NGHỊ QUYẾT', 'Về việc tán thành chủ trương', true)).toBe('Dự thảo Nghị quyết về việc tán thành chủ trương');
    expect(makeTitle('TỜ TRÌNH', 'V/v phê duyệt đề án', false)).toBe('Tờ trình về việc phê duyệt đề án');
    expect(makeTitle('ĐỀ ÁN', 'Quảng Ninh phát triển du lịch', false)).toBe('Đề án Quảng Ninh phát triển du lịch');
    expect(makeTitle('BÁO CÁO', null, false)).toBe('Báo cáo');
    expect(makeTitle(null, 'về việc góp ý', false)).toBe('Về việc góp ý');
    expect(makeTitle(null, null, false)).toBeNull();
  });
});

describe('recogniseHeader', () => {
  it('tells the parent body from the issuer by bold, and reads a draft mark and V/v', () => {
    const items: RawItem[] = [
      p('DỰ THẢO'),
      table(
        [
          p('UBND TỈNH QUẢNG NINH'),
          p('SỞ TÀI CHÍNH', true),
          p('Số: 101/STC-NS'),
          p('V/v góp ý dự toán'),
          p('ngân sách năm 2020'),
        ],
        [
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
          p('Độc lập - Tự do - Hạnh phúc', true),
          p('Hạ Long, ngày 20 tháng 11 năm 2019'),
        ],
      ),
      p('Kính gửi: Thường trực HĐND tỉnh.'),
    ];
    const { header, bodyStart, found } = recogniseHeader(items);
    expect(found).toBe(true);
    expect(bodyStart).toBe(2);
    expect(header).toMatchObject({
      parentIssuer: 'UBND TỈNH QUẢNG NINH',
      issuer: 'SỞ TÀI CHÍNH',
      numberSymbol: '101/STC-NS',
      place: 'Hạ Long',
      date: '2019-11-20',
      kind: null,
      summary: 'góp ý dự toán ngân sách năm 2020',
      title: 'Góp ý dự toán ngân sách năm 2020',
    });
  });

  it('joins a name split over lines at a locality word, and stops the summary at "Căn cứ"', () => {
    const items = [
      table([p('ỦY BAN NHÂN DÂN'), p('THÀNH PHỐ HẠ LONG'), p('Số: 7/TTr-UBND')], [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]),
      p('TỜ TRÌNH'),
      p('Về việc đặt tên đường'),
      p('Căn cứ Luật Tổ chức chính quyền địa phương;'),
    ];
    const { header, bodyStart } = recogniseHeader(items);
    expect(header).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẠ LONG',
      parentIssuer: null,
      summary: 'Về việc đặt tên đường',
    });
    expect(bodyStart).toBe(3);
    const withoutSummary = recogniseHeader([items[0], items[1], items[3]]);
    expect(withoutSummary.header).toMatchObject({ docType: 'TỜ TRÌNH', summary: null, title: 'Tờ trình' });
    expect(withoutSummary.bodyStart).toBe(2);
  });

  it('finds no header in a document that starts with its body', () => {
    const { header, bodyStart, found } = recogniseHeader([p('I. SỰ CẦN THIẾT'), p('1. Cơ sở')]);
    expect(found).toBe(false);
    expect(bodyStart).toBe(0);
    expect(header.title).toBeNull();
  });

  it('takes a summary over two lines when a rule closes it', () => {
    const items = [
      table([p('HỘI ĐỒNG NHÂN DÂN'), p('TỈNH QUẢNG NINH'), p('Số: 1/NQ-HĐND')], [p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]),
      p('NGHỊ QUYẾT'),
      p('Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy'),
      p('với Sở Nội vụ'),
      p('_____'),
      p('HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH'),
    ];
    const { header, bodyStart } = recogniseHeader(items);
    expect(header.issuer).toBe('HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH');
    expect(header.summary).toBe('Về việc thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ');
    expect(bodyStart).toBe(4);
  });
});

describe('removeClosing', () => {
  it('leaves out "Nơi nhận" and a signature written as paragraphs, keeping what follows', () => {
    const items = [
      p('Điều 3. Tổ chức thực hiện.'),
      p('TM. ỦY BAN NHÂN DÂN'),
      p('CHỦ TỊCH'),
      p('(Đã ký)'),
      p('Nguyễn Văn Thắng'),
      p('Nơi nhận:'),
      p('- Như trên;'),
      p('- Lưu: VT.'),
      p('PHỤ LỤC'),
    ];
    expect(removeClosing(items).map((i) => (i as RawParagraph).text)).toEqual(['Điều 3. Tổ chức thực hiện.', 'PHỤ LỤC']);
  });

  it('keeps a data table that merely mentions a recipient', () => {
    const data: RawItem = {
      kind: 'table',
      rows: [
        [[p('STT')], [p('Nơi nhận văn bản')]],
        [[p('1')], [p('Sở Nội vụ')]],
        [[p('2')], [p('Sở Tài chính')]],
        [[p('3')], [p('UBND')]],
      ],
    };
    expect(removeClosing([p('Bảng:'), data])).toHaveLength(2);
  });
});
