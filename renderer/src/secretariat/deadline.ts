/** The comment deadline (hạn gửi góp ý): its wall-clock parts in Việt Nam time, and the time left. */
import { useEffect, useState } from 'react';
import type { Locale } from '../../../shared/domain/types';
import { INTL_LOCALE } from '../i18n';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface DeadlineParts {
  /** "17:00" */
  time: string;
  /** "05/12/2019" */
  date: string;
}

/** Formatters with a time zone are costly to build (ICU zone data): one pair per locale, built once. */
const formatters = new Map<Locale, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

function formattersOf(locale: Locale): { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat } {
  let pair = formatters.get(locale);
  if (!pair) {
    const intl = INTL_LOCALE[locale];
    pair = {
      time: new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }),
      date: new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }),
    };
    formatters.set(locale, pair);
  }
  return pair;
}

export function deadlineParts(iso: string, locale: Locale): DeadlineParts | null {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return null;
  const { time, date } = formattersOf(locale);
  return { time: time.format(when), date: date.format(when) };
}

export type TimeLeft = { past: true } | { past: false; days: number; hours: number; minutes: number };

export function timeLeft(iso: string, nowMs: number): TimeLeft | null {
  const end = Date.parse(iso);
  if (Number.isNaN(end)) return null;
  const ms = end - nowMs;
  if (ms <= 0) return { past: true };
  const minutesTotal = Math.ceil(ms / 60_000);
  return {
    past: false,
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}

/** The current time, refreshed every `everyMs` (a minute by default), for countdowns. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
