/**
 * Locks every window down in one place: no navigation away from the app, no new windows, no
 * permissions, no <webview>, a strict CSP on every response, and no request to the network.
 */
import type { BrowserWindow, Session } from 'electron';
import { posix } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/**
 * Only the app's own files may be loaded: the bundled renderer (file:) or devtools. The path is
 * compared after decoding and normalising, and an encoded separator, backslash or dot is refused
 * outright: `renderer/..%2F..%2Fetc%2Fpasswd` passes a prefix check on the raw path, and a loader
 * that decodes later would read /etc/passwd.
 */
export function isAppUrl(url: string, appRoot: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:') return true;
  return isAppPageUrl(url, appRoot);
}

/** A page of the app itself (file: under the renderer folder); devtools is not one. */
export function isAppPageUrl(url: string, appRoot: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const path = normalisedPath(parsed.pathname);
  const root = normalisedPath(new URL(appRoot.endsWith('/') ? appRoot : `${appRoot}/`).pathname);
  if (path === null || root === null) return false;
  return path.startsWith(root.endsWith('/') ? root : `${root}/`);
}

/** The decoded, normalised path, or null when it hides a separator or a dot behind an escape. */
function normalisedPath(pathname: string): string | null {
  if (/%(?:2f|5c|2e|00)/iu.test(pathname) || pathname.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return posix.normalize(decoded);
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
