/** Where the app keeps its data and finds its bundled resources, the same for every door. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Folder name under the OS's per-user application data folder. */
export const APP_FOLDER = 'gop-y-hdnd';
export const DATA_DIR_ENV = 'GOPY_DATA_DIR';

/** The OS user-data folder Electron would use: %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env[DATA_DIR_ENV]) return resolve(env[DATA_DIR_ENV]);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** Finds the `resources/` folder by walking up from `start` (source tree, build output or package). */
export function locateResources(start: string): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'sample-dossier', 'dossier.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`resources/ not found above ${start}`);
    dir = parent;
  }
}

/** Reads `--name value` or `--name=value` from argv. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}
