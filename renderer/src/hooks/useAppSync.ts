/**
 * Effects that tie the stores to the page: first load, language (i18next, <html lang>), text size
 * (a CSS variable), and the current route (which document is open, where to go in it).
 */
import { useEffect, useLayoutEffect } from 'react';
import i18n from '../i18n';
import { useDocumentStore } from '../stores/documentStore';
import { useSearchStore } from '../stores/searchStore';
import { loadSettings, selectFontScale, selectLocale, useSettings } from '../api/settings';
import type { CurrentRoute } from '../routing/route';

export function useInitialLoad(): void {
  useEffect(() => {
    void loadSettings();
  }, []);
}

export function useLocaleSync(): void {
  const locale = useSettings(selectLocale);
  useEffect(() => {
    void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [locale]);
}

/** Above this text size the header packs tighter (header.css). */
const LARGE_TEXT = 1.25;

export function useFontScale(): void {
  const scale = useSettings(selectFontScale);
  // Before paint and before the layout reads the new sizes (useLayoutFit).
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--font-scale', String(scale));
    document.documentElement.dataset.textSize = scale > LARGE_TEXT ? 'large' : 'normal';
  }, [scale]);
}

/** Opens the routed document; on reload or back/forward, goes to the routed block or query. */
export function useRouteSync(route: CurrentRoute): void {
  useEffect(() => {
    if (route.name === 'doc') {
      const documents = useDocumentStore.getState();
      void documents.open(route.documentId);
      if (!route.fromApp && route.blockId) documents.requestFocus(route.documentId, route.blockId);
    } else if (route.name === 'search') {
      const search = useSearchStore.getState();
      if (search.query !== route.query) search.setQuery(route.query, { immediate: true });
    }
  }, [route]);
}

/** The browser tab's title follows what is shown. */
export function useDocumentTitle(parts: ReadonlyArray<string | null | undefined>): void {
  const title = parts.filter((p): p is string => Boolean(p)).join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Publishes the header's height as --header-height, for sticky columns and scroll margins. */
export function useHeaderHeight(selector: string): void {
  useEffect(() => {
    const header = document.querySelector(selector);
    if (!header) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--header-height', `${header.getBoundingClientRect().height}px`);
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, [selector]);
}
