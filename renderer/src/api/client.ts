/**
 * The renderer's only way to main: `window.api`. In Electron the preload provides it over IPC; in a
 * browser served by `npm run start:web` the same named object is built here over fetch to the
 * loopback server, with the per-run token taken from the page's URL. `listen(event, cb)` receives
 * what main pushes (shared/ipc/events.ts): IPC in Electron, Server-Sent Events on the web door.
 */
import { CHANNELS, type ApiMethod } from '../../../shared/ipc/channels';
import type { Api } from '../../../shared/ipc/contract';
import { fail, type Envelope } from '../../../shared/ipc/envelope';
import { EVENT_NAMES, type EventName, type EventsApi } from '../../../shared/ipc/events';
import type { Lang } from '../../../shared/messages/types';
import { msg } from '../../../shared/messages/types';
import i18n from '../i18n';
import { localizeEnvelope } from './localize';

/** What the renderer talks to: the contract's calls and the pushed events. */
export type AppApi = Api & EventsApi;

declare global {
  interface Window {
    api?: AppApi;
  }
}

const TOKEN_KEY = 'gopy-token';
/** Browsers cap keepalive bodies at 64 KiB; a character may take up to 3 bytes in UTF-8. */
const KEEPALIVE_MAX_CHARS = 20_000;

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * One EventSource for the tab, opened on the first `listen`; the browser reconnects it by itself
 * (the server sends `retry:`). Each event's data is JSON.
 */
function sseListen(token: string): EventsApi['listen'] {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const open = (): EventSource => {
    const created = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      created.addEventListener(name, (message) => {
        let payload: unknown;
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload as never);
      });
    }
    return created;
  };
  return (name, listener) => {
    source ??= open();
    const set = listeners.get(name) ?? new Set();
    set.add(listener as (payload: never) => void);
    listeners.set(name, set);
    return () => void set.delete(listener as (payload: never) => void);
  };
}

function createHttpApi(): AppApi {
  const token = takeToken();
  const entries = (Object.keys(CHANNELS) as ApiMethod[]).map((method) => [
    method,
    async (input?: unknown) => {
      try {
        const body = input === undefined ? '' : JSON.stringify(input);
        const response = await fetch(`/api/${CHANNELS[method]}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-gopy-token': token },
          body,
          // A draft saved while the page closes must still arrive; browsers allow this for small bodies.
          keepalive: body.length < KEEPALIVE_MAX_CHARS,
        });
        return await response.json();
      } catch {
        return fail('internal', msg('ipc.no_main'));
      }
    },
  ]);
  return { ...(Object.fromEntries(entries) as Api), listen: sseListen(token) };
}

/** The web door (npm run start:web), where the app's exports are written into the data folder. */
export const isWebDoor = !window.api;

/** Every method of `raw`, its errors in the UI's language (the Vietnamese text stays in main's logs). */
function withLocalizedErrors<T extends Api>(raw: T): T {
  const lang = (): Lang => (i18n.language === 'en' ? 'en' : 'vi');
  const entries = (Object.keys(CHANNELS) as ApiMethod[]).map((method) => {
    const call = raw[method] as (input?: unknown) => Promise<Envelope<unknown>>;
    return [method, async (input?: unknown) => localizeEnvelope(await call(input), lang())];
  });
  return { ...raw, ...Object.fromEntries(entries) } as T;
}

export const api: AppApi = withLocalizedErrors(window.api ?? createHttpApi());

/**
 * On the web door, a link that downloads a file the app just wrote (main/web/server.ts
 * /download/, token-checked); null in the desktop app, where the file is where the user chose.
 */
export function downloadUrl(path: string): string | null {
  if (!isWebDoor) return null;
  const name = path.split(/[\\/]/u).pop() ?? '';
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return name ? `/download/${encodeURIComponent(name)}?token=${encodeURIComponent(token)}` : null;
}
