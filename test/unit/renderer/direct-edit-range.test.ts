import { describe, expect, it } from 'vitest';
import { directEditRange } from '../../../renderer/src/revised/directEditRange';

/** Applies the range the way the core does (the wording trimmed). */
const apply = (before: string, after: string): string => {
  const r = directEditRange(before, after);
  if (!r) return before;
  return before.slice(0, r.start) + r.wording.trim() + before.slice(r.end);
};

describe('directEditRange', () => {
  it('narrows a rewritten paragraph to the words that changed', () => {
    const before = 'Sắp xếp tổ chức bộ máy theo lộ trình đến năm 2021.';
    const after = 'Sắp xếp tổ chức bộ máy đến hết năm 2021.';
    const r = directEditRange(before, after)!;
    expect(before.slice(r.start, r.end)).toBe('theo lộ trình đến');
    expect(r.wording).toBe('đến hết');
    expect(apply(before, after)).toBe(after);
  });

  it('never cuts inside a word or a letter and its mark', () => {
    const before = 'Đề án hợp nhất'.normalize('NFD');
    const after = 'Đề án hợp nhứt';
    const r = directEditRange(before, after)!;
    expect(before.normalize('NFC').slice(r.start, r.end)).toBe('nhất');
    expect(r.wording).toBe('nhứt');
  });

  it('inserts and deletes words at the start, the middle and the end, byte for byte', () => {
    const cases: Array<[string, string]> = [
      ['a b', 'a b c'],
      ['a b c', 'a c'],
      ['a c', 'a b c'],
      ['b c', 'a b c'],
      ['a b c', 'b c'],
      ['a b c', 'a b'],
      ['Điều 3. Cơ quan', 'Điều 3. Cơ quan mới, được lập'],
      ['x, y.', 'x; y.'],
    ];
    for (const [before, after] of cases) {
      const r = directEditRange(before, after)!;
      expect(r.wording).toBe(r.wording.trim());
      expect(apply(before, after)).toBe(after);
    }
  });

  it('is null when nothing changed', () => {
    expect(directEditRange('Giữ nguyên.', ' Giữ nguyên. ')).toBeNull();
  });
});
