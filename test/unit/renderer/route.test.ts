/** The hash router: parsing (hostile hashes included), round trips, and navigation with history. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Route } from '../../../renderer/src/routing/route';

/** Just enough of a browser window for the router: location.hash, history and events. */
class FakeWindow {
  location = { hash: '' };
  entries: string[] = [''];
  index = 0;
  events: string[] = [];
  private listeners = new Map<string, Set<() => void>>();
  history = {
    pushState: (_: unknown, __: string, hash: string) => {
      this.entries = [...this.entries.slice(0, this.index + 1), hash];
      this.index++;
      this.location.hash = hash;
    },
    replaceState: (_: unknown, __: string, hash: string) => {
      this.entries[this.index] = hash;
      this.location.hash = hash;
    },
  };
  addEventListener(type: string, fn: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn);
  }
  dispatchEvent(event: { type: string }) {
    this.events.push(event.type);
    this.listeners.get(event.type)?.forEach((fn) => fn());
    return true;
  }
  /** The user presses Back: the browser changes the hash and fires hashchange. */
  back() {
    this.index--;
    this.location.hash = this.entries[this.index];
    this.dispatchEvent({ type: 'hashchange' });
  }
}

let win: FakeWindow;
let router: typeof import('../../../renderer/src/routing/route');
beforeAll(async () => {
  win = new FakeWindow();
  (globalThis as { window?: unknown }).window = win;
  router = await import('../../../renderer/src/routing/route');
});
beforeEach(() => {
  win.location.hash = '';
  win.entries = [''];
  win.index = 0;
  win.events = [];
});

describe('parseHash', () => {
  it('reads every screen', () => {
    const { parseHash } = router;
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/doc/d-1')).toEqual({ name: 'doc', documentId: 'd-1', blockId: null });
    expect(parseHash('#/doc/d-1/b_7')).toEqual({ name: 'doc', documentId: 'd-1', blockId: 'b_7' });
    expect(parseHash('#/search/%C4%91%E1%BB%95i%20m%E1%BB%9Bi')).toEqual({ name: 'search', query: 'đổi mới' });
    for (const name of ['exchange', 'compile', 'settings', 'editor'] as const) expect(parseHash(`#/${name}`)).toEqual({ name });
  });

  it('falls back to the overview on anything it does not know, never throws', () => {
    const { parseHash } = router;
    for (const hash of [
      '#/doc/',
      '#/doc/../../etc/passwd',
      '#/doc/<script>',
      `#/doc/${'a'.repeat(101)}`,
      '#/search/%E0%A4%A', // a broken percent-encoding
      '#/search/',
      '#/settings/extra',
      '#/unknown',
      '#javascript:alert(1)',
    ])
      expect(parseHash(hash), hash).toEqual({ name: 'home' });
    // A bad block id keeps the document, drops the block.
    expect(parseHash('#/doc/d1/bad%20id')).toEqual({ name: 'doc', documentId: 'd1', blockId: null });
  });

  it('round-trips every route through its hash', () => {
    const { parseHash, routeToHash } = router;
    const routes: Route[] = [
      { name: 'home' },
      { name: 'doc', documentId: 'nq-2019', blockId: null },
      { name: 'doc', documentId: 'nq-2019', blockId: 'dieu-1' },
      { name: 'search', query: 'Sở Nội vụ / 50% #1?' },
      { name: 'exchange' },
      { name: 'compile' },
      { name: 'settings' },
      { name: 'editor' },
    ];
    for (const route of routes) expect(parseHash(routeToHash(route))).toEqual(route);
  });
});

describe('navigate', () => {
  it('pushes a history entry, tells subscribers, and marks the route as the app’s own', () => {
    const { navigate } = router;
    const routeEvents = () => win.events.filter((e) => e === 'gopy:route').length;
    navigate({ name: 'doc', documentId: 'd1', blockId: null });
    expect(win.location.hash).toBe('#/doc/d1');
    expect(win.entries).toEqual(['', '#/doc/d1']);
    expect(routeEvents()).toBe(1);
    navigate({ name: 'search', query: 'ngân sách' }, { replace: true });
    expect(win.entries).toEqual(['', `#/search/${encodeURIComponent('ngân sách')}`]);
    // Navigating to where we are adds no entry.
    navigate({ name: 'search', query: 'ngân sách' });
    expect(win.entries).toHaveLength(2);
    expect(routeEvents()).toBe(3);
  });

  it('remembers the last screen before a search, to return to when the search is cleared', () => {
    const { navigate, routeBeforeSearch } = router;
    navigate({ name: 'compile' });
    expect(routeBeforeSearch()).toEqual({ name: 'compile' });
    navigate({ name: 'search', query: 'a' });
    navigate({ name: 'search', query: 'ab' }, { replace: true });
    expect(routeBeforeSearch()).toEqual({ name: 'compile' });
    navigate({ name: 'settings' });
    expect(routeBeforeSearch()).toEqual({ name: 'settings' });
    win.back(); // back to the search
    expect(routeBeforeSearch()).toEqual({ name: 'settings' });
  });
});
