/**
 * Locks every window down in one place: no navigation away from the app, no new windows, no
 * permissions, no <webview>, a strict CSP on every response, and no request to the network.
 */
import type { BrowserWindow, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** Only the app's own files may be loaded: the bundled renderer (file:) or devtools. */
export function isAppUrl(url: string, appRoot: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:') return true;
  if (parsed.protocol !== 'file:') return false;
  if (parsed.host !== '') return false;
  const root = new URL(appRoot.endsWith('/') ? appRoot : `${appRoot}/`);
  return decodeURIComponent(parsed.pathname).startsWith(decodeURIComponent(root.pathname));
}

export function hardenSession(session: Session, appRoot: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url, appRoot) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
}

export function hardenWindow(window: BrowserWindow, appRoot: string): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appRoot)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
