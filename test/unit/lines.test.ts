import { describe, expect, it } from 'vitest';
import { breakLines, formatLineRange, LINE_LENGTH, lineIndexesOf, numberLines, visibleLength } from '../../shared/text/lines';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');

describe('line numbering', () => {
  it('keeps every line within the fixed length and loses no word', () => {
    const text = words(120);
    const lines = breakLines(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(LINE_LENGTH);
    expect(lines.join(' ')).toBe(text);
  });

  it('numbers blocks one after another, each from where the one before ended', () => {
    const texts = ['a'.repeat(LINE_LENGTH * 2 + 5), 'b', 'c'.repeat(LINE_LENGTH)];
    expect(numberLines(texts).map((b) => [b.lineStart, b.lines.length])).toEqual([
      [1, 3],
      [4, 1],
      [5, 1],
    ]);
    // A block's numbers depend only on the blocks before it: editing a later one moves nothing.
    const words3 = [words(30), words(5), words(200)];
    const edited = numberLines([words3[0], words3[1], words(7)]);
    expect(edited.slice(0, 2)).toEqual(numberLines(words3).slice(0, 2));
    expect(edited[1].lineStart).toBe(1 + edited[0].lines.length);
  });

  it('cuts a word longer than a line', () => {
    const long = 'a'.repeat(LINE_LENGTH * 2 + 5);
    expect(breakLines(long)).toEqual(['a'.repeat(LINE_LENGTH), 'a'.repeat(LINE_LENGTH), 'a'.repeat(5)]);
  });

  it('counts a Vietnamese letter with combining marks once', () => {
    const composed = 'Nghị quyết';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(visibleLength(decomposed)).toBe(10);
    expect(visibleLength(composed)).toBe(10);
    const text = Array.from({ length: 40 }, () => decomposed).join(' ');
    expect(breakLines(text)).toEqual(breakLines(text.normalize('NFC')));
  });

  it('breaks exactly at the limit', () => {
    const exact = 'x'.repeat(LINE_LENGTH - 2) + ' y';
    expect(breakLines(exact)).toEqual([exact]);
    expect(breakLines(exact + 'z')).toEqual(['x'.repeat(LINE_LENGTH - 2), 'yz']);
  });

  it('treats an empty paragraph as one line', () => {
    expect(breakLines('')).toEqual(['']);
    expect(formatLineRange(3, 3)).toBe('dòng 3');
    expect(formatLineRange(3, 5)).toBe('dòng 3–5');
  });
});

describe('lineIndexesOf', () => {
  const text = breakLines(Array.from({ length: 60 }, (_, i) => `chữ${i}`).join(' ')).join(' ');
  const lines = breakLines(text);

  it('finds the lines a character range touches', () => {
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lineIndexesOf(text, 0, 3)).toEqual([0, 0]);
    const secondStart = lines[0].length + 1;
    expect(lineIndexesOf(text, secondStart, secondStart + 2)).toEqual([1, 1]);
    expect(lineIndexesOf(text, 2, secondStart + 2)).toEqual([0, 1]);
    expect(lineIndexesOf(text, 0, text.length)).toEqual([0, lines.length - 1]);
  });
});

describe('a very long word', () => {
  // The breaker used to recompute the rest of the word at each cut (quadratic: 21.7 s for 400,000
  // characters); its time is watched by `npm run bench` (long-word), these check the result.
  it('cuts it into full lines and a rest, losing nothing, whatever the marks and surrogates', () => {
    const unit = 'Nghị quyết'.normalize('NFD').replace(' ', '') + '😀';
    const word = unit.repeat(5000);
    const lines = breakLines(word);
    expect(lines.join('')).toBe(word.normalize('NFC'));
    for (const line of lines.slice(0, -1)) expect(visibleLength(line)).toBe(LINE_LENGTH);
    expect(visibleLength(lines.at(-1)!)).toBeLessThanOrEqual(LINE_LENGTH);
    expect(lines.length).toBe(Math.ceil(visibleLength(word) / LINE_LENGTH));
  });

  it('keeps words around it on their own lines', () => {
    const word = 'x'.repeat(LINE_LENGTH * 3 + 7);
    expect(breakLines(`trước ${word} sau`)).toEqual([
      'trước',
      'x'.repeat(LINE_LENGTH),
      'x'.repeat(LINE_LENGTH),
      'x'.repeat(LINE_LENGTH),
      'xxxxxxx sau',
    ]);
  });

  it('finds the lines of a range inside it', () => {
    const word = 'y'.repeat(LINE_LENGTH * 1000);
    expect(lineIndexesOf(word, LINE_LENGTH * 500 + 3, LINE_LENGTH * 500 + 5)).toEqual([500, 500]);
  });
});
