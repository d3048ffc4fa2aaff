import { useEffect } from 'react';

/**
 * Keeps the element matching `selector` visible inside its scrolling pane (not the window), e.g.
 * the open document's entry in the agenda column after arriving from a search result.
 */
export function useRevealInPane(paneSelector: string, selector: string | null): void {
  useEffect(() => {
    if (!selector) return;
    const pane = document.querySelector<HTMLElement>(paneSelector);
    const element = pane?.querySelector<HTMLElement>(selector);
    if (!pane || !element) return;
    const paneBox = pane.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.top < paneBox.top || box.bottom > paneBox.bottom) {
      pane.scrollTop += box.top - paneBox.top - paneBox.height / 3;
    }
  }, [paneSelector, selector]);
}
