/**
 * The Electron door, which cannot be launched here, against a stand-in `electron` module: the
 * window's options, the navigation, window-open and permission handlers, the IPC registration's
 * sender check and the OS file-open path (through dispatch, so the contract's checks apply).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_LIST, CHANNELS } from '../../shared/ipc/channels';
import { PACKAGE_LIMITS } from '../../shared/ipc/limits';
import { delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';
import { tempDir } from '../support/temp';
import { dispatch } from '../../main/core/dispatch';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const ipcHandlers = new Map<string, Listener>();
  const messages: string[] = [];
  class FakeSession {
    permissionRequest: Listener | null = null;
    permissionCheck: Listener | null = null;
    beforeRequest: Listener | null = null;
    headersReceived: Listener | null = null;
    setPermissionRequestHandler(fn: Listener) {
      this.permissionRequest = fn;
    }
    setPermissionCheckHandler(fn: Listener) {
      this.permissionCheck = fn;
    }
    webRequest = {
      onBeforeRequest: (fn: Listener) => void (this.beforeRequest = fn),
      onHeadersReceived: (fn: Listener) => void (this.headersReceived = fn),
    };
  }
  class FakeWebContents {
    session = new FakeSession();
    events = new Map<string, Listener>();
    windowOpen: Listener | null = null;
    reloaded = 0;
    on(event: string, fn: Listener) {
      this.events.set(event, fn);
      return this;
    }
    setWindowOpenHandler(fn: Listener) {
      this.windowOpen = fn;
    }
    reload() {
      this.reloaded++;
    }
  }
  class BrowserWindow {
    static last: BrowserWindow | null = null;
    webContents = new FakeWebContents();
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      BrowserWindow.last = this;
    }
    once() {
      return this;
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
  }
  const electron = {
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => void ipcHandlers.set(channel, fn) },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        const options = args[args.length - 1] as { message: string };
        messages.push(options.message);
        return { response: 0 };
      },
    },
  };
  return { electron, ipcHandlers, messages, BrowserWindow };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { createWindow, appRootOf } = await import('../../main/electron/window');
const { registerIpc } = await import('../../main/electron/ipc');
const { openPackageFiles } = await import('../../main/electron/open-files');
const { isAppUrl } = await import('../../main/electron/security');

const RENDERER = '/opt/gop-y-hdnd/out/renderer';
const ROOT = appRootOf(RENDERER);

function openedWindow() {
  createWindow({ rendererDir: RENDERER, preload: '/opt/gop-y-hdnd/out/preload/index.cjs', icon: '/x/icon.png' });
  const window = fake.BrowserWindow.last;
  if (!window) throw new Error('no window');
  return window;
}

describe('Electron window', () => {
  it('is sandboxed, isolated, without Node, and loads the bundled page', () => {
    const window = openedWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/opt/gop-y-hdnd/out/preload/index.cjs',
    });
    expect(window.loaded).toBe(join(RENDERER, 'index.html'));
  });

  it('denies new windows, navigation away, webviews and every permission', () => {
    const contents = openedWindow().webContents;
    expect(contents.windowOpen?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: `${ROOT}/index.html` })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const [url, blocked] of [
        ['https://example.com/', true],
        [`${ROOT}/..%2F..%2Fetc%2Fpasswd`, true],
        [`${ROOT}/index.html#/document/x`, false],
      ] as const) {
        const preventDefault = vi.fn();
        contents.events.get(event)?.({ preventDefault }, url);
        expect(preventDefault, `${event} ${url}`).toHaveBeenCalledTimes(blocked ? 1 : 0);
      }
    }
    const attach = vi.fn();
    contents.events.get('will-attach-webview')?.({ preventDefault: attach });
    expect(attach).toHaveBeenCalledTimes(1);

    const session = contents.session;
    const answer = vi.fn();
    session.permissionRequest?.({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(session.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('cancels every request outside the app and puts the CSP on every response', () => {
    const session = openedWindow().webContents.session;
    for (const [url, cancel] of [
      ['https://example.com/x.js', true],
      ['http://127.0.0.1:8080/', true],
      [`${ROOT}/assets/index.js`, false],
      [`${ROOT}/%2e%2e/%2e%2e/secret`, true],
    ] as const) {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      expect(callback, url).toHaveBeenCalledWith({ cancel });
    }
    const callback = vi.fn();
    session.headersReceived?.({ responseHeaders: { 'X-A': ['1'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['X-A']).toEqual(['1']);
    expect(headers['Content-Security-Policy'][0]).toContain("default-src 'none'");
  });
});

describe('isAppUrl on encoded paths', () => {
  it.each([
    [`${ROOT}/index.html`, true],
    [`${ROOT}/assets/a%20b.js`, true],
    [`${ROOT}/th%C6%B0-m%E1%BB%A5c/a.js`, true],
    [`${ROOT}/..%2F..%2Fetc%2Fpasswd`, false],
    [`${ROOT}/..%2f..%2fetc%2fpasswd`, false],
    [`${ROOT}/%2e%2e/%2e%2e/etc/passwd`, false],
    [`${ROOT}/%2E%2E%2F%2E%2E%2Fetc/passwd`, false],
    [`${ROOT}/..%5C..%5Cwindows`, false],
    [`${ROOT}/../../etc/passwd`, false],
    [`${ROOT}/a%00.js`, false],
    [`${ROOT}-evil/index.html`, false],
    [`${ROOT}/%E0%A4%A`, false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAppUrl(url, ROOT)).toBe(allowed);
  });
});

describe('IPC registration', () => {
  beforeEach(() => fake.ipcHandlers.clear());

  it('serves every channel, and only to a frame showing the app page', async () => {
    const ctx = openInstallation();
    registerIpc(ctx, ROOT);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_LIST].sort());
    const agenda = fake.ipcHandlers.get(CHANNELS.agendaGet)!;
    const fromApp = (await agenda({ senderFrame: { url: `${ROOT}/index.html#/` } }, undefined)) as { ok: boolean };
    expect(fromApp.ok).toBe(true);
    for (const senderFrame of [
      { url: 'https://example.com/' },
      { url: 'devtools://devtools/bundled/inspector.html' },
      { url: `${ROOT}/..%2F..%2Fetc%2Fpasswd` },
      { url: 'file:///tmp/evil.html' },
      null,
    ]) {
      const result = (await agenda({ senderFrame }, undefined)) as { ok: boolean; error?: { code: string } };
      expect(result, JSON.stringify(senderFrame)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    ctx.close();
  });
});

describe('files opened from the OS', () => {
  beforeEach(() => void fake.messages.splice(0));

  it('imports a comment package through dispatch and reloads the window', async () => {
    const delegate = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Cần làm rõ lộ trình.']);
    const file = await exportCommentsFile(delegate);
    delegate.close();
    const path = join(tempDir(), file.name);
    writeFileSync(path, file.data);
    const secretariat = openInstallation();
    const window = openedWindow();
    await openPackageFiles(secretariat, [path], window as never);
    expect(fake.messages).toEqual([`${file.name}: đã nhập.`]);
    expect(window.webContents.reloaded).toBe(1);
    const count = secretariat.db.prepare('SELECT count(*) FROM comments').pluck().get();
    expect(count).toBe(1);
    secretariat.close();
  });

  it('refuses a file over the size limit before reading it, and one that is not there, each by name', async () => {
    const ctx = openInstallation();
    const dir = tempDir();
    const big = join(dir, 'qua-lon.gopy');
    writeFileSync(big, Buffer.alloc(PACKAGE_LIMITS.fileBytes + 1024));
    await openPackageFiles(ctx, [big, join(dir, 'khong-co.hoso')], null);
    expect(fake.messages).toHaveLength(1);
    const [tooBig, missing] = fake.messages[0].split('\n');
    expect(tooBig).toMatch(/"qua-lon\.gopy" bị từ chối: .*lớn hơn giới hạn 20 MB/u);
    expect(missing).toMatch(/^Không tìm thấy tệp .*"khong-co\.hoso"/u);
    ctx.close();
  });

  it('says it in the language the user chose in the UI', async () => {
    const ctx = openInstallation();
    expect((await dispatch(ctx, CHANNELS.settingsSet, { locale: 'en' })).ok).toBe(true);
    const dir = tempDir();
    const big = join(dir, 'qua-lon.gopy');
    writeFileSync(big, Buffer.alloc(PACKAGE_LIMITS.fileBytes + 1024));
    await openPackageFiles(ctx, [big, join(dir, 'khong-co.hoso')], null);
    const [tooBig, missing] = fake.messages[0].split('\n');
    expect(tooBig).toMatch(/"qua-lon\.gopy" refused: .*over the 20 MB limit/u);
    expect(missing).toMatch(/"khong-co\.hoso"/u);
    expect(fake.messages[0]).not.toMatch(/[àáảãạăâđèéêìíòóôơùúư]/u);
    ctx.close();
  });
});
