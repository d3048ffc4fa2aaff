/**
 * The settings' actions and what the screen holds about them: the message of a change main
 * refused. The settings themselves live in the query cache (api/settings.ts).
 */
import { create } from 'zustand';
import type { Locale, Settings } from '../../../shared/domain/types';
import { cachedSettings, FONT_SCALE_MAX, FONT_SCALE_MIN, saveSettings } from '../api/settings';

export { FONT_SCALE_MAX, FONT_SCALE_MIN };
export const FONT_SCALE_STEPS: readonly number[] = [0.75, 0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];

export interface SettingsUiState {
  error: string | null;
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

export const useSettingsStore = create<SettingsUiState>()((set) => {
  async function persist(patch: Partial<Settings>): Promise<void> {
    set({ error: null });
    const error = await saveSettings(patch);
    if (error) set({ error });
  }

  return {
    error: null,
    async setLocale(locale) {
      if (cachedSettings().locale !== locale) await persist({ locale });
    },
    async stepFontScale(direction) {
      const current = cachedSettings().fontScale;
      const fontScale = nextFontScale(current, direction);
      if (fontScale !== current) await persist({ fontScale });
    },
    async resetFontScale() {
      if (cachedSettings().fontScale !== 1) await persist({ fontScale: 1 });
    },
    dismissError() {
      set({ error: null });
    },
  };
});
