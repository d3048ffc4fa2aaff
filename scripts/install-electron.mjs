// postinstall: downloads Electron's binary, as Electron's own install script would, but never fails
// `npm install` when Electron's download host is unreachable. package.json's `allowScripts` denies
// Electron's own postinstall (npm 11: a failing dependency script would abort the whole install), so
// this script runs the same install.js and, on failure, says in one line what that means: the
// package and its types are there, `npm start` opens the browser door instead (scripts/start.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const installer = join(electronDir, 'install.js');
/** A download that hangs (a black-holed network) must not hang the install. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(installer)) process.exit(0);

const result = spawnSync(process.execPath, [installer], {
  cwd: electronDir,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: DOWNLOAD_TIMEOUT_MS,
});
if (result.status === 0) process.exit(0);

const reason =
  result.error?.message ??
  (result.stderr || result.stdout || '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0) ??
  `exit code ${result.status}`;
console.warn(
  `Không tải được Electron (${reason}) — npm start sẽ mở bản trình duyệt; thử lại: node node_modules/electron/install.js / ` +
    'Electron binary not downloaded: npm start falls back to the web door.',
);
