import { describe, expect, it } from 'vitest';
import { emptyStanceCounts, summariseReport, type ReportComment, type ReportSummary } from '../../../shared/domain/reports';

const emptySummary = (): ReportSummary => ({
  totalComments: 0,
  byStance: emptyStanceCounts(),
  byDocument: [],
  general: emptyStanceCounts(),
  byDelegation: [],
  delegatesWithComments: 0,
  rosterSize: 0,
});
import { numberLine } from '../../../main/core/report/report-model';
import { delegationLines } from '../../../main/core/report/sheet-model';
import { passageLabel, stanceSummary } from '../../../main/core/report/report-appendix';
import { summarySentence } from '../../../main/core/report/report-summary';
import { count, deadlineWords, quotedParas, roman, typedParas, withEndMark } from '../../../main/core/report/text';
import { formatVietnameseDate } from '../../../main/core/pdf/date-line';
import { guessLevel } from '../../../shared/domain/council';
import { run } from '../../../main/core/pdf/text-model';

const c = (delegateName: string, delegation: string, stance: ReportComment['stance']): ReportComment => ({
  delegateName,
  delegation,
  stance,
  text: 'Đề nghị làm rõ.',
  proposedText: null,
  answer: null,
});

describe('report summary and wording', () => {
  it('counts comments by stance, document and delegation', () => {
    const hl = 'Tổ đại biểu thành phố Hạ Long';
    const cp = 'Tổ đại biểu thành phố Cẩm Phả';
    const s = summariseReport(
      [
        {
          documentTitle: 'Dự thảo Nghị quyết',
          documentKind: 'du_thao_nghi_quyet',
          passages: [
            {
              path: 'Điều 1',
              lineFirst: 15,
              lineLast: 16,
              quote: 'Tán thành',
              comments: [c('A', hl, 'tan_thanh'), c('B', hl, 'khong_tan_thanh')],
            },
          ],
        },
        {
          documentTitle: 'Đề án',
          documentKind: 'de_an',
          passages: [{ path: null, lineFirst: null, lineLast: null, quote: null, comments: [c('A', hl, 'y_kien_khac')] }],
        },
      ],
      [c('C', cp, 'y_kien_khac')],
      50,
    );
    expect(s.totalComments).toBe(4);
    expect(s.byStance).toEqual({ tan_thanh: 1, khong_tan_thanh: 1, y_kien_khac: 2 });
    expect(s.byDocument.map((d) => d.counts.y_kien_khac)).toEqual([0, 1]);
    expect(s.general).toEqual({ tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 1 });
    expect(s.byDelegation).toEqual([
      { delegation: hl, delegates: 2, comments: 3 },
      { delegation: cp, delegates: 1, comments: 1 },
    ]);
    expect(s.delegatesWithComments).toBe(3);
    expect(summarySentence(s)).toBe(
      'Tổng số 3/50 đại biểu Hội đồng nhân dân tỉnh đã gửi 4 ý kiến góp ý, trong đó: 1 ý kiến tán thành, 1 ý kiến không tán thành, 2 ý kiến khác.',
    );
  });

  it('counts a Tổ entered on its own behalf apart from the delegates who sent', () => {
    const hl = 'Tổ đại biểu thành phố Hạ Long';
    const cp = 'Tổ đại biểu thành phố Cẩm Phả';
    const team = { ...c(hl, hl, 'tan_thanh'), onBehalf: true, onBehalfOf: 'delegation' as const };
    const one = { ...c('A', hl, 'khong_tan_thanh'), onBehalf: true, onBehalfOf: 'delegate' as const };
    const s = summariseReport([], [team, one, c('B', cp, 'y_kien_khac')], 50);
    expect(s.delegatesWithComments).toBe(2);
    expect(s.totalComments).toBe(3);
    expect(s.delegationEntries).toEqual({ comments: 1, delegations: 1 });
    expect(s.byDelegation).toEqual([
      { delegation: hl, delegates: 1, comments: 2 },
      { delegation: cp, delegates: 1, comments: 1 },
    ]);
    expect(summarySentence(s, 'tinh', 1)).toBe(
      'Tổng số 2/50 đại biểu Hội đồng nhân dân tỉnh đã gửi 2 ý kiến góp ý (trong đó 1 ý kiến do Văn phòng nhập thay đại biểu); ' +
        '1 Tổ đại biểu có 1 ý kiến góp ý chung của Tổ (do Văn phòng nhập thay); tổng cộng 3 ý kiến, trong đó: ' +
        '1 ý kiến tán thành, 1 ý kiến không tán thành, 1 ý kiến khác.',
    );
  });

  it('labels passages with their reference and reader line numbers', () => {
    expect(passageLabel({ path: 'Điều 1, khoản 2, điểm a', lineFirst: 29, lineLast: 29, quote: 'x' })).toBe(
      'Điều 1, khoản 2, điểm a, dòng 29',
    );
    expect(passageLabel({ path: null, lineFirst: 35, lineLast: 36, quote: 'x' })).toBe('Dòng 35–36');
    expect(passageLabel({ path: null, lineFirst: null, lineLast: null, quote: null })).toBeNull();
    expect(stanceSummary([{ stance: 'tan_thanh' }, { stance: 'y_kien_khac' }, { stance: 'tan_thanh' }])).toBe(
      '3 ý kiến: 2 tán thành, 1 ý kiến khác',
    );
  });

  it('ends the text with "./." exactly once', () => {
    expect(withEndMark('xem xét, quyết định')).toBe('xem xét, quyết định./.');
    expect(withEndMark('xem xét, quyết định.')).toBe('xem xét, quyết định./.');
    expect(withEndMark('xem xét, quyết định./.')).toBe('xem xét, quyết định./.');
  });

  it('formats numbers, numerals, the number line and the delegation header', () => {
    expect(count(20000)).toBe('20.000');
    expect(count(999)).toBe('999');
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(numberLine('125/BC-HĐND')).toBe('Số: 125/BC-HĐND');
    expect(numberLine('   /BC-HĐND')).toBe('Số: \u00a0\u00a0\u00a0/BC-HĐND');
    expect(delegationLines('Tổ đại biểu thành phố Hạ Long')).toEqual(['Tổ đại biểu', 'thành phố Hạ Long']);
    expect(delegationLines('Đoàn đại biểu')).toEqual(['Đoàn đại biểu']);
  });

  it('keeps the paragraphs a person typed, the label on the first', () => {
    const paras = typedParas('cell', [run('Nội dung góp ý: ', 'italic')], 'Đoạn một.\n\n  Đoạn hai.\r\nĐoạn ba.');
    expect(paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Nội dung góp ý: Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    expect(typedParas('cell', [run('Tiếp thu: ', 'bold')], '').map((p) => p.runs.length)).toEqual([1]);
  });

  it('keeps the line breaks of a proposed wording, quotes around the whole', () => {
    const paras = quotedParas('cell', [run('Đề nghị sửa thành: ', 'italic')], 'Dòng một;\nDòng hai.');
    expect(paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Đề nghị sửa thành: “Dòng một;', 'Dòng hai.”']);
  });

  it('writes the deadline with its time, and the level of the council', () => {
    expect(deadlineWords('2019-12-05T17:00:00+07:00', formatVietnameseDate)).toBe('17 giờ 00 ngày 05 tháng 12 năm 2019');
    expect(deadlineWords('2019-12-05T00:00:00+07:00', formatVietnameseDate)).toBe('ngày 05 tháng 12 năm 2019');
    expect(guessLevel('Hội đồng nhân dân thành phố Hải Phòng')).toBe('thanh_pho');
    expect(guessLevel('Hội đồng nhân dân huyện Ba Chẽ')).toBe('huyen');
    expect(guessLevel('Hội đồng nhân dân xã Đồng Tâm')).toBe('xa');
    expect(guessLevel('Hội đồng nhân dân tỉnh Quảng Ninh')).toBe('tinh');
    expect(summarySentence({ ...emptySummary(), totalComments: 2, delegatesWithComments: 1, rosterSize: 9 }, 'xa', 1)).toBe(
      'Tổng số 1/9 đại biểu Hội đồng nhân dân xã đã gửi 2 ý kiến góp ý (trong đó 1 ý kiến do Văn phòng nhập thay đại biểu), trong đó: 0 ý kiến tán thành, 0 ý kiến không tán thành, 0 ý kiến khác.',
    );
  });
});
