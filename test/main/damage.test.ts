/**
 * Damage found so far (issue 18), each reproduced by its outcome: a backup written by a process
 * killed mid-way or of a damaged database, 4 KB overwritten inside the file, damage only the full
 * check sees, an empty database file.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { DATABASE_FILE, openCore, type CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { BACKUP_DIR, backupDatabase, listBackups } from '../../main/core/db/backup';
import { runIntegrityCheck } from '../../main/core/db/integrity-check';
import { checkInBackground } from '../../main/core/recovery';
import type { BackupInfo } from '../../shared/domain/backups';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, delegateWithComments, exportCommentsFile } from '../support/exchange';
import { RESOURCES_DIR, tempDir } from '../support/temp';

const listBackupFile = (dataDir: string): string => join(dataDir, BACKUP_DIR, listBackups(dataDir)[0].name);
const open = (dataDir: string): CoreContext => openCore({ dataDir, resourcesDir: RESOURCES_DIR });
const count = (ctx: CoreContext): number => (ctx.db.prepare('SELECT count(*) AS n FROM comments').get() as { n: number }).n;
const keyOf = (file: string): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT public_key FROM installation_key').all();
  } finally {
    db.close();
  }
};

/** An installation holding a backup, then 400 comments imported after it (the file is some pages long). */
async function installationWithComments(): Promise<string> {
  const dataDir = tempDir();
  const s = open(dataDir);
  await call(s, CHANNELS.backupsCreate);
  const delegate = await delegateWithComments(
    'db01-nguyen-thi-thanh-huong',
    Array.from({ length: 400 }, (_, i) => `Góp ý số ${i + 1}: ${'nội dung khá dài để có nhiều trang '.repeat(4)}`),
  );
  await call(s, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(delegate))] });
  delegate.close();
  expect(count(s)).toBe(400);
  s.close();
  return dataDir;
}

describe('backups are verified before they count', () => {
  it('a database damaged inside is not backed up, and no file is left that looks like a backup', async () => {
    const dataDir = await installationWithComments();
    const before = listBackups(dataDir).map((b) => b.name);
    const file = join(dataDir, DATABASE_FILE);
    const s = open(dataDir);
    // Damage the quick check does not see (an index out of step with its table): only the
    // integrity check that verifies the backup, or the background check, finds it.
    s.db.exec('CREATE TABLE probe(a, b); CREATE INDEX probe_a ON probe(a);');
    s.db.exec("INSERT INTO probe SELECT value, -value FROM json_each('[1,2,3,4,5,6,7,8,9]')");
    s.db.unsafeMode(true);
    s.db.pragma('writable_schema = ON');
    s.db.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX probe_a ON probe(b)' WHERE name = 'probe_a'").run();
    s.db.pragma('writable_schema = OFF');
    s.close();

    const again = open(dataDir); // The quick check at opening passes…
    const made = await dispatch(again, CHANNELS.backupsCreate, undefined);
    expect(made).toMatchObject({ ok: false, error: { code: 'db_corrupt' } }); // …the backup's check does not.
    expect(!made.ok && made.error.message).toMatch(/restore-backup latest/u);
    expect(listBackups(dataDir).map((b) => b.name)).toEqual(before);
    expect(readdirSync(join(dataDir, BACKUP_DIR)).filter((n) => !before.includes(n))).toEqual([]);
    // And nothing more is written into it.
    const save = await dispatch(again, CHANNELS.draftsSave, { key: 'comment:new:x', payload: '{"n":1}' });
    expect(save).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    again.close();
    expect(existsSync(file)).toBe(true);
  });

  it('restore "latest" passes over a partial or damaged backup, restores the newest good one and says which', async () => {
    const dataDir = await installationWithComments();
    const s = open(dataDir);
    const good = await call<BackupInfo>(s, CHANNELS.backupsCreate);
    // What a process killed while writing its backup used to leave under a valid name: a truncated copy.
    const partial = await backupDatabase(s.db, dataDir, 'import', new Date(Date.now() + 60_000));
    const partialFile = join(dataDir, BACKUP_DIR, partial);
    writeFileSync(partialFile, readFileSync(partialFile).subarray(0, 3 * 4096));
    s.close();
    expect(listBackups(dataDir)[0].name).toBe(partial);

    const restored = await cli('restore-backup', 'latest', '--data-dir', dataDir);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`Đã khôi phục ${good.name}.`);
    expect(restored.out).toContain(`Bỏ qua ${partial} (hỏng:`);
    const back = open(dataDir);
    expect(count(back)).toBe(400);
    expect(back.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // By name, a damaged backup is refused and nothing changes.
    const refused = await dispatch(back, CHANNELS.backupsRestore, { name: partial });
    expect(refused).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    expect(count(back)).toBe(400);
    back.close();
  });
});

