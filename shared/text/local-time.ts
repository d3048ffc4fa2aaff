/**
 * The app's wall clock for names and dates written into files: the council's time zone, the same
 * clock every time on screen uses (renderer/src/i18n/format), never UTC. A file exported at 08:30
 * in Quảng Ninh is named …-0830, not …-0130.
 */
export const APP_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: APP_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  for (const p of format.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** "2026-12-03" in the app's time zone. */
export function localDate(date: Date = new Date()): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "20261203-1642" (or "20261203-164205" with seconds) in the app's time zone, for file names. */
export function fileStamp(date: Date | string, withSeconds = false): string {
  const p = parts(typeof date === 'string' ? new Date(date) : date);
  return `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${withSeconds ? p.second : ''}`;
}

/** "17:05" and "04/12/2019" in the app's time zone: a time said in words (the catalogue's `time.at`). */
export function clockAndDay(date: Date | string): { time: string; date: string } {
  const p = parts(typeof date === 'string' ? new Date(date) : date);
  return { time: `${p.hour}:${p.minute}`, date: `${p.day}/${p.month}/${p.year}` };
}
