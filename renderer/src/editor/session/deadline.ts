/**
 * The comment deadline is one instant with an offset; the form shows it as a date and a time in
 * Vietnam's time (UTC+7, no daylight saving), and sends it back written with +07:00.
 */

// Built on first use: a formatter with a time zone loads ICU's zone data (~100 ms), which must not
// hold up the start of the page that merely imports this module.
let wall: Intl.DateTimeFormat | null = null;
const WALL = (): Intl.DateTimeFormat =>
  (wall ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

export interface DeadlineParts {
  date: string;
  time: string;
}

export function splitDeadline(iso: string | null): DeadlineParts {
  if (!iso) return { date: '', time: '' };
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const parts = Object.fromEntries(
    WALL()
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Default hour when only the day is given: end of the working day. */
export const DEFAULT_DEADLINE_TIME = '17:00';

/** The ISO value to send, null for "no deadline", or 'incomplete' when a time has no day. */
export function joinDeadline({ date, time }: DeadlineParts): string | null | 'incomplete' {
  if (!date) return time ? 'incomplete' : null;
  return `${date}T${time || DEFAULT_DEADLINE_TIME}:00+07:00`;
}
