/**
 * User settings (language, text size) as the query cache holds them (`settings:get`). A change
 * shows at once and is rolled back if main refuses it; another window's change arrives with the
 * `changed:settings` event, which carries the stored settings (no call).
 */
import { useQuery } from '@tanstack/react-query';
import type { Locale, Settings } from '../../../shared/domain/types';
import { api } from './client';
import { queryClient } from './queries';
import { settingsQuery } from './serverQueries';

export const FONT_SCALE_MIN = 0.75;
export const FONT_SCALE_MAX = 2;

/** What the screens use before main has answered. */
export const DEFAULT_SETTINGS: Settings = { locale: 'vi', fontScale: 1 };

export function useSettings<T>(select: (settings: Settings) => T): T {
  const { data } = useQuery({ ...settingsQuery(), select: (settings: Settings) => select(settings) });
  return data === undefined ? select(DEFAULT_SETTINGS) : data;
}

export const selectLocale = (s: Settings): Locale => s.locale;
export const selectFontScale = (s: Settings): number => s.fontScale;
export const selectCanShrink = (s: Settings): boolean => s.fontScale > FONT_SCALE_MIN + 1e-9;
export const selectCanGrow = (s: Settings): boolean => s.fontScale < FONT_SCALE_MAX - 1e-9;

export const cachedSettings = (): Settings => queryClient.getQueryData(settingsQuery().queryKey) ?? DEFAULT_SETTINGS;

export function loadSettings(): Promise<void> {
  return queryClient.prefetchQuery(settingsQuery());
}

/** Settings main stored (this window's write, or another's from the event). */
export function applySettings(settings: Settings): void {
  queryClient.setQueryData(settingsQuery().queryKey, settings);
}

/** Applies a change at once and persists it; rolls back and answers main's message if refused. */
export async function saveSettings(patch: Partial<Settings>): Promise<string | null> {
  const key = settingsQuery().queryKey;
  const before = queryClient.getQueryData(key);
  // A read on its way must not overwrite the change; the change shows in this same tick.
  void queryClient.cancelQueries({ queryKey: key });
  queryClient.setQueryData(key, { ...(before ?? DEFAULT_SETTINGS), ...patch });
  const result = await api.settingsSet(patch);
  if (result.ok) {
    applySettings(result.value);
    return null;
  }
  if (before) queryClient.setQueryData(key, before);
  else queryClient.removeQueries({ queryKey: key });
  return result.error.message;
}
