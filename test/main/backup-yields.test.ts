/**
 * A backup is taken before every import while the window must keep answering: it copies a few
 * pages per turn of the event loop and checks the copy off the main thread. These trials hold a
 * database of a few MB (beyond the size checked in the thread) and watch the event loop meanwhile.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openCore } from '../../main/core/context';
import {
  BACKUP_DIR,
  BACKUP_PAGES_PER_STEP,
  CHECK_IN_THREAD_BELOW_BYTES,
  backupDatabase,
  backupProblem,
  listBackups,
} from '../../main/core/db/backup';
import { RESOURCES_DIR, tempDir } from '../support/temp';

const FILLER_BYTES = 4 * 1024 * 1024;

function openFilled(): { s: ReturnType<typeof openCore>; dataDir: string } {
  const dataDir = tempDir();
  const s = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  s.db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)');
  const insert = s.db.prepare('INSERT INTO filler (data) VALUES (?)');
  s.db.transaction(() => {
    for (let i = 0; i < FILLER_BYTES / 2000; i++) insert.run(randomBytes(2000));
  })();
  return { s, dataDir };
}

describe('a backup does not hold the main thread', () => {
  it('lets a timer fire all along while it copies and checks a database of a few MB', async () => {
    const { s, dataDir } = openFilled();
    const pages = s.db.pragma('page_count', { simple: true }) as number;
    expect(pages * 4096).toBeGreaterThan(CHECK_IN_THREAD_BELOW_BYTES);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let turns = 0;
    let turning = true;
    const turn = (): void => {
      turns++;
      if (turning) setImmediate(turn);
    };
    setImmediate(turn);
    try {
      const name = await backupDatabase(s.db, dataDir, 'import');
      turning = false;
      // One turn per step of a few pages at least, and the timer kept its pace meanwhile (a
      // backup copied in one go and checked on this thread lets it fire a handful of times).
      expect(turns).toBeGreaterThanOrEqual(pages / BACKUP_PAGES_PER_STEP);
      expect(ticks).toBeGreaterThanOrEqual(20);
      expect(listBackups(dataDir).map((b) => b.name)).toEqual([name]);
      expect(backupProblem(join(dataDir, BACKUP_DIR, name))).toBeNull();
    } finally {
      turning = false;
      clearInterval(timer);
      s.close();
    }
  });

  it('ends with a sound copy while another connection keeps writing between its steps', async () => {
    const { s, dataDir } = openFilled();
    const other = new Database(join(dataDir, DATABASE_FILE));
    other.pragma('busy_timeout = 5000');
    const write = other.prepare('INSERT INTO filler (data) VALUES (?)');
    let writing = true;
    let writes = 0;
    const keepWriting = (): void => {
      if (!writing) return;
      write.run(randomBytes(100));
      writes++;
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    try {
      // SQLite restarts a copy when another connection writes; after a few restarts the rest goes
      // in one step, so the backup ends whatever the writer does.
      const name = await backupDatabase(s.db, dataDir, 'manual');
      writing = false;
      expect(writes).toBeGreaterThan(0);
      const file = join(dataDir, BACKUP_DIR, name);
      expect(backupProblem(file)).toBeNull();
      const copy = new Database(file, { readonly: true });
      const rows = (copy.prepare('SELECT count(*) AS n FROM filler').get() as { n: number }).n;
      copy.close();
      expect(rows).toBeGreaterThanOrEqual(FILLER_BYTES / 2000);
    } finally {
      writing = false;
      other.close();
      s.close();
    }
  });
});
