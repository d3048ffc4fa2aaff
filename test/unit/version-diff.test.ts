import { describe, expect, it } from 'vitest';
import { diffBlocks, mapOffset, wordDiff } from '../../shared/text/version-diff';

describe('version diff', () => {
  const before = [
    'Điều 1. Phạm vi',
    'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.',
    'Đoạn sẽ bị xóa hoàn toàn khỏi bản mới.',
    'Điều 2. Hiệu lực',
  ];
  const after = [
    'Điều 1. Phạm vi',
    'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ tỉnh Quảng Ninh.',
    'Điều 2. Hiệu lực',
    'Điều 3. Tổ chức thực hiện',
  ];

  it('marks same, changed (with words), removed and added blocks', () => {
    const changes = diffBlocks(before, after);
    expect(changes.map((c) => c.op)).toEqual(['same', 'changed', 'removed', 'same', 'added']);
    const changed = changes[1] as Extract<(typeof changes)[number], { op: 'changed' }>;
    expect(changed.words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['tỉnh Quảng Ninh']);
  });

  it('maps offsets through an edit', () => {
    const a = 'Sở Nội vụ thực hiện nhiệm vụ.';
    const b = 'Cơ quan Tổ chức - Nội vụ thực hiện nhiệm vụ.';
    const parts = wordDiff(a, b);
    const start = a.indexOf('thực hiện');
    expect(b.slice(mapOffset(parts, start), mapOffset(parts, start + 'thực hiện'.length))).toBe('thực hiện');
  });
});
