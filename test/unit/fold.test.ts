import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, sourceAt, tokenize } from '../../shared/text/fold';

describe('fold', () => {
  it('strips Vietnamese tone and vowel marks and lowers case', () => {
    expect(fold('Đổi mới')).toBe('doi moi');
    expect(fold('Sở Nội vụ')).toBe('so noi vu');
    expect(fold('HỢP NHẤT')).toBe('hop nhat');
  });

  it('folds đ and Đ to d', () => {
    expect(fold('đ Đ đường ĐẢNG')).toBe('d d duong dang');
  });

  it('gives the same result for composed and decomposed input', () => {
    const decomposed = 'Ủy ban'.normalize('NFD');
    expect(fold(decomposed)).toBe(fold('Ủy ban'));
    expect(fold(decomposed)).toBe('uy ban');
  });

  it('maps folded positions back to the source', () => {
    const source = 'Cơ quan Tổ chức - Nội vụ';
    const mapped = foldWithMap(source);
    const at = mapped.folded.indexOf('noi vu');
    expect(source.slice(sourceAt(mapped, at), sourceAt(mapped, at + 'noi vu'.length))).toBe('Nội vụ');
  });

  it('maps positions where a code point is two units or folds to none or two', () => {
    // 𝐀 is two UTF-16 units; a lone combining mark folds to nothing; İ lowers to two units.
    const source = 'a𝐀b\u0301c İd Nội';
    const mapped = foldWithMap(source);
    expect(mapped.sourceIndex).not.toBeNull();
    const at = mapped.folded.indexOf('noi');
    expect(source.slice(sourceAt(mapped, at), sourceAt(mapped, at + 3))).toBe('Nội');
    expect(sourceAt(mapped, mapped.folded.length)).toBe(source.length);
    // Every Vietnamese letter is one unit folding to one: no map is made.
    expect(foldWithMap('Cơ quan Tổ chức - Nội vụ').sourceIndex).toBeNull();
  });

  it('tokenizes on anything that is not a letter or digit', () => {
    expect(tokenize(fold('18-NQ/TW, 14/14 huyện'))).toEqual(['18', 'nq', 'tw', '14', '14', 'huyen']);
  });
});
