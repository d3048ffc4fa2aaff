import { describe, expect, it } from 'vitest';
import { buildFtsQueries, search } from '../../main/core/services/search';
import { freshDb, insertTextDocument } from '../support/db';

const TEXT = [
  'I. SỰ CẦN THIẾT',
  'Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn.',
  'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ cấp tỉnh.',
  'Số lượng đầu mối giảm; sổ sách được số hóa; ĐƯỜNG LỐI ĐỔI MỚI của Đảng.',
  'Đường giao thông nội vùng.',
].join('\n');

function highlighted(hit: { snippet: string; highlights: Array<[number, number]> }): string[] {
  return hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));
}

describe('search', () => {
  it('finds text with diacritics from a query without them', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    const result = search(db, 'doi moi');
    expect(result.hits.map((h) => h.snippet)).toEqual([
      'Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn.',
      'Số lượng đầu mối giảm; sổ sách được số hóa; ĐƯỜNG LỐI ĐỔI MỚI của Đảng.',
    ]);
    // Where the words stand together, the phrase is highlighted, not every lone "mối" (also "moi").
    expect(highlighted(result.hits[0])).toEqual(['đổi mới']);
    expect(highlighted(result.hits[1])).toEqual(['ĐỔI MỚI']);
    expect(result.total).toBe(2);
  });

  it('finds "Sở Nội vụ" from "so noi vu", phrase matches first', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    const result = search(db, 'so noi vu');
    expect(result.hits[0].snippet).toContain('Sở Nội vụ');
    expect(highlighted(result.hits[0])).toEqual(['Sở Nội vụ']);
  });

  it('highlights each word where the words are apart', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    const [hit] = search(db, 'duong giao').hits;
    expect(highlighted(hit)).toEqual(['Đường giao']);
    const [apart] = search(db, 'giao duong').hits;
    expect(highlighted(apart)).toEqual(['Đường', 'giao']);
  });

  it('folds đ/Đ and upper case in the query too', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    for (const q of ['DUONG', 'đường', 'Đường', 'duong']) {
      expect(
        search(db, q)
          .hits.map((h) => h.blockId)
          .sort(),
        q,
      ).toEqual(['doc-1-3', 'doc-1-4']);
    }
  });

  it('matches with the same diacritics typed, and a prefix while typing', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    expect(search(db, 'hợp nhất').hits).toHaveLength(1);
    expect(search(db, 'hop nh').hits).toHaveLength(1);
  });

  it('matches diacritics exactly where they are typed, any where they are not', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    const ids = (q: string) =>
      search(db, q)
        .hits.map((h) => h.blockId)
        .sort();
    // "mới" (new) is not "mối" (a link): typed with its marks, it finds only itself, in any case.
    expect(ids('mới')).toEqual(['doc-1-1', 'doc-1-3']);
    expect(highlighted(search(db, 'mới').hits.find((h) => h.blockId === 'doc-1-3')!)).toEqual(['MỚI']);
    expect(ids('mối')).toEqual(['doc-1-3']);
    expect(highlighted(search(db, 'mối').hits[0])).toEqual(['mối']);
    expect(ids('moi')).toEqual(['doc-1-1', 'doc-1-3']);
    // "sở", "sổ", "số" and "so" (without marks: all of them).
    expect(ids('sở')).toEqual(['doc-1-2']);
    expect(ids('sổ')).toEqual(['doc-1-3']);
    expect(highlighted(search(db, 'sổ').hits[0])).toEqual(['sổ']);
    expect(ids('so')).toEqual(['doc-1-2', 'doc-1-3']);
    // Mixed: the marked word exactly, the bare one folded; the total counts what matches as typed.
    expect(ids('đổi moi')).toEqual(['doc-1-1', 'doc-1-3']);
    expect(ids('đội moi')).toEqual([]);
    expect(search(db, 'mối').total).toBe(1);
  });

  it('returns nothing for no match, an empty query or punctuation only', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    expect(search(db, 'xyzzy').hits).toEqual([]);
    expect(search(db, '').total).toBe(0);
    expect(search(db, ' "*:() ').hits).toEqual([]);
    expect(buildFtsQueries('" * :')).toBeNull();
  });

  it('treats FTS syntax in the query as plain words', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    // Operators and punctuation are words or nothing: these find what "doi moi" finds.
    const plain = search(db, 'doi moi').hits.map((h) => h.blockId);
    expect(plain).toHaveLength(2);
    expect(search(db, '(doi) "moi*').hits.map((h) => h.blockId)).toEqual(plain);
    expect(search(db, 'doi: moi^').hits.map((h) => h.blockId)).toEqual(plain);
    // NEAR, AND and OR are searched for as words, which this text does not hold.
    expect(search(db, 'NEAR(doi moi) AND "so').hits).toEqual([]);
    expect(search(db, 'so OR').hits).toEqual([]);
    expect(search(db, 'so').hits.length).toBeGreaterThan(0);
  });

  it('carries structure and line numbers on each hit', () => {
    const { db } = freshDb();
    insertTextDocument(db, TEXT);
    const [hit] = search(db, 'so noi vu').hits;
    expect(hit.path).toBe('mục I');
    expect(hit.lineStart).toBeGreaterThan(1);
    expect(hit.documentTitle).toBe('Đề án thử');
  });
});
