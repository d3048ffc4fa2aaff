/**
 * What every door says when the database cannot be opened, and how to restore the newest good
 * backup (each candidate is checked; a damaged or partial one is passed over, and the answer says
 * which one was restored and which were skipped).
 */
import { join } from 'node:path';
import { DATABASE_FILE } from './context';
import type { CoreContext } from './context';
import { dailyBackupIfDue, newestGoodBackup, restoreBackupFile, type GoodBackup } from './db/backup';
import { markDamaged } from './db/health';
import { runIntegrityCheck } from './db/integrity-check';
import { formatMessage } from '../../shared/messages/format';
import { joined, msg, type MessageRef } from '../../shared/messages/types';
import { AppError } from './errors';

export interface StartupFailure {
  /** The failure and the offer to restore, in Vietnamese (logs, the desktop's dialog). */
  message: string;
  /** The same as a catalogue message, for a door that speaks another language. */
  reason: MessageRef;
  /** The newest backup that passed its check, or null. */
  latestBackup: string | null;
}

export function describeStartupFailure(error: unknown, dataDir: string, nativeBinding?: string): StartupFailure {
  const good = newestGoodBackup(dataDir, nativeBinding);
  const problem = error instanceof AppError ? error.ref : msg('startup.cannot_open', { detail: String(error) });
  const skipped = good?.skipped.length ? msg('startup.skipped_newer', { count: good.skipped.length }) : '';
  const reason = good
    ? msg('startup.offer_restore', { problem, name: good.name, skipped })
    : msg('startup.no_good_backup', { problem });
  return { message: formatMessage('vi', reason.key, reason.params), reason, latestBackup: good?.name ?? null };
}

export interface StartupRestore {
  restored: string;
  movedAside: string | null;
  skipped: GoodBackup['skipped'];
}

/** Restores a backup (by name, or the newest good one) in place of a database that would not open. */
export function restoreForStartup(dataDir: string, name: string | 'latest', nativeBinding?: string): StartupRestore {
  let chosen: GoodBackup | null = { name, skipped: [] };
  if (name === 'latest') {
    chosen = newestGoodBackup(dataDir, nativeBinding);
    if (!chosen) throw new AppError('not_found', 'backup.none_good');
  }
  const { movedAside } = restoreBackupFile(dataDir, join(dataDir, DATABASE_FILE), chosen.name, new Date(), nativeBinding);
  return { restored: chosen.name, movedAside, skipped: chosen.skipped };
}

/** "Đã khôi phục X. Bỏ qua Y (hỏng: …). Tệp cũ được giữ tại Z." */
export function describeRestore(r: StartupRestore): MessageRef {
  const skipped = r.skipped.map((s) => msg('startup.restore_skipped', { name: s.name, problem: s.problem }));
  return msg('startup.restored', {
    name: r.restored,
    skipped: joined(skipped, ''),
    movedAside: r.movedAside ? msg('startup.moved_aside', { path: r.movedAside }) : '',
  });
}
/**
 * After start-up, off the main thread: the full integrity check of the database (the opening only
 * ran the quick one), then the daily backup if the file is sound. Damage found marks the database
 * (writes refused, the restore pointed to). Resolves with the problems found, or null.
 */
export async function checkInBackground(ctx: CoreContext): Promise<string | null> {
  const db = ctx.db;
  const check = await runIntegrityCheck({ dbFile: ctx.dbFile, nativeBinding: ctx.nativeBinding });
  if ('failed' in check) {
    console.error('integrity check could not run', check.failed);
    return null;
  }
  if (check.problems !== null) {
    // A restore may have swapped the connection meanwhile: the check was of the old file.
    if (ctx.db === db) markDamaged(db, check.problems);
    return check.problems;
  }
  if (ctx.db === db) await dailyBackupIfDue(db, ctx.dataDir);
  return null;
}
