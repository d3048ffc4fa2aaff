/**
 * A worker process for the crash tests: it imports packages or autosaves drafts in a loop and
 * reports each committed step on stdout, until the test kills it with SIGKILL.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { openDatabase } from '../../main/core/db/database';
import { importCommentFile } from '../../main/core/packages/import-files';
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

function importLoop(): void {
  const db = openDatabase(join(dataDir, 'gop-y-hdnd.sqlite'));
  say('ready');
  for (const name of readdirSync(packagesDir).sort()) {
    const result = importCommentFile(db, { name, data: readFileSync(join(packagesDir, name)) });
    say(`${result.status} ${name}`);
  }
  say('finished');
}

if (mode === 'autosave') void autosave();
else importLoop();
