/**
 * The compiled view's translate function and locale, given once by CompileView to every card below.
 * useTranslation copies the whole i18next instance for each component that mounts it, and a
 * settings-store subscription runs on every store change: at hundreds of comment cards per screen
 * (and more at each scroll) both cost more than drawing the cards. A context read costs nothing.
 */
import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STANCES, type Stance } from '../../../shared/domain/comments';
import type { Locale } from '../../../shared/domain/types';
import { selectLocale, useSettings } from '../api/settings';

export interface CompileText {
  t: TFunction;
  locale: Locale;
  /** "Tán thành", "Không tán thành", "Ý kiến khác": looked up once, shown on every card. */
  stanceName: Readonly<Record<Stance, string>>;
  /** t(key) for a text without values, looked up once per key (each card shows several). */
  label(key: string): string;
}

export const CompileTextContext = createContext<CompileText | null>(null);

/** For CompileView: the value to provide (a new one only when the language changes). */
export function useCompileTextValue(): CompileText {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  return useMemo(() => {
    const stanceName = Object.fromEntries(STANCES.map((s) => [s, t(`compile.stance.${s}`)])) as Record<Stance, string>;
    const labels = new Map<string, string>();
    const label = (key: string): string => {
      let text = labels.get(key);
      if (text === undefined) labels.set(key, (text = t(key)));
      return text;
    };
    return { t, locale, stanceName, label };
  }, [t, locale]);
}

/** For the cards: the translate function and locale CompileView provides. */
export function useCompileText(): CompileText {
  const value = useContext(CompileTextContext);
  if (!value) throw new Error('useCompileText outside CompileView');
  return value;
}
