/**
 * Preload (sandboxed): exposes `window.api`, one named method per channel of the shared contract,
 * each bound to its own channel. The page never sees `ipcRenderer`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ApiMethod } from '../../shared/ipc/channels';
import type { Api } from '../../shared/ipc/contract';

const api = Object.fromEntries(
  (Object.keys(CHANNELS) as ApiMethod[]).map((method) => [
    method,
    (input?: unknown) => ipcRenderer.invoke(CHANNELS[method], input),
  ]),
) as Api;

contextBridge.exposeInMainWorld('api', api);
