import { describe, expect, it } from 'vitest';
import { parsePlainText, recogniseStructure } from '../../shared/text/structure';

describe('structure recognition', () => {
  it('recognises Phần, Chương, Mục, Điều, khoản and điểm with their paths', () => {
    const blocks = recogniseStructure(
      parsePlainText(
        [
          'Phần I. QUY ĐỊNH CHUNG',
          'Chương II',
          'TỔ CHỨC BỘ MÁY',
          'Mục 1. Cơ quan Tổ chức - Nội vụ',
          'Điều 3. Vị trí và chức năng',
          '1. Cơ quan Tổ chức - Nội vụ là cơ quan tham mưu.',
          'a) Tham mưu về công tác tổ chức;',
          'đ) Thực hiện nhiệm vụ khác.',
          'Nội dung thường.',
        ].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.label])).toEqual([
      ['heading', 'Phần I'],
      ['heading', 'Chương II'],
      ['heading', 'Mục 1'],
      ['heading', 'Điều 3'],
      ['list_item', 'khoản 1'],
      ['list_item', 'điểm a'],
      ['list_item', 'điểm đ'],
      ['paragraph', null],
    ]);
    expect(blocks[1].text).toBe('Chương II. TỔ CHỨC BỘ MÁY');
    expect(blocks[6].path).toBe('Phần I, Chương II, Mục 1, Điều 3, khoản 1, điểm đ');
    expect(blocks[7].path).toBe('Phần I, Chương II, Mục 1, Điều 3, khoản 1, điểm đ');
  });

  it('recognises the I./1./a) outline of reports and proposals', () => {
    const blocks = recogniseStructure(
      parsePlainText(
        ['I. SỰ CẦN THIẾT', '1. Cơ sở chính trị', 'a) Nghị quyết số 18-NQ/TW;', '- một ý', 'II. NỘI DUNG'].join('\n'),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.label, b.path])).toEqual([
      ['heading', 'mục I', 'mục I'],
      ['heading', 'điểm 1', 'mục I, điểm 1'],
      ['list_item', 'tiết a', 'mục I, điểm 1, tiết a'],
      ['list_item', null, 'mục I, điểm 1, tiết a'],
      ['heading', 'mục II', 'mục II'],
    ]);
  });

  it('keeps table rows with their cells and skips Markdown separators', () => {
    const blocks = recogniseStructure(parsePlainText('| STT | Đơn vị |\n|---|---|\n| 1 | Hạ Long |'));
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatchObject({ kind: 'table_row', cells: ['1', 'Hạ Long'], text: '1 | Hạ Long' });
  });

  it('normalises to NFC and collapses whitespace', () => {
    const [block] = recogniseStructure([{ text: '  Sở   Nội vụ '.normalize('NFD') }]);
    expect(block.text).toBe('Sở Nội vụ');
    expect(block.text.normalize('NFC')).toBe(block.text);
  });
});
