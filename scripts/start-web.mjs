// `npm run start:web [-- --data-dir DIR] [--port N] [--no-build]`: builds the renderer, then serves
// the same UI and main-process handlers on loopback and prints the URL with its token.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, cliBundleIsStale, CLI_OUT_DIR } from './build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

if (!args.includes('--no-build')) {
  const build = spawnSync(bin('electron-vite'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The web door runs bundled, like the terminal (esbuild, out/cli/start-web.js), not through tsx.
if (cliBundleIsStale()) await buildCli();
const child = spawn(process.execPath, [join(CLI_OUT_DIR, 'start-web.js'), ...args.filter((a) => a !== '--no-build')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
