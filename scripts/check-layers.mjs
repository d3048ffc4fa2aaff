// `npm run lint` part: the layer rules of .dependency-cruiser.cjs over main/, shared/ and renderer/.
// Through dependency-cruiser's API rather than its `depcruise` command, which refuses Node 20
// (the app's engines allow it); the API itself runs on Node 20.
//
// The violations that existed when the rules came in are listed in
// .dependency-cruiser-known-violations.json: they are printed as a count, and any other violation
// fails. Fix one, then run `node scripts/check-layers.mjs --baseline` to shrink the list; never grow it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN = join(root, '.dependency-cruiser-known-violations.json');
const writeBaseline = process.argv.includes('--baseline');
process.chdir(root);
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
const knownViolations = !writeBaseline && existsSync(KNOWN) ? JSON.parse(readFileSync(KNOWN, 'utf8')) : undefined;
const result = await cruise(
  ['main', 'shared', 'renderer/src'],
  {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    ...(knownViolations ? { knownViolations } : {}),
    outputType: writeBaseline ? 'baseline' : 'err',
  },
  {},
  { tsConfig: { fileName: join(root, 'tsconfig.json') } },
);
if (writeBaseline) {
  writeFileSync(KNOWN, result.output);
  console.log(`${JSON.parse(result.output).length} known violations written to ${KNOWN}`);
  process.exit(0);
}
const output = typeof result.output === 'string' ? result.output.trim() : '';
if (output) console.log(output);
if (knownViolations?.length) console.log(`layers: ${knownViolations.length} known violations left to fix (${KNOWN})`);
process.exit(result.exitCode === 0 ? 0 : 1);
