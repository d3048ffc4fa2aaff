import { describe, expect, it } from 'vitest';
import { noteTargets, splitNoteRefs } from '../../../renderer/src/components/noteRefs';
import type { Block } from '../../../shared/domain/types';

const block = (id: string, text: string, label: string | null = null): Block => ({
  id,
  position: 0,
  kind: 'paragraph',
  level: 0,
  label,
  path: null,
  text,
  cells: null,
  lineStart: 1,
  lineCount: 1,
});

describe('note references in the reader', () => {
  const blocks = [
    block('b1', 'Theo Quyết định số 15[1] và Kết luận[2] của Tỉnh ủy [3].'),
    block('n1', '[1] Quyết định số 15-QĐ/TU.', '[1]'),
    block('n2', '[2] Kết luận số 7-KL/TU.', '[2]'),
  ];
  const targets = noteTargets(blocks);

  it('finds each note by the label of its first block', () => {
    expect([...targets.entries()]).toEqual([
      ['1', { blockId: 'n1', text: 'Quyết định số 15-QĐ/TU.' }],
      ['2', { blockId: 'n2', text: 'Kết luận số 7-KL/TU.' }],
    ]);
  });

  it('splits a line into text and markers, keeping the text exactly (offsets unchanged)', () => {
    const parts = splitNoteRefs(blocks[0].text, targets, 'b1');
    expect(parts.map((p) => (p.note ? `<${p.note.blockId}>` : p.text))).toEqual([
      'Theo Quyết định số 15',
      '<n1>',
      ' và Kết luận',
      '<n2>',
      ' của Tỉnh ủy [3].',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(blocks[0].text);
  });

  it("leaves a note's own label and a document without notes alone", () => {
    expect(splitNoteRefs(blocks[1].text, targets, 'n1')).toEqual([{ text: blocks[1].text }]);
    expect(splitNoteRefs('Điểm [1] trong văn bản.', new Map(), 'b9')).toEqual([{ text: 'Điểm [1] trong văn bản.' }]);
  });
});
