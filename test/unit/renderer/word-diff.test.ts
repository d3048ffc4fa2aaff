/** The one word diff (shared/text/word-diff): grouped changes, both texts kept, the same segments on screen and in PDFs, bounded time. */
import { describe, expect, it } from 'vitest';
import { changeRuns } from '../../../main/core/pdf/changes';
import { diffWords } from '../../../renderer/src/comments/shared/wordDiff';
import { displaySegments, wordDiff, wordDiffForDisplay, type DiffSegment } from '../../../shared/text/word-diff';

const before = (segments: readonly DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'added')
    .map((s) => s.text)
    .join('');
const after = (segments: readonly DiffSegment[]) =>
  segments
    .filter((s) => s.kind !== 'removed')
    .map((s) => s.text)
    .join('');
const shown = (segments: readonly { text: string }[]) => segments.map((s) => s.text).join('');

describe('wordDiff', () => {
  it('groups a replaced phrase: the deleted phrase, then the inserted one (never "theođến lộhết")', () => {
    const quote = 'số lượng cấp phó giảm dần theo lộ trình của Ban Tổ chức';
    const proposed = 'số lượng cấp phó giảm dần đến hết năm 2021 của Ban Tổ chức';
    expect(wordDiff(quote, proposed)).toEqual([
      { kind: 'same', text: 'số lượng cấp phó giảm dần ' },
      { kind: 'removed', text: 'theo lộ trình' },
      { kind: 'added', text: 'đến hết năm 2021' },
      { kind: 'same', text: ' của Ban Tổ chức' },
    ]);
    const display = shown(wordDiffForDisplay(quote, proposed));
    expect(display).toContain('theo lộ trình đến hết năm 2021');
    expect(display).not.toMatch(/theođến|lộhết|trìnhnăm/u);
  });

  it('keeps separate changes apart when unchanged words lie between them', () => {
    const quote =
      'Lãnh đạo cơ quan gồm người đứng đầu và các cấp phó. Số lượng cấp phó không vượt quá tổng số cấp phó hiện có của hai cơ quan và giảm dần theo lộ trình.';
    const proposed =
      'Lãnh đạo cơ quan gồm người đứng đầu và không quá 03 cấp phó. Số lượng cấp phó giảm dần theo lộ trình đến năm 2021.';
    const segments = wordDiff(quote, proposed);
    expect(segments.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual([
      'các',
      'không vượt quá tổng số cấp phó hiện có của hai cơ quan và',
    ]);
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['không quá 03', 'đến năm 2021']);
    expect(before(segments)).toBe(quote);
    expect(after(segments)).toBe(proposed);
  });

  it('marks whole Vietnamese words, in NFC, whatever the input form', () => {
    const segments = wordDiff('Nghị quyết hợp nhất'.normalize('NFD'), 'Nghị quyết sáp nhập');
    expect(segments).toEqual([
      { kind: 'same', text: 'Nghị quyết ' },
      { kind: 'removed', text: 'hợp nhất' },
      { kind: 'added', text: 'sáp nhập' },
    ]);
  });

  it('rebuilds both texts exactly from random edits', () => {
    const words = ['Sở', 'Nội', 'vụ', 'hợp', 'nhất', 'cơ', 'quan', 'tỉnh', '2021', ',', '.'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: 5 + rand(20) }, () => words[rand(words.length)]).join(' ');
      const b = a
        .split(' ')
        .map((w) => (rand(4) === 0 ? words[rand(words.length)] : w))
        .filter(() => rand(10) !== 0)
        .join(' ');
      const segments = wordDiff(a, b);
      expect(before(segments)).toBe(a);
      expect(after(segments)).toBe(b);
      // Grouped: two changes of the same kind never sit side by side, nor across blank text.
      for (let i = 1; i < segments.length; i++) expect(segments[i].kind).not.toBe(segments[i - 1].kind);
    }
  });

  it('stays within its time bound on two unrelated 20,000-character texts', () => {
    const syllables = ['thí', 'điểm', 'hợp', 'nhất', 'Ban', 'Tổ', 'chức', 'Sở', 'Nội', 'vụ', 'cấp', 'tỉnh', 'đến', 'năm'];
    const text = (seed: number) => {
      let out = '';
      let n = seed;
      while (out.length < 20_000) {
        n = (n * 48271) % 2147483647;
        out += `${syllables[n % syllables.length]} `;
      }
      return out.slice(0, 20_000);
    };
    const a = text(1);
    const b = text(2);
    const started = performance.now();
    const segments = wordDiff(a, b, { timeoutMs: 100 });
    const elapsed = performance.now() - started;
    // The budget is 100 ms; tokenising and grouping add a little, a busy machine more.
    expect(elapsed).toBeLessThan(500);
    expect(before(segments)).toBe(a);
    expect(after(segments)).toBe(b);
  });
});

describe('one diff for the screen and the PDFs', () => {
  const pairs: [string, string][] = [
    ['giảm dần theo lộ trình.', 'giảm dần đến hết năm 2021.'],
    ['giảm dần', 'giảm ngay'],
    ['Sở Nội vụ hợp nhất', 'Sở Nội vụ được hợp nhất'],
    ['a b c d', 'a x c y'],
  ];
  it('gives the same segments to the reader, the compilation view and the PDF writer', () => {
    for (const [quote, proposed] of pairs) {
      const display = wordDiffForDisplay(quote, proposed);
      const screen = diffWords(quote, proposed).map((p) => ({ kind: p.kind, text: p.value }));
      const pdf = changeRuns(quote, proposed).map((r) => ({
        kind:
          r.mark === 'del' ? 'removed' : r.mark === 'ins' ? 'added' : r.text === ' ' && !quote.includes('  ') ? 'gap' : 'same',
        text: r.text,
      }));
      expect(screen).toEqual(display);
      expect(pdf.map((p) => p.text)).toEqual(display.map((d) => d.text));
      expect(pdf.filter((p) => p.kind === 'removed' || p.kind === 'added')).toEqual(
        display.filter((d) => d.kind === 'removed' || d.kind === 'added'),
      );
    }
  });

  it('puts one space between a deletion and the insertion that replaces it', () => {
    expect(displaySegments(wordDiff('giảm dần', 'giảm ngay'))).toEqual([
      { kind: 'same', text: 'giảm ' },
      { kind: 'removed', text: 'dần' },
      { kind: 'gap', text: ' ' },
      { kind: 'added', text: 'ngay' },
    ]);
  });
});
