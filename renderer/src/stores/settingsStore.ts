/** User settings (language, text size), persisted in main through api.settingsSet. */
import { create } from 'zustand';
import type { Locale, Settings } from '../../../shared/domain/types';
import { api } from '../api/client';

export const FONT_SCALE_MIN = 0.75;
export const FONT_SCALE_MAX = 2;
export const FONT_SCALE_STEPS: readonly number[] = [0.75, 0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
  stepFontScale(direction: 1 | -1): Promise<void>;
  resetFontScale(): Promise<void>;
  dismissError(): void;
}

/** The next step up or down from `scale`, clamped to the allowed range. */
export function nextFontScale(scale: number, direction: 1 | -1): number {
  const steps = FONT_SCALE_STEPS;
  const next = direction > 0 ? steps.find((s) => s > scale + 1e-9) : [...steps].reverse().find((s) => s < scale - 1e-9);
  return Math.min(FONT_SCALE_MAX, Math.max(FONT_SCALE_MIN, next ?? scale));
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Applies a change at once, persists it, and rolls back with a message if main refuses it. */
  async function persist(patch: Partial<Settings>): Promise<void> {
    const before = get().settings;
    set({ settings: { ...before, ...patch }, error: null });
    const result = await api.settingsSet(patch);
    if (result.ok) set({ settings: result.value });
    else set({ settings: before, error: result.error.message });
  }

  return {
    settings: { locale: 'vi', fontScale: 1 },
    loaded: false,
    error: null,
    async load() {
      const result = await api.settingsGet();
      if (result.ok) set({ settings: result.value, loaded: true });
      else set({ loaded: true, error: result.error.message });
    },
    async setLocale(locale) {
      if (get().settings.locale !== locale) await persist({ locale });
    },
    async stepFontScale(direction) {
      const current = get().settings.fontScale;
      const fontScale = nextFontScale(current, direction);
      if (fontScale !== current) await persist({ fontScale });
    },
    async resetFontScale() {
      if (get().settings.fontScale !== 1) await persist({ fontScale: 1 });
    },
    dismissError() {
      set({ error: null });
    },
  };
});

export const selectLocale = (s: SettingsState): Locale => s.settings.locale;
export const selectFontScale = (s: SettingsState): number => s.settings.fontScale;
export const selectCanShrink = (s: SettingsState): boolean => s.settings.fontScale > FONT_SCALE_MIN + 1e-9;
export const selectCanGrow = (s: SettingsState): boolean => s.settings.fontScale < FONT_SCALE_MAX - 1e-9;