describe('damage inside the file', () => {
  it('4 KB overwritten mid-file: refused at opening with a pointer to the restore, never written into', async () => {
    const dataDir = await installationWithComments();
    const file = join(dataDir, DATABASE_FILE);
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2 / 4096) * 4096;
    for (let i = 0; i < 4096; i++) bytes[middle + i] = (i * 131 + 7) & 0xff;
    writeFileSync(file, bytes);

    const failed = await cli('agenda', '--data-dir', dataDir);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/bị hỏng/u);
    expect(failed.err).toMatch(/restore-backup latest/u);
    expect(failed.err).not.toMatch(/lỗi không mong muốn/u);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const restored = await cli('restore-backup', 'latest', '--data-dir', dataDir);
    expect(restored.code).toBe(0);
    const aside = /Tệp cũ được giữ tại (.+)\.$/u.exec(restored.out)![1];
    expect(readFileSync(aside).equals(bytes)).toBe(true);
    expect((await cli('agenda', '--data-dir', dataDir)).code).toBe(0);
  });

  it('damage only the full check finds: found in the background, writes refused, reads still answered', async () => {
    const dataDir = await installationWithComments();
    const s = open(dataDir);
    s.db.exec('CREATE TABLE probe(a, b); CREATE INDEX probe_a ON probe(a);');
    s.db.exec("INSERT INTO probe SELECT value, -value FROM json_each('[1,2,3,4,5,6,7,8,9]')");
    s.db.unsafeMode(true);
    s.db.pragma('writable_schema = ON');
    s.db.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX probe_a ON probe(b)' WHERE name = 'probe_a'").run();
    s.db.pragma('writable_schema = OFF');
    s.close();

    // The worker thread a large file is checked in finds it too.
    const inWorker = await runIntegrityCheck({ dbFile: join(dataDir, DATABASE_FILE), inWorker: true });
    expect(inWorker).toMatchObject({ problems: expect.stringMatching(/probe_a/u) });
    expect(await runIntegrityCheck({ dbFile: listBackupFile(dataDir), inWorker: true })).toEqual({ problems: null });

    const ctx = open(dataDir);
    const before = listBackups(dataDir).length;
    expect(await checkInBackground(ctx)).toMatch(/probe_a/u);
    expect(listBackups(dataDir)).toHaveLength(before); // no daily backup of a damaged file
    const save = await dispatch(ctx, CHANNELS.draftsSave, { key: 'comment:new:x', payload: '{"n":1}' });
    expect(save).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    expect(!save.ok && save.error.message).toMatch(/bị hỏng.*restore-backup latest/su);
    const delegate = await delegateWithComments('db02-tran-quoc-hung', ['Một góp ý nữa.']);
    const imported = await dispatch(ctx, CHANNELS.packagesImportComments, {
      files: [asUpload(await exportCommentsFile(delegate))],
    });
    delegate.close();
    expect(imported).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    expect(count(ctx)).toBe(400);
    expect((await dispatch(ctx, CHANNELS.agendaGet, undefined)).ok).toBe(true);
    ctx.close();
  });

  it('a sound database passes the background check and gets its daily backup', async () => {
    const dataDir = tempDir();
    const ctx = open(dataDir);
    expect(await checkInBackground(ctx)).toBeNull();
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily']);
    expect((await dispatch(ctx, CHANNELS.draftsSave, { key: 'comment:new:x', payload: '{"n":1}' })).ok).toBe(true);
    ctx.close();
  });
});

describe('an empty (0-byte) database file', () => {
  it('is damage: kept as it is, backups offered, no new installation nor key minted', async () => {
    const dataDir = tempDir();
    const s = open(dataDir);
    await call(s, CHANNELS.backupsCreate);
    s.close();
    const file = join(dataDir, DATABASE_FILE);
    const key = keyOf(file);
    expect(key).not.toEqual([]);
    writeFileSync(file, Buffer.alloc(0));

    const failed = await cli('agenda', '--data-dir', dataDir);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/rỗng \(0 byte\)/u);
    expect(failed.err).toMatch(/bản sao lưu gần nhất còn tốt/u);
    expect(statSync(file).size).toBe(0);

    const restored = await cli('restore-backup', 'latest', '--data-dir', dataDir);
    expect(restored.code).toBe(0);
    const aside = /Tệp cũ được giữ tại (.+)\.$/u.exec(restored.out)![1];
    expect(statSync(aside).size).toBe(0);
    expect(keyOf(file)).toEqual(key);
  });
});
