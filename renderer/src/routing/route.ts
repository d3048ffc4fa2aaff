/**
 * Hash routes, so a reload keeps the reader's place:
 *   #/                        the session overview
 *   #/doc/<documentId>[/<blockId>]   the reader, optionally at a block
 *   #/search/<query>          search results
 *   #/exchange                file exchange (packages in and out)
 *   #/compile                 the compiled comments (secretariat)
 *   #/settings                settings (role, backups)
 *   #/editor                  the dossier editor (secretariat)
 *   #/revised/<documentId>    a document's revised draft (secretariat)
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'doc'; documentId: string; blockId: string | null }
  | { name: 'search'; query: string }
  | { name: 'exchange' }
  | { name: 'compile' }
  | { name: 'settings' }
  | { name: 'editor' }
  | { name: 'revised'; documentId: string };

/** Screens with a fixed hash and no parameters. */
const SIMPLE_ROUTES = ['exchange', 'compile', 'settings', 'editor'] as const;

/** A route as the app sees it: `fromApp` when the app navigated itself, false for reload/back/forward. */
export type CurrentRoute = Route & { fromApp: boolean };

const ID = /^[A-Za-z0-9_-]{1,100}$/u;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/u, '');
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts[0] === 'doc' && parts[1] && ID.test(parts[1])) {
    const blockId = parts[2] && ID.test(parts[2]) ? parts[2] : null;
    return { name: 'doc', documentId: parts[1], blockId };
  }
  if (parts[0] === 'revised' && parts.length === 2 && ID.test(parts[1])) return { name: 'revised', documentId: parts[1] };
  const simple = SIMPLE_ROUTES.find((name) => parts.length === 1 && parts[0] === name);
  if (simple) return { name: simple };
  const search = /^\/?search\/(.+)$/u.exec(path);
  if (search) {
    const query = decode(search[1]);
    if (query) return { name: 'search', query };
  }
  return { name: 'home' };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'doc':
      return route.blockId ? `#/doc/${route.documentId}/${route.blockId}` : `#/doc/${route.documentId}`;
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`;
    case 'revised':
      return `#/revised/${route.documentId}`;
    case 'exchange':
    case 'compile':
    case 'settings':
    case 'editor':
      return `#/${route.name}`;
    default:
      return assertNever(route);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected route: ${JSON.stringify(value)}`);
}

const ROUTE_EVENT = 'gopy:route';
let cachedHash: string | null = null;
let cachedRoute: CurrentRoute = { name: 'home', fromApp: false };
let nextFromApp = false;
/** The last route that was not a search, to return to when a search is cleared. */
let lastNonSearch: Route = { name: 'home' };

function currentRoute(): CurrentRoute {
  const hash = window.location.hash;
  if (hash !== cachedHash) {
    cachedHash = hash;
    const route = parseHash(hash);
    cachedRoute = { ...route, fromApp: nextFromApp };
    if (route.name !== 'search') lastNonSearch = route;
  }
  nextFromApp = false;
  return cachedRoute;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(ROUTE_EVENT, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(ROUTE_EVENT, onChange);
  };
}

export function useRoute(): CurrentRoute {
  return useSyncExternalStore(subscribe, currentRoute);
}

/** Goes to a route. `replace` rewrites the current history entry (typing in search, TOC jumps). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeToHash(route);
  if (hash !== window.location.hash) {
    currentRoute();
    nextFromApp = true;
    if (options.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
  }
  window.dispatchEvent(new Event(ROUTE_EVENT));
}

/** Where to go back to when a search is cleared. */
export function routeBeforeSearch(): Route {
  currentRoute();
  return lastNonSearch;
}

export const hrefFor = routeToHash;
