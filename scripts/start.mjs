// `npm start [-- --data-dir DIR]`: the desktop app. Where Electron's binary is missing (its
// download was blocked), say so in one line and fall back to the browser door (start:web).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = electronBinary();
if (!electron) {
  console.log(
    'Không có Electron (bị chặn tải về) — mở bản trình duyệt thay thế / Electron binary missing (download blocked) — falling back to start:web.',
  );
  run(process.execPath, [join(root, 'scripts', 'start-web.mjs'), ...args]);
} else {
  run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
  try {
    ensureElectronNative();
  } catch (error) {
    console.error('Không dựng được better-sqlite3 cho Electron / could not build better-sqlite3 for Electron:', error.message);
    process.exit(1);
  }
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
