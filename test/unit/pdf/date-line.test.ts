import { describe, expect, it } from 'vitest';
import { formatPlaceDate, formatVietnameseDate, parseIsoDate } from '../../../main/core/pdf/date-line';

describe('the place-and-date line (Nghị định 30/2020/NĐ-CP)', () => {
  it('writes the sample session date as the decree shows it', () => {
    expect(formatPlaceDate('Quảng Ninh', '2019-12-05')).toBe('Quảng Ninh, ngày 05 tháng 12 năm 2019');
  });

  it('puts a leading zero on days below 10 only', () => {
    expect(formatVietnameseDate('2019-12-01')).toBe('ngày 01 tháng 12 năm 2019');
    expect(formatVietnameseDate('2019-12-09')).toBe('ngày 09 tháng 12 năm 2019');
    expect(formatVietnameseDate('2019-12-10')).toBe('ngày 10 tháng 12 năm 2019');
    expect(formatVietnameseDate('2019-12-31')).toBe('ngày 31 tháng 12 năm 2019');
  });

  it('puts a leading zero on the months 1 and 2 only', () => {
    expect(formatVietnameseDate('2020-01-15')).toBe('ngày 15 tháng 01 năm 2020');
    expect(formatVietnameseDate('2020-02-29')).toBe('ngày 29 tháng 02 năm 2020');
    expect(formatVietnameseDate('2020-03-02')).toBe('ngày 02 tháng 3 năm 2020');
    expect(formatVietnameseDate('2020-09-30')).toBe('ngày 30 tháng 9 năm 2020');
    expect(formatVietnameseDate('2020-10-04')).toBe('ngày 04 tháng 10 năm 2020');
    expect(formatVietnameseDate('2020-11-20')).toBe('ngày 20 tháng 11 năm 2020');
  });

  it('takes the date part of a date-time and gives NFC text', () => {
    const line = formatPlaceDate('Quảng Ninh'.normalize('NFD'), '2019-12-05T17:00:00+07:00');
    expect(line).toBe('Quảng Ninh, ngày 05 tháng 12 năm 2019');
    expect(line).toBe(line.normalize('NFC'));
  });

  it('refuses what is not a real date', () => {
    expect(() => parseIsoDate('05/12/2019')).toThrow(/không hợp lệ/u);
    expect(() => parseIsoDate('2019-02-30')).toThrow(/không có thật/u);
    expect(() => parseIsoDate('2019-13-01')).toThrow(/không có thật/u);
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });
});
