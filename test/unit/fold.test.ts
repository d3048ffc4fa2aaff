import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, tokenize } from '../../shared/text/fold';

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
    const { folded, sourceIndex } = foldWithMap(source);
    const at = folded.indexOf('noi vu');
    expect(source.slice(sourceIndex[at], sourceIndex[at + 'noi vu'.length])).toBe('Nội vụ');
  });

  it('tokenizes on anything that is not a letter or digit', () => {
    expect(tokenize(fold('18-NQ/TW, 14/14 huyện'))).toEqual(['18', 'nq', 'tw', '14', '14', 'huyen']);
  });
});
