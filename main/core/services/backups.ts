/** Backups from the settings: list, make one now, restore one (the current file is kept aside). */
import type { BackupInfo, RestoreResult } from '../../../shared/domain/backups';
import type { CoreContext } from '../context';
import { backupDatabase, listBackups, restoreBackupFile } from '../db/backup';
import { openDatabase } from '../db/database';

export async function createBackup(ctx: CoreContext): Promise<BackupInfo> {
  const name = await backupDatabase(ctx.db, ctx.dataDir, 'manual');
  return listBackups(ctx.dataDir).find((b) => b.name === name)!;
}

/**
 * Swaps the live database for a backup, checked first (a damaged one is refused and nothing
 * changes). The replaced file is kept aside, never deleted.
 */
export function restoreBackup(ctx: CoreContext, name: string): RestoreResult {
  ctx.db.close();
  try {
    const { movedAside } = restoreBackupFile(ctx.dataDir, ctx.dbFile, name, new Date(), ctx.nativeBinding);
    return { restored: name, movedAside };
  } finally {
    ctx.db = openDatabase(ctx.dbFile, { nativeBinding: ctx.nativeBinding, check: 'quick' });
  }
}
