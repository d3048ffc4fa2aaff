/**
 * A worker process for the crash tests: it imports packages or autosaves drafts in a loop and
 * reports each committed step on stdout, until the test kills it with SIGKILL.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { openDatabase } from '../../main/core/db/database';
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

if (mode === 'autosave') void autosave();
else importLoop();
