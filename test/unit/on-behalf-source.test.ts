/** The source of a comment entered on a delegate's behalf, as stored and printed. */
import { describe, expect, it } from 'vitest';
import { onBehalfSource } from '../../shared/domain/office';

describe('onBehalfSource', () => {
  it('names the kind and the date in Vietnamese order', () => {
    expect(onBehalfSource('paper', '', '2026-12-04')).toBe('Phiếu góp ý giấy ngày 04/12/2026');
    expect(onBehalfSource('discussion', 'ignored', '2019-12-05')).toBe('Biên bản thảo luận Tổ ngày 05/12/2019');
  });
  it('takes the typed words for another source, NFC, and leaves out a missing date', () => {
    expect(onBehalfSource('other', '  Co\u0302ng văn số 12  ', '')).toBe('Công văn số 12');
    expect(onBehalfSource('other', 'Điện thoại', '2026-12-01')).toBe('Điện thoại ngày 01/12/2026');
  });
});
