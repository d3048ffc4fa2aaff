/**
 * The reader prepares a document again at each view of it (first window, then the whole): the
 * blocks it already had keep their segments (memoized blocks are not drawn again), and only the new
 * ones are broken into lines; a block whose place changes its rank gets a new segment.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument, type PreparedBlock } from '../../../renderer/src/reader/prepare';
import { joinWindow } from '../../../shared/domain/document-window';
import type { Block, DocumentPage, DocumentSummary } from '../../../shared/domain/types';
import { breakLines } from '../../../shared/text/lines';

const block = (id: string, position: number, kind: Block['kind'], level: number, text: string, lineStart: number): Block => ({
  id,
  position,
  kind,
  level,
  label: null,
  path: null,
  text,
  cells: null,
  lineStart,
  lineCount: breakLines(text).length,
});

const page = (blocks: Block[], from: number, total: number): DocumentPage => ({
  document: { id: 'd' } as DocumentSummary,
  itemTitle: 'Mục',
  blocks,
  toc: [],
  window: { from, fromChar: 0, total, next: from + blocks.length < total ? { from: from + blocks.length, fromChar: 0 } : null },
});

describe('prepareDocument across windows', () => {
  it('keeps the segments of the blocks it had and prepares the new ones', () => {
    const long =
      'Hội đồng nhân dân tỉnh quyết định các biện pháp bảo đảm thực hiện nhiệm vụ phát triển kinh tế - xã hội. '.repeat(3);
    const first = [block('a', 0, 'heading', 1, 'Chương I', 1), block('b', 1, 'paragraph', 0, long, 2)];
    const rest = [
      block('c', 2, 'heading', 2, 'Điều 1', 2 + first[1].lineCount),
      block('d', 3, 'paragraph', 0, long, 3 + first[1].lineCount),
    ];
    const partial = joinWindow(null, page(first, 0, 4));
    const whole = joinWindow(partial, page(rest, 2, 4));
    const before = prepareDocument(partial) as PreparedBlock[];
    const after = prepareDocument(whole) as PreparedBlock[];
    expect(after).toHaveLength(4);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[1].lines.map((l) => l.text)).toEqual(breakLines(long));
    expect(after[3].lines.map((l) => l.number)).toEqual(breakLines(long).map((_, k) => rest[1].lineStart + k));
    expect(after[2].rank).toBe(3);
  });

  it('gives a block a new segment when its rank changes', () => {
    const heading = block('h', 1, 'heading', 2, 'Điều 1', 2);
    const alone = prepareDocument({ document: { id: 'd' } as DocumentSummary, itemTitle: '', blocks: [heading], toc: [] });
    const under = prepareDocument({
      document: { id: 'd' } as DocumentSummary,
      itemTitle: '',
      blocks: [block('c', 0, 'heading', 1, 'Chương I', 1), heading],
      toc: [],
    });
    expect((alone[0] as PreparedBlock).rank).toBe(2);
    expect((under[1] as PreparedBlock).rank).toBe(3);
    expect(under[1]).not.toBe(alone[0]);
  });
});
