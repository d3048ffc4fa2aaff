/**
 * A worker process for the crash tests: it imports packages, autosaves drafts, backs up and
 * imports, or restores backups in a loop and reports each finished step on stdout, until the test
 * kills it with SIGKILL.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { backupDatabase } from '../../main/core/db/backup';
import { openDatabase } from '../../main/core/db/database';
import { restoreForStartup } from '../../main/core/recovery';
import { importCommentFilesInline } from '../../main/core/packages/import-files';
import { CHANNELS } from '../../shared/ipc/channels';

const [mode, dataDir, packagesDir] = process.argv.slice(2);
const say = (line: string): void => void writeSync(1, `${line}\n`);

async function autosave(): Promise<void> {
  const ctx = openCore({ dataDir, resourcesDir: join(__dirname, '..', '..', 'resources') });
  say('ready');
  for (let n = 1; ; n++) {
    const result = await dispatch(ctx, CHANNELS.draftsSave, {
      key: 'comment:new:crash',
      payload: JSON.stringify({ n, text: `Đang gõ góp ý số ${n}` }),
    });
    if (!result.ok) throw new Error(result.error.message);
    say(`saved ${n}`);
  }
}

/** Imports as the import worker does, in commit groups kept small here so that kills land between them too. */
function importLoop(): void {
  const db = openDatabase(join(dataDir, 'gop-y-hdnd.sqlite'));
  say('ready');
  const names = readdirSync(packagesDir).sort();
  const files = names.map((name) => ({ name, data: readFileSync(join(packagesDir, name)) }));
  importCommentFilesInline(
    db,
    files,
    (committed) => committed.forEach(({ result }) => say(`${result.status} ${result.fileName}`)),
    15,
  );
  say('finished');
}

/** The minute of backup k: names sort in the order the backups were made. */
const backupTime = (k: number): Date => new Date(Date.UTC(2020, 0, 1, 0, k));

/** As before every import: back up (backup k holds packages 0…k-1), then import package k. */
async function backupLoop(): Promise<void> {
  const db = openDatabase(join(dataDir, 'gop-y-hdnd.sqlite'));
  say('ready');
  const names = readdirSync(packagesDir).sort();
  for (const [k, name] of names.entries()) {
    say(`backing-up ${k}`);
    await backupDatabase(db, dataDir, 'import', backupTime(k));
    say(`backed-up ${k}`);
    importCommentFilesInline(db, [{ name, data: readFileSync(join(packagesDir, name)) }], (committed) =>
      committed.forEach(({ result }) => say(`${result.status} ${result.fileName}`)),
    );
  }
  say('finished');
}

/** Restores the newest good backup again and again. */
function restoreLoop(): void {
  say('ready');
  for (let n = 1; n <= 200; n++) {
    const { restored } = restoreForStartup(dataDir, 'latest');
    say(`restored ${restored}`);
  }
  say('finished');
}

if (mode === 'autosave') void autosave();
else if (mode === 'backup') void backupLoop();
else if (mode === 'restore') restoreLoop();
else importLoop();
