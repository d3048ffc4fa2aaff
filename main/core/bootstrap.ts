/**
 * How every door starts the core, written once: where the data lives (--data-dir, GOPY_DATA_DIR or
 * the OS folder), opening it, the message when it will not open (with the latest backup offered),
 * and the daily backup of the doors that stay open. Each door only shows the outcome its own way:
 * a dialog (Electron), a line on stderr (web, terminal).
 */
import { resolve } from 'node:path';
import { openCore, type CoreContext, type CoreOptions } from './context';
import { defaultDataDir } from './paths';
import { warmCompileIndexSoon } from './services/compile-index';
import { checkInBackground, describeStartupFailure, type StartupFailure } from './recovery';
import { envLang } from './env-lang';
import { formatMessage } from '../../shared/messages/format';
import { msg, type MessageRef } from '../../shared/messages/types';

export type { StartupFailure } from './recovery';

/** The data folder: the door's --data-dir when given, else GOPY_DATA_DIR or the OS user-data folder. */
export function dataDirFrom(dataDirArg: string | undefined): string {
  return dataDirArg ? resolve(dataDirArg) : defaultDataDir();
}

export type OpenedCore = { ok: true; ctx: CoreContext } | { ok: false; failure: StartupFailure };

/** Opens the core, or says why not (and which backup could be restored) without throwing. */
export function openCoreForDoor(options: CoreOptions): OpenedCore {
  try {
    return { ok: true, ctx: openCore(options) };
  } catch (error) {
    return { ok: false, failure: describeStartupFailure(error, options.dataDir, options.nativeBinding) };
  }
}

/** The terminal command that restores the latest backup, for doors without a restore button. */
export function restoreCommand(dataDir: string): MessageRef {
  return msg('door.restore_command', { command: `npm run cli -- restore-backup latest --data-dir "${dataDir}"` });
}

/** For the doors that stay open (Electron, web): the compiled view's index, built while the user is still on the agenda. */
export function warmCachesSoon(ctx: CoreContext): void {
  warmCompileIndexSoon(ctx.db);
}

/**
 * For the doors that stay open (Electron, web): the full integrity check in a worker, then the daily
 * backup if the file is sound. A failure is logged, never fatal.
 */
export function startDailyBackup(ctx: CoreContext): void {
  void checkInBackground(ctx).catch((error: unknown) =>
    console.error(formatMessage(envLang(), 'door.daily_check_failed'), error),
  );
}
