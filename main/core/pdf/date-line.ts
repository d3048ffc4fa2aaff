/**
 * The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * "Quảng Ninh, ngày 05 tháng 12 năm 2019". Days below 10 and the months 1 and 2 take a leading
 * zero; the other months do not ("tháng 3", "tháng 12").
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/u;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Reads the date part of an ISO date or date-time string; throws on anything else. */
export function parseIsoDate(iso: string): CalendarDate {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD).`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`Ngày không có thật: "${iso}".`);
  }
  return { year, month, day };
}

/** "ngày 05 tháng 12 năm 2019". */
export function formatVietnameseDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Quảng Ninh, ngày 05 tháng 12 năm 2019". */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place.normalize('NFC').trim()}, ${formatVietnameseDate(iso)}`;
}
