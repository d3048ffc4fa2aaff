import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../shared/text/sentences';

const pieces = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits a paragraph of a Vietnamese draft into its sentences and clauses', () => {
    const text =
      'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ. Cơ quan mới có các nhiệm vụ sau: tham mưu về tổ chức; quản lý biên chế.  ';
    expect(pieces(text)).toEqual([
      'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.',
      'Cơ quan mới có các nhiệm vụ sau:',
      'tham mưu về tổ chức;',
      'quản lý biên chế.',
    ]);
  });

  it('does not end a sentence inside numbers, dates and document codes', () => {
    const text = 'Theo Nghị định số 30/2020/NĐ-CP ngày 05.3.2020, mục 1.1. quy định thể thức văn bản.';
    expect(pieces(text)).toEqual(['Theo Nghị định số 30/2020/NĐ-CP ngày 05.3.2020, mục 1.1.', 'quy định thể thức văn bản.']);
  });

  it('keeps closing quotes with their sentence, ends at line breaks, and gives offsets into the text', () => {
    const text = 'Ông nói: “Đồng ý.” Rồi ký.\nDòng mới';
    expect(pieces(text)).toEqual(['Ông nói:', '“Đồng ý.”', 'Rồi ký.', 'Dòng mới']);
    for (const span of sentenceSpans(text)) expect(span.end).toBeGreaterThan(span.start);
  });

  it('keeps a paragraph number with the sentence it opens', () => {
    expect(pieces('2. Thực hiện Nghị quyết. Tiếp theo.')).toEqual(['2. Thực hiện Nghị quyết.', 'Tiếp theo.']);
    expect(pieces('1.1. Mục tiêu chung; IV. Tổ chức thực hiện.')).toEqual(['1.1. Mục tiêu chung;', 'IV. Tổ chức thực hiện.']);
    expect(pieces('a. Nội dung một.')).toEqual(['a. Nội dung một.']);
  });

  it('gives one span for a paragraph without a boundary and none for blank text', () => {
    expect(pieces('Điều 1')).toEqual(['Điều 1']);
    expect(sentenceSpans('   ')).toEqual([]);
  });
});
