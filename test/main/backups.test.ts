import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { DATABASE_FILE, openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { KEEP_BACKUPS, backupBeforeImport, backupDatabase, dailyBackupIfDue, listBackups } from '../../main/core/db/backup';
import { SCHEMA_VERSION } from '../../main/core/db/migrations';
import type { BackupInfo, RestoreResult } from '../../shared/domain/backups';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, delegateWithComments, exportCommentsFile } from '../support/exchange';
import { RESOURCES_DIR, tempDir } from '../support/temp';

describe('backups', () => {
  it('backs up before every import and restores from the settings, keeping the replaced file', async () => {
    const dataDir = tempDir();
    const s = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const a = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Một góp ý.']);
    await call(s, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(a))] });
    const backups = await call<BackupInfo[]>(s, CHANNELS.backupsList);
    expect(backups.map((b) => b.reason)).toEqual(['import']);
    expect(s.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 1 });
    // The backup was taken before the import: restoring it brings back the state without the comment.
    const restored = await call<RestoreResult>(s, CHANNELS.backupsRestore, { name: backups[0].name });
    expect(restored.restored).toBe(backups[0].name);
    expect(existsSync(restored.movedAside!)).toBe(true);
    expect(s.db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    expect(await dispatch(s, CHANNELS.backupsRestore, { name: 'gop-y-hdnd-20190101-000000-manual.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(s.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    a.close();
    s.close();
  });

  it('keeps the last few and makes one a day', async () => {
    const dataDir = tempDir();
    const s = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const day = new Date('2019-12-06T08:00:00Z');
    expect(await dailyBackupIfDue(s.db, dataDir, day)).toMatch(/-daily\.sqlite$/u);
    expect(await dailyBackupIfDue(s.db, dataDir, new Date('2019-12-06T18:00:00Z'))).toBeNull();
    for (let i = 0; i < KEEP_BACKUPS + 3; i++)
      await backupDatabase(s.db, dataDir, 'import', new Date(Date.UTC(2019, 11, 7, 8, i)));
    const kept = listBackups(dataDir);
    // Kept per reason: the imports of a busy day do not push out the daily backup.
    expect(kept.filter((b) => b.reason === 'import')).toHaveLength(KEEP_BACKUPS);
    expect(kept.filter((b) => b.reason === 'daily')).toHaveLength(1);
    expect(kept[0].name).toContain('20191207-081200');
    expect(kept[0].createdAt).toBe('2019-12-07T08:12:00.000Z');
    // An import sent in batches makes one backup, not one per batch.
    expect(await backupBeforeImport(s.db, dataDir, new Date('2019-12-07T08:13:00Z'))).toBeNull();
    expect(await backupBeforeImport(s.db, dataDir, new Date('2019-12-07T08:20:00Z'))).toMatch(/-import\.sqlite$/u);
    s.close();
  });
});

describe('a damaged database at start-up', () => {
  async function prepare(): Promise<string> {
    const dataDir = tempDir();
    const s = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    await call(s, CHANNELS.backupsCreate);
    s.close();
    return dataDir;
  }

  const damages: Record<string, (file: string) => void> = {
    truncated: (file) => writeFileSync(file, readFileSync(file).subarray(0, 8192)),
    garbage: (file) => writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a)),
    'a newer schema': (file) => {
      const db = new Database(file);
      db.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
      db.close();
    },
  };

  for (const [kind, damage] of Object.entries(damages)) {
    it(`${kind}: says so, offers the latest backup, never overwrites the damaged file`, async () => {
      const dataDir = await prepare();
      const file = join(dataDir, DATABASE_FILE);
      damage(file);
      const damaged = readFileSync(file);
      const failed = await cli('agenda', '--data-dir', dataDir);
      expect(failed.code).toBe(1);
      expect(failed.err).toMatch(/hỏng|không phải là cơ sở dữ liệu|phiên bản mới hơn/u);
      expect(failed.err).toMatch(/bản sao lưu gần nhất còn tốt \(gop-y-hdnd-.*-manual\.sqlite\)/u);
      expect(readFileSync(file).equals(damaged)).toBe(true);
      const restored = await cli('restore-backup', 'latest', '--data-dir', dataDir);
      expect(restored.code).toBe(0);
      const aside = /Tệp cũ được giữ tại (.+)\.$/u.exec(restored.out)![1];
      expect(readFileSync(aside).equals(damaged)).toBe(true);
      expect((await cli('agenda', '--data-dir', dataDir)).code).toBe(0);
    });
  }
});
