/** Passages of a block as the reader sends them to main: trimmed offsets, the exact quote, line numbers. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/domain/types';
import { breakLines, lineIndexesOf } from '../../../shared/text/lines';
import { buildBlockMarks } from '../../../renderer/src/comments/reader/marks';
import { linesOf, notePassage, passageOf, wholeBlock } from '../../../renderer/src/comments/reader/passage';
import type { Comment } from '../../../shared/domain/comments';

const text =
  '2. Thực hiện Nghị quyết số 18-NQ/TW, từ năm 2018, Tỉnh ủy Quảng Ninh đã triển khai hai mô hình gồm: hợp nhất ban tổ chức cấp ủy với phòng nội vụ cấp huyện thành cơ quan tổ chức - nội vụ cấp huyện.';
const block: Block = {
  id: 'b-1',
  position: 3,
  kind: 'list_item',
  level: 6,
  label: '2.',
  path: 'Phần I, mục I, điểm 2',
  text,
  cells: null,
  lineStart: 11,
  lineCount: breakLines(text).length,
};

describe('passageOf', () => {
  it('trims spaces, keeps the exact quote and computes the lines as main does', () => {
    const start = text.indexOf(' Tỉnh ủy');
    const end = text.indexOf('gồm:') + 4;
    const p = passageOf(block, start, end + 1)!;
    expect(p.start).toBe(start + 1);
    expect(p.quote).toBe(text.slice(start + 1, end));
    expect(p.quote.startsWith('Tỉnh ủy') && p.quote.endsWith('gồm:')).toBe(true);
    const [first, last] = lineIndexesOf(text, p.start, p.end);
    expect([p.lineFirst, p.lineLast]).toEqual([11 + first, 11 + last]);
    expect(p.path).toBe('Phần I, mục I, điểm 2');
  });

  it('returns null for blank or empty ranges and clamps offsets to the text', () => {
    expect(passageOf(block, 2, 3)).toBeNull(); // a single space
    expect(passageOf(block, 10, 10)).toBeNull();
    expect(passageOf(block, -5, 10_000)!.quote).toBe(text);
  });

  it('never cuts a surrogate pair', () => {
    const emoji: Block = { ...block, text: 'ab😀cd', lineCount: 1 };
    expect(passageOf(emoji, 0, 3)!.quote).toBe('ab');
  });

  it('covers the whole block for "Góp ý đoạn này" and maps a note to its lines', () => {
    const whole = wholeBlock(block)!;
    expect([whole.start, whole.end, whole.lineFirst, whole.lineLast]).toEqual([0, text.length, 11, 11 + block.lineCount - 1]);
    const note = notePassage({ blockId: 'b-1', start: 0, end: 5, quote: text.slice(0, 5) }, [block]);
    expect([note.lineFirst, note.lineLast]).toEqual(linesOf(block, 0, 5));
  });
});

describe('buildBlockMarks', () => {
  const comment = (id: string, start: number, end: number, extra: Partial<Comment> = {}): Comment => ({
    id,
    sessionId: 's',
    itemId: 'i',
    documentId: 'd',
    anchor: { blockId: 'b-1', start, end, quote: text.slice(start, end), path: null, lineFirst: 0, lineLast: 0 },
    stance: 'tan_thanh',
    text: 'x',
    proposedText: null,
    revision: 1,
    createdAt: '',
    updatedAt: '',
    deleted: false,
    author: { id: 'a', name: 'A', delegation: 'T' },
    ...extra,
  });

  it('marks covered lines, puts one marker per first line, lists proposals, skips deletions and other documents', () => {
    const marks = buildBlockMarks(
      [block],
      'd',
      [
        comment('c1', 0, 10, { proposedText: 'khác' }),
        comment('c2', 3, text.length),
        comment('c3', 0, 5, { deleted: true }),
        comment('c4', 0, 5, { documentId: 'other' }),
      ],
      [
        {
          id: 'n1',
          documentId: 'd',
          blockId: 'b-1',
          start: 0,
          end: 4,
          quote: text.slice(0, 4),
          text: 'n',
          createdAt: '',
          updatedAt: '',
        },
      ],
    ).get('b-1')!;
    expect([...marks.markers.keys()]).toEqual([11]);
    const marker = marks.markers.get(11)!;
    expect(marker.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(marker.notes.map((n) => n.id)).toEqual(['n1']);
    expect(marker.lineLast).toBe(11 + block.lineCount - 1);
    expect([...marks.commented].sort()).toEqual(Array.from({ length: block.lineCount }, (_, k) => 11 + k));
    expect([...marks.noted]).toEqual([11]);
    expect(marks.proposals.map((c) => c.id)).toEqual(['c1']);
  });
});
