/**
 * Serves every channel of the contract over IPC. Each call is checked for where it comes from: only
 * a frame showing the app's own page (file: under the renderer folder) is answered; any other
 * sender (a page that got navigated elsewhere, a subframe, devtools) gets `unauthorized` and reaches
 * no handler.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_LIST } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/envelope';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { isAppPageUrl } from './security';
import { msg } from '../../shared/messages/types';

export function isFromApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appRoot: string): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppPageUrl(url, appRoot);
}

export function registerIpc(ctx: CoreContext, appRoot: string): void {
  for (const channel of CHANNEL_LIST) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      isFromApp(event, appRoot) ? dispatch(ctx, channel, payload) : fail('unauthorized', msg('ipc.not_from_window')),
    );
  }
}
