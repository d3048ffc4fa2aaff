import { useEffect } from 'react';

export const SEARCH_INPUT_ID = 'search-input';

export function focusSearchField(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** Ctrl+F / Ctrl+K (Cmd on macOS) focus the search field instead of the browser's own find. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
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
