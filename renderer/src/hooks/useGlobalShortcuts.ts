import { useEffect } from 'react';
import { useSettingsStore } from '../stores/settingsStore';

export const SEARCH_INPUT_ID = 'search-input';

export function focusSearchField(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** Text size keys: Ctrl+= (or Ctrl++) larger, Ctrl+− smaller, Ctrl+0 back to 100 %. */
function textSizeKey(event: KeyboardEvent): boolean {
  const settings = useSettingsStore.getState();
  if (event.key === '=' || event.key === '+') void settings.stepFontScale(1);
  else if (event.key === '-' || event.key === '−') void settings.stepFontScale(-1);
  else if (event.key === '0') void settings.resetFontScale();
  else return false;
  return true;
}

/**
 * Ctrl+F / Ctrl+K (Cmd on macOS) focus the search field instead of the browser's own find;
 * Ctrl+= / Ctrl+− / Ctrl+0 change the app's text size instead of the browser's zoom.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (textSizeKey(event)) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k' || key === 'f') {
        event.preventDefault();
        focusSearchField();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
