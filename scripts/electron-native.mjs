// Builds better-sqlite3 for Electron's ABI into build/native/, beside (never over) the Node build
// in node_modules that `npm test` and the terminal use. The main process loads it through
// better-sqlite3's `nativeBinding` option. Runs on `npm start` and `npm run dist`, where the user's
// machine can reach Electron's headers; `npm install` and `npm test` never need it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronVersion() {
  return require(join(root, 'node_modules', 'electron', 'package.json')).version;
}

export function electronNativePath(version = electronVersion()) {
  return join(root, 'build', 'native', `electron-${version}`, 'better_sqlite3.node');
}

export function ensureElectronNative({ arch = process.arch, platform = process.platform } = {}) {
  const version = electronVersion();
  const target = electronNativePath(version);
  if (existsSync(target)) return target;
  console.log(`better-sqlite3: dựng bản cho Electron ${version} / building for Electron ${version}…`);
  const work = join(root, 'build', 'native', `.work-${version}`);
  rmSync(work, { recursive: true, force: true });
  const source = join(root, 'node_modules', 'better-sqlite3');
  cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) });
  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: version };
  try {
    // A prebuilt binary for Electron, when the machine can reach better-sqlite3's releases.
    execFileSync(
      process.execPath,
      [
        require.resolve('prebuild-install/bin.js'),
        '--runtime',
        'electron',
        '--target',
        version,
        '--arch',
        arch,
        '--platform',
        platform,
      ],
      {
        cwd: work,
        env,
        stdio: 'inherit',
      },
    );
  } catch {
    // Otherwise compile against Electron's headers.
    execFileSync(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env, stdio: 'inherit' },
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureElectronNative());
}
