import { describe, expect, it } from 'vitest';
import { applyChanges, type ChangeBlock, type TextChange } from '../../shared/text/apply-changes';

const para = (id: string, text: string): ChangeBlock => ({ id, text, cells: null });

/** A change replacing the first occurrence of `what` in block `id`. */
function replace(blocks: readonly ChangeBlock[], changeId: string, blockId: string, what: string, wording: string): TextChange {
  const text = blocks.find((b) => b.id === blockId)!.text;
  const start = text.indexOf(what);
  if (start < 0) throw new Error(`"${what}" not in ${blockId}`);
  return { id: changeId, startBlockId: blockId, start, endBlockId: blockId, end: start + what.length, original: what, wording };
}

const insertAt = (changeId: string, blockId: string, at: number, wording: string): TextChange => ({
  id: changeId,
  startBlockId: blockId,
  start: at,
  endBlockId: blockId,
  end: at,
  original: '',
  wording,
});

const textOf = (r: ReturnType<typeof applyChanges>, id: string) => r.blocks.find((b) => b.id === id)?.text;

describe('applyChanges', () => {
  const doc = [
    para('b1', 'Điều 1. Phạm vi điều chỉnh'),
    para('b2', 'Hỗ trợ kinh phí theo lộ trình cho các hộ gia đình.'),
    para('b3', 'Thời gian thực hiện đến năm 2025.'),
  ];

  it('applies adjacent changes in one block, both of them', () => {
    const r = applyChanges(doc, [
      replace(doc, 'c1', 'b2', 'Hỗ trợ', 'Bố trí'),
      replace(doc, 'c2', 'b2', ' kinh phí', ' ngân sách'),
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.stale).toEqual([]);
    expect(r.applied.sort()).toEqual(['c1', 'c2']);
    expect(textOf(r, 'b2')).toBe('Bố trí ngân sách theo lộ trình cho các hộ gia đình.');
    expect(r.changedBlockIds).toEqual(['b2']);
    expect(textOf(r, 'b1')).toBe(doc[0].text);
  });

  it('reports overlapping changes as one conflict and applies neither, but applies the rest', () => {
    const r = applyChanges(doc, [
      replace(doc, 'c1', 'b2', 'kinh phí theo lộ trình', 'kinh phí hằng năm'),
      replace(doc, 'c2', 'b2', 'theo lộ trình cho', 'cho'),
      replace(doc, 'c3', 'b3', '2025', '2030'),
    ]);
    expect(r.conflicts).toEqual([{ changeIds: ['c1', 'c2'] }]);
    expect(r.applied).toEqual(['c3']);
    expect(textOf(r, 'b2')).toBe(doc[1].text);
    expect(textOf(r, 'b3')).toBe('Thời gian thực hiện đến năm 2030.');
  });

  it('treats two insertions at the same place, and an insertion touching a replacement, as conflicts', () => {
    const at = doc[1].text.indexOf(' cho');
    const same = applyChanges(doc, [insertAt('i1', 'b2', at, ' từng bước'), insertAt('i2', 'b2', at, ' có điều kiện')]);
    expect(same.conflicts).toEqual([{ changeIds: ['i1', 'i2'] }]);
    expect(same.applied).toEqual([]);
    const touching = applyChanges(doc, [replace(doc, 'c1', 'b2', ' cho', ' đối với'), insertAt('i1', 'b2', at, ' từng bước')]);
    expect(touching.conflicts).toHaveLength(1);
    // Insertions at different places are fine.
    const apart = applyChanges(doc, [insertAt('i1', 'b2', at, ' từng bước'), insertAt('i2', 'b3', 0, 'Dự kiến: ')]);
    expect(apart.applied.sort()).toEqual(['i1', 'i2']);
    expect(textOf(apart, 'b2')).toBe('Hỗ trợ kinh phí theo lộ trình từng bước cho các hộ gia đình.');
    expect(textOf(apart, 'b3')).toBe('Dự kiến: Thời gian thực hiện đến năm 2025.');
  });

  it('joins the blocks a change spans: the first keeps the wording and the tail of the last', () => {
    const start = doc[1].text.indexOf('cho các');
    const change: TextChange = {
      id: 'span',
      startBlockId: 'b2',
      start,
      endBlockId: 'b3',
      end: 'Thời gian thực hiện'.length,
      original: `${doc[1].text.slice(start)}\nThời gian thực hiện`,
      wording: 'cho các hộ gia đình, thực hiện',
    };
    const r = applyChanges(doc, [change]);
    expect(r.applied).toEqual(['span']);
    expect(r.removedBlockIds).toEqual(['b3']);
    expect(r.blocks.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(textOf(r, 'b2')).toBe('Hỗ trợ kinh phí theo lộ trình cho các hộ gia đình, thực hiện đến năm 2025.');
  });

  it('changes one cell of a table row and keeps the cells', () => {
    const row: ChangeBlock = { id: 't1', text: '1 | Xã A | 500 triệu đồng', cells: ['1', 'Xã A', '500 triệu đồng'] };
    const r = applyChanges([row], [replace([row], 'c1', 't1', '500', '750')]);
    expect(r.blocks[0]).toEqual({
      id: 't1',
      text: '1 | Xã A | 750 triệu đồng',
      cells: ['1', 'Xã A', '750 triệu đồng'],
      changeIds: ['c1'],
    });
    // Emptying a cell keeps the row's shape.
    const emptied = applyChanges([row], [replace([row], 'c2', 't1', 'Xã A', '')]);
    expect(emptied.blocks[0].cells).toEqual(['1', '', '500 triệu đồng']);
    // A change across a cell border would break the table: stale, not applied.
    const across = applyChanges([row], [replace([row], 'c3', 't1', 'A | 500', 'B')]);
    expect(across.stale).toEqual([{ changeId: 'c3', reason: 'breaks_table' }]);
    expect(across.blocks[0].text).toBe(row.text);
  });

  it('keeps combining marks with their letter and gives NFC byte for byte', () => {
    // "ệ" decomposed in the wording; the block text is NFC, with an "m̃" that has no precomposed form.
    const block = para('b1', 'Chế độ hỗ trợ m̃ cho hộ nghèo.');
    const wordingNfd = 'hỗ trợ thêm'.normalize('NFD');
    const r = applyChanges([block], [replace([block], 'c1', 'b1', 'hỗ trợ', wordingNfd)]);
    const expected = 'Chế độ hỗ trợ thêm m̃ cho hộ nghèo.'.normalize('NFC');
    expect(Buffer.from(textOf(r, 'b1')!, 'utf8').equals(Buffer.from(expected, 'utf8'))).toBe(true);
    // An offset between "m" and its combining tilde would split the character: refused.
    const at = block.text.indexOf('m̃') + 1;
    const split = applyChanges([block], [{ ...insertAt('c2', 'b1', at, 'x') }]);
    expect(split.stale).toEqual([{ changeId: 'c2', reason: 'splits_character' }]);
    expect(textOf(split, 'b1')).toBe(block.text);
  });

  it('deletes with an empty wording, and removes a block emptied whole', () => {
    const r = applyChanges(doc, [replace(doc, 'c1', 'b2', ' theo lộ trình', ''), replace(doc, 'c2', 'b3', doc[2].text, '')]);
    expect(textOf(r, 'b2')).toBe('Hỗ trợ kinh phí cho các hộ gia đình.');
    expect(r.removedBlockIds).toEqual(['b3']);
    expect(r.blocks.map((b) => b.id)).toEqual(['b1', 'b2']);
  });

  it('reports a change whose passage changed or whose block is gone, and never applies it', () => {
    const moved = { ...replace(doc, 'c1', 'b2', 'kinh phí', 'ngân sách'), start: 0, end: 8 };
    const gone = { ...replace(doc, 'c2', 'b2', 'kinh phí', 'ngân sách'), startBlockId: 'nope', endBlockId: 'nope' };
    const r = applyChanges(doc, [moved, gone]);
    expect(r.stale).toEqual([
      { changeId: 'c1', reason: 'text_changed' },
      { changeId: 'c2', reason: 'block_missing' },
    ]);
    expect(r.applied).toEqual([]);
    expect(r.blocks.map((b) => b.text)).toEqual(doc.map((b) => b.text));
  });

  it('gives the original with the accepted wordings, byte for byte NFC, for many changes', () => {
    const words = Array.from({ length: 200 }, (_, i) => `từ${i}`);
    const block = para('b', words.join(' '));
    const changes: TextChange[] = [];
    const expected = [...words];
    for (let i = 0; i < words.length; i += 3) {
      changes.push(replace([block], `c${i}`, 'b', words[i] + ' ', `thay${i} `.normalize('NFD')));
      expected[i] = `thay${i}`;
    }
    // indexOf finds the first occurrence; "từ1 " is unique among "từ1x" because of the space.
    const r = applyChanges([block], changes);
    expect(r.conflicts).toEqual([]);
    expect(r.applied).toHaveLength(changes.length);
    const got = Buffer.from(textOf(r, 'b')!, 'utf8');
    expect(got.equals(Buffer.from(expected.join(' ').normalize('NFC'), 'utf8'))).toBe(true);
  });
});
