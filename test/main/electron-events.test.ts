/**
 * The Electron door forwards the core's events to its windows (against a stand-in `electron`):
 * only a window that shows the app's own page gets them, a destroyed one is skipped, and
 * stopping the forward stops them.
 */
import { describe, expect, it, vi } from 'vitest';
import { CoreEvents } from '../../main/core/events/emitter';
import type { CoreContext } from '../../main/core/context';
import { EVENTS_IPC_CHANNEL } from '../../shared/ipc/events';

const fake = vi.hoisted(() => {
  class FakeContents {
    sent: Array<[string, unknown]> = [];
    constructor(
      private readonly url: string,
      private readonly destroyed = false,
    ) {}
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
  }
  const windows: Array<{ webContents: FakeContents }> = [];
  const electron = { BrowserWindow: { getAllWindows: () => windows } };
  return { electron, windows, FakeContents };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { forwardEvents } = await import('../../main/electron/events');
const { appRootOf } = await import('../../main/electron/window');

describe('Electron door: pushed events', () => {
  it('sends each event to the app page only, until stopped', () => {
    const root = appRootOf('/opt/gop-y-hdnd/out/renderer');
    const app = new fake.FakeContents(`${root}/index.html#/doc/x`);
    const elsewhere = new fake.FakeContents('https://example.com/');
    const closed = new fake.FakeContents(`${root}/index.html`, true);
    fake.windows.push({ webContents: app }, { webContents: elsewhere }, { webContents: closed });
    const events = new CoreEvents();
    const stop = forwardEvents({ events } as CoreContext, root);
    events.emit('changed:agenda', {});
    expect(app.sent).toEqual([[EVENTS_IPC_CHANNEL, { name: 'changed:agenda', payload: {} }]]);
    expect(elsewhere.sent).toEqual([]);
    expect(closed.sent).toEqual([]);
    stop();
    events.emit('changed:agenda', {});
    expect(app.sent).toHaveLength(1);
    expect(events.listenerCount).toBe(0);
  });
});
