/** The doors' one start-up: data folder, open or say why, restore command. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFrom, openCoreForDoor, restoreCommand } from '../../main/core/bootstrap';
import { DATABASE_FILE } from '../../main/core/context';
import { formatMessage } from '../../shared/messages/format';
import { RESOURCES_DIR, tempDir } from '../support/temp';

describe('door bootstrap', () => {
  it('takes --data-dir, else GOPY_DATA_DIR', () => {
    expect(dataDirFrom('rel/dir')).toBe(resolve('rel/dir'));
    const before = process.env.GOPY_DATA_DIR;
    process.env.GOPY_DATA_DIR = '/tmp/gopy-env-dir';
    try {
      expect(dataDirFrom(undefined)).toBe('/tmp/gopy-env-dir');
    } finally {
      if (before === undefined) delete process.env.GOPY_DATA_DIR;
      else process.env.GOPY_DATA_DIR = before;
    }
  });

  it('opens a new data folder on the sample dossier', () => {
    const opened = openCoreForDoor({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR });
    if (!opened.ok) throw new Error(opened.failure.message);
    expect(opened.ctx.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    opened.ctx.close();
  });

  it('says why a damaged file will not open, without throwing, and names no backup when there is none', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, DATABASE_FILE), Buffer.from('không phải cơ sở dữ liệu '.repeat(200)));
    const opened = openCoreForDoor({ dataDir, resourcesDir: RESOURCES_DIR });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.failure.message).toMatch(/không phải là cơ sở dữ liệu hợp lệ.*Không có bản sao lưu/u);
    expect(opened.failure.latestBackup).toBeNull();
    const restore = restoreCommand(dataDir);
    expect(formatMessage('vi', restore.key, restore.params)).toBe(
      `Khôi phục: npm run cli -- restore-backup latest --data-dir "${dataDir}"`,
    );
    expect(formatMessage('en', restore.key, restore.params)).toBe(
      `Restore: npm run cli -- restore-backup latest --data-dir "${dataDir}"`,
    );
  });
});
