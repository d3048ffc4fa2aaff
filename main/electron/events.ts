/**
 * Forwards the core's events to the app's windows (the preload hands them to `window.api.listen`).
 * Only a window that shows the app's own page gets them, like the IPC that answers only such a frame.
 */
import { BrowserWindow } from 'electron';
import { EVENTS_IPC_CHANNEL } from '../../shared/ipc/events';
import type { CoreContext } from '../core/context';
import { isAppPageUrl } from './security';

export function forwardEvents(ctx: CoreContext, appRoot: string): () => void {
  return ctx.events.onAny((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (contents.isDestroyed() || !isAppPageUrl(contents.getURL(), appRoot)) continue;
      contents.send(EVENTS_IPC_CHANNEL, event);
    }
  });
}
