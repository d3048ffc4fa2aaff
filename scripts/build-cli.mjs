// Bundles the terminal door (main/cli/cli.ts), the web door's starter (main/web/start-web.ts) and the
// worker threads they start into out/cli/ with
// esbuild: one CommonJS file per entry, npm packages left external (node_modules is there, and
// better-sqlite3 is native). A bundled `help` starts in tens of milliseconds; through tsx it took
// over a second. `npm run cli` (scripts/cli.mjs) calls this when the bundle is older than a source.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = join(root, 'out', 'cli');
export const CLI_BUNDLE = join(CLI_OUT_DIR, 'cli.js');

/** The worker entries sit beside the bundle, where the worker runner looks for them. */
const ENTRIES = {
  cli: 'main/cli/cli.ts',
  'start-web': 'main/web/start-web.ts',
  'package-worker': 'main/core/workers/package-worker.ts',
  'package-verify-worker': 'main/core/workers/package-verify-worker.ts',
  'import-worker': 'main/core/import/worker.ts',
  'pdf-worker': 'main/core/pdf/worker.ts',
  'integrity-worker': 'main/core/workers/integrity-worker.ts',
};
const SOURCE_DIRS = ['main', 'shared'];

export async function buildCli() {
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    outdir: CLI_OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return CLI_BUNDLE;
}

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than a source file or this script. */
export function cliBundleIsStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  const newest = Math.max(
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
    ...SOURCE_DIRS.map((d) => newestSourceTime(join(root, d))),
  );
  return newest > built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildCli());
}
