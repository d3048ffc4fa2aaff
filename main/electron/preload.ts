/**
 * Preload (sandboxed): exposes `window.api`, one named method per channel of the shared contract,
 * each bound to its own channel, and `listen(event, cb)` for what main pushes (shared/ipc/events.ts).
 * The page never sees `ipcRenderer`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type ApiMethod } from '../../shared/ipc/channels';
import type { Api } from '../../shared/ipc/contract';
import { EVENTS_IPC_CHANNEL, isEventName, type EventsApi, type WireEvent } from '../../shared/ipc/events';

const methods = Object.fromEntries(
  (Object.keys(CHANNELS) as ApiMethod[]).map((method) => [
    method,
    (input?: unknown) => ipcRenderer.invoke(CHANNELS[method], input),
  ]),
) as Api;

const listen: EventsApi['listen'] = (name, listener) => {
  const onEvent = (_event: IpcRendererEvent, wire: WireEvent) => {
    if (isEventName(wire?.name) && wire.name === name) listener(wire.payload as never);
  };
  ipcRenderer.on(EVENTS_IPC_CHANNEL, onEvent);
  return () => void ipcRenderer.removeListener(EVENTS_IPC_CHANNEL, onEvent);
};

contextBridge.exposeInMainWorld('api', { ...methods, listen } satisfies Api & EventsApi);
