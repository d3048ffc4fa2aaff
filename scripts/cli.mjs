// `npm run cli -- <command> …`: runs the bundled terminal door (out/cli/cli.js) in this process,
// building it first when it is missing or older than the sources. Building on use, rather than in
// a postinstall, keeps the bundle in step with the sources after every edit or `git pull`, and a
// fresh clone needs nothing but `npm install`.
import { createRequire } from 'node:module';
import { buildCli, cliBundleIsStale, CLI_BUNDLE } from './build-cli.mjs';

if (cliBundleIsStale()) await buildCli();
createRequire(import.meta.url)(CLI_BUNDLE).cliMain(process.argv.slice(2));
