// `npm run dist`: build, compile better-sqlite3 for Electron (beside the Node build), package.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(bin('electron-vite'), ['build']);
const native = ensureElectronNative();
mkdirSync(join(root, 'build', 'native', 'electron'), { recursive: true });
cpSync(native, join(root, 'build', 'native', 'electron', 'better_sqlite3.node'));
run(bin('electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
