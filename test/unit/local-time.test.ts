import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/messages/format';
import { clockAndDay, fileStamp, localDate } from '../../shared/text/local-time';

describe('file names on the council clock', () => {
  it('stamps in Vietnam time, not UTC', () => {
    // 01:30 UTC is 08:30 in Quảng Ninh; 20:00 UTC is already the next day there.
    expect(fileStamp('2026-12-03T01:30:00.000Z')).toBe('20261203-0830');
    expect(fileStamp(new Date('2026-12-03T20:05:09.000Z'), true)).toBe('20261204-030509');
    expect(localDate(new Date('2026-12-03T20:05:09.000Z'))).toBe('2026-12-04');
  });

  it('says a time in words in either language, on the same clock', () => {
    const at = clockAndDay('2026-12-03T20:05:09.000Z');
    expect(at).toEqual({ time: '03:05', date: '04/12/2026' });
    expect(formatMessage('vi', 'time.at', at)).toBe('03:05 ngày 04/12/2026');
    expect(formatMessage('en', 'time.at', at)).toBe('03:05 on 04/12/2026');
  });
});
