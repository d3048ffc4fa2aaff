/** The app's one window: locked down (security.ts) and showing the bundled renderer. */
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_NAME } from '../../shared/domain/app';
import { hardenSession, hardenWindow } from './security';

export interface WindowFiles {
  /** out/renderer: index.html and its assets. */
  rendererDir: string;
  /** out/preload/index.cjs. */
  preload: string;
  icon: string;
}

/** The file: URL every page, request and IPC sender must sit under. */
export const appRootOf = (rendererDir: string): string => pathToFileURL(rendererDir).href;

export function createWindow(files: WindowFiles): BrowserWindow {
  const appRoot = appRootOf(files.rendererDir);
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: APP_NAME,
    icon: files.icon,
    show: false,
    webPreferences: {
      preload: files.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click must not open anything, not even a denied window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenSession(window.webContents.session, appRoot);
  hardenWindow(window, appRoot);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(join(files.rendererDir, 'index.html'));
  return window;
}
