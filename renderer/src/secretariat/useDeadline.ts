import { useTranslation } from 'react-i18next';
import { selectSession, useAgenda } from '../api/agenda';
import { selectLocale, useSettings } from '../api/settings';
import { deadlineParts, timeLeft, useNow, type DeadlineParts } from './deadline';

export interface DeadlineText {
  parts: DeadlineParts;
  /** "17:00 ngày 05/12/2019" */
  when: string;
  /** "còn 2 ngày 4 giờ" or "đã quá hạn". */
  left: string;
  past: boolean;
}

/** The session's comment deadline in words, refreshed while the screen is open; null when none is set. */
export function useDeadline(): DeadlineText | null {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const locale = useSettings(selectLocale);
  const now = useNow();
  const iso = session?.commentDeadline;
  if (!iso) return null;
  const parts = deadlineParts(iso, locale);
  const left = timeLeft(iso, now);
  if (!parts || !left) return null;
  let leftText: string;
  if (left.past) leftText = t('commentDeadline.past');
  else {
    const pieces =
      left.days > 0
        ? [
            t('commentDeadline.days', { count: left.days }),
            left.hours > 0 ? t('commentDeadline.hours', { count: left.hours }) : '',
          ]
        : left.hours > 0
          ? [
              t('commentDeadline.hours', { count: left.hours }),
              left.minutes > 0 ? t('commentDeadline.minutes', { count: left.minutes }) : '',
            ]
          : [t('commentDeadline.minutes', { count: left.minutes })];
    leftText = t('commentDeadline.left', { value: pieces.filter(Boolean).join(' ') });
  }
  return { parts, when: t('commentDeadline.when', { time: parts.time, date: parts.date }), left: leftText, past: left.past };
}
