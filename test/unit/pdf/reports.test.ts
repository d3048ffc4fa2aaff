import { describe, expect, it } from 'vitest';
import { summariseReport, type ReportComment } from '../../../shared/domain/reports';
import { numberLine } from '../../../main/core/pdf/compiled-report';
import { delegationLines } from '../../../main/core/pdf/comment-sheet';
import { passageLabel, stanceSummary } from '../../../main/core/pdf/report-table';
import { summarySentence } from '../../../main/core/pdf/report-summary';
import { BODY, count, roman, typed, withEndMark } from '../../../main/core/pdf/styles';
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
    const paras = typed([run('Nội dung góp ý: ', 'italic')], 'Đoạn một.\n\n  Đoạn hai.\r\nĐoạn ba.', BODY);
    expect(paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Nội dung góp ý: Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    expect(typed([run('Tiếp thu: ', 'bold')], '', BODY).map((p) => p.runs.length)).toEqual([1]);
  });
});
