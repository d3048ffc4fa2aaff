/** Dates and numbers through Intl, in the UI's locale. ISO dates (YYYY-MM-DD) are read as calendar days. */
import type { Locale } from '../../../shared/domain/types';
import { INTL_LOCALE } from './index';

function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** "Thứ Sáu, 06/12/2019" / "Friday, 06/12/2019". */
export function formatDayHeading(iso: string, locale: Locale): string {
  const day = parseDay(iso);
  if (!day) return iso;
  return dateFormat(locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(day);
}

/** "06/12/2019". */
export function formatDate(iso: string, locale: Locale): string {
  const day = parseDay(iso);
  return day ? dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(day) : iso;
}

interface DayParts {
  day: string;
  month: string;
  year: string;
}

function numericParts(date: Date, locale: Locale): DayParts {
  const parts = dateFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year') };
}

/** A span of days written compactly: "6–7/12/2019", "30/11–2/12/2019", or a single day "6/12/2019". */
export function formatDayRange(startIso: string, endIso: string, locale: Locale): string {
  const start = parseDay(startIso);
  const end = parseDay(endIso);
  if (!start || !end) return `${startIso}–${endIso}`;
  const a = numericParts(start, locale);
  const b = numericParts(end, locale);
  if (a.year !== b.year) return `${a.day}/${a.month}/${a.year}–${b.day}/${b.month}/${b.year}`;
  if (a.month !== b.month) return `${a.day}/${a.month}–${b.day}/${b.month}/${b.year}`;
  if (a.day !== b.day) return `${a.day}–${b.day}/${b.month}/${b.year}`;
  return `${a.day}/${a.month}/${a.year}`;
}

/** A date and time with its own offset, shown in local wall time: "17:00, 05/12/2019". */
/** One formatter per locale: building one with a time zone costs milliseconds (ICU zone data). */
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/** One number formatter per locale: the compiled view formats thousands of counts per screen. */
const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
