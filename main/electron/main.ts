/**
 * Electron entry: a thin shell. It opens the core on the user-data folder (or --data-dir), serves
 * the handler registry over IPC and shows one locked-down window on the bundled renderer.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirFrom, openCoreForDoor, startDailyBackup, warmCachesSoon } from '../core/bootstrap';
import type { CoreContext } from '../core/context';
import { AppError } from '../core/errors';
import { envLang } from '../core/env-lang';
import { uiLang } from '../core/ui-lang';
import { argValue, locateResources } from '../core/paths';
import { APP_NAME } from '../../shared/domain/app';
import { formatMessage } from '../../shared/messages/format';
import { restoreForStartup } from '../core/recovery';
import { dialogFileDoor, osSecretBox } from './doors';
import { openPackageFiles } from './open-files';
import { packagePathsIn } from './package-paths';
import { forwardEvents } from './events';
import { registerIpc } from './ipc';
import { appRootOf, createWindow } from './window';

app.enableSandbox();

const argv = process.argv.slice(1);
const dataDir = dataDirFrom(argValue(argv, '--data-dir'));
app.setPath('userData', dataDir);

// One window per data folder: a file opened from the OS while the app runs goes to that window.
// (The lock is per user-data folder, so set after it: a second data folder is a second app.)
if (!app.requestSingleInstanceLock()) app.exit(0);
let core: CoreContext | null = null;
const pendingFiles: string[] = packagePathsIn(process.argv.slice(1));
app.on('open-file', (event, path) => {
  event.preventDefault();
  pendingFiles.push(path);
  if (core) void openPackageFiles(core, pendingFiles.splice(0), BrowserWindow.getAllWindows()[0] ?? null);
});
app.on('second-instance', (_event, argv) => {
  const window = BrowserWindow.getAllWindows()[0] ?? null;
  if (window?.isMinimized()) window.restore();
  window?.focus();
  if (core) void openPackageFiles(core, packagePathsIn(argv), window);
});

/** better-sqlite3 built for Electron's ABI, kept beside the Node build (see scripts/electron-native.mjs). */
function electronNativeBinding(): string | undefined {
  const candidates = [
    join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    join(app.getAppPath(), 'build', 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node'),
  ];
  return candidates.find((file) => existsSync(file));
}

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : locateResources(app.getAppPath());
}

const rendererDir = join(__dirname, '..', 'renderer');

function openWindow(): BrowserWindow {
  return createWindow({
    rendererDir,
    preload: join(__dirname, '..', 'preload', 'index.cjs'),
    icon: join(resourcesDir(), 'icons', 'icon.png'),
  });
}

function openCoreOrRecover(): CoreContext | null {
  const open = () =>
    openCoreForDoor({
      dataDir,
      resourcesDir: resourcesDir(),
      nativeBinding: electronNativeBinding(),
      version: app.getVersion(),
      secrets: osSecretBox(),
      files: dialogFileDoor(
        () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null,
        async () => (core ? uiLang(core) : envLang()),
      ),
    });
  const first = open();
  if (first.ok) return first.ctx;
  // The database holds the UI's language, and it did not open: GOPY_LANG, else Vietnamese.
  const lang = envLang();
  const { failure } = first;
  const quit = formatMessage(lang, 'desktop.quit');
  const buttons = failure.latestBackup ? [formatMessage(lang, 'desktop.restore_latest'), quit] : [quit];
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: APP_NAME,
    message: formatMessage(lang, failure.reason.key, failure.reason.params),
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
  });
  if (!failure.latestBackup || choice !== 0) return null;
  try {
    restoreForStartup(dataDir, failure.latestBackup, electronNativeBinding());
  } catch (error) {
    dialog.showErrorBox(APP_NAME, error instanceof AppError ? formatMessage(lang, error.key, error.params) : String(error));
    return null;
  }
  const again = open();
  if (again.ok) return again.ctx;
  dialog.showErrorBox(APP_NAME, formatMessage(lang, again.failure.reason.key, again.failure.reason.params));
  return null;
}

app.whenReady().then(
  () => {
    const ctx = openCoreOrRecover();
    if (!ctx) {
      app.exit(1);
      return;
    }
    startDailyBackup(ctx);
    warmCachesSoon(ctx);
    if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
    core = ctx;
    registerIpc(ctx, appRootOf(rendererDir));
    forwardEvents(ctx, appRootOf(rendererDir));
    const window = openWindow();
    if (pendingFiles.length) window.once('ready-to-show', () => void openPackageFiles(ctx, pendingFiles.splice(0), window));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    app.on('will-quit', () => ctx.close());
  },
  (error: unknown) => {
    console.error(error);
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
