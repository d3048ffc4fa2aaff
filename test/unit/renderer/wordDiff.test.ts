/** The proposed-wording diff: words from jsdiff, Vietnamese included, and its compact form. */
import { describe, expect, it } from 'vitest';
import { compactDiff, diffWords, isRealProposal } from '../../../renderer/src/comments/shared/wordDiff';

describe('diffWords', () => {
  it('marks whole Vietnamese words as added or removed', () => {
    expect(diffWords('Sở Nội vụ hợp nhất', 'Sở Nội vụ được hợp nhất')).toEqual([
      { value: 'Sở Nội vụ ', kind: 'same' },
      { value: 'được ', kind: 'added' },
      { value: 'hợp nhất', kind: 'same' },
    ]);
    const parts = diffWords('thí điểm hợp nhất', 'thí điểm sáp nhập');
    // Whole syllables, never a letter with its diacritics split off; the replaced phrase grouped.
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.value.trim())).toEqual(['hợp nhất']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.value.trim())).toEqual(['sáp nhập']);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Việc hợp nhất các cơ quan trên đã hoàn thành ngay trong năm 2018.';
    const after = 'Việc hợp nhất các cơ quan đã hoàn thành trong năm 2018, đúng tiến độ.';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added' && p.kind !== 'gap')
        .map((p) => p.value)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed' && p.kind !== 'gap')
        .map((p) => p.value)
        .join(''),
    ).toBe(after);
  });
});

describe('compactDiff', () => {
  it('shortens long unchanged stretches around the changes, keeping the changes whole', () => {
    const before = 'một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba cuối';
    const after = before.replace('cuối', 'kết thúc');
    const compact = compactDiff(diffWords(before, after));
    expect(compact[0]).toEqual({ kind: 'same', value: expect.stringMatching(/^… /u) });
    expect(compact.filter((p) => p.kind === 'added').map((p) => p.value)).toEqual(['kết thúc']);
    expect(compact.map((p) => p.value).join('').length).toBeLessThan(after.length);
  });

  it('leaves short diffs alone', () => {
    const parts = diffWords('a b c', 'a x c');
    expect(compactDiff(parts)).toEqual(parts);
  });
});

describe('isRealProposal', () => {
  it('is false for nothing, blanks and the unchanged quote (in any Unicode form)', () => {
    expect(isRealProposal('Điều 3', null)).toBe(false);
    expect(isRealProposal('Điều 3', '   ')).toBe(false);
    expect(isRealProposal('Điều 3', ' Điều 3 '.normalize('NFD'))).toBe(false);
    expect(isRealProposal('Điều 3', 'Điều 4')).toBe(true);
  });
});
