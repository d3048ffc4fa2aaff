/**
 * The terminal door: `npm run cli -- <command> [--data-dir DIR] [--json]`. Every command goes
 * through the same `dispatch` as the UI, so it gets the same validation and the same results.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, type CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { fixedPathDoor } from '../core/files';
import { describeRestore, describeStartupFailure, restoreForStartup } from '../core/recovery';
import { defaultDataDir, locateResources } from '../core/paths';
import type { CliCall, OptionSpec, OptionValues } from './command';
import { COMMANDS, type CliIO } from './commands';

const GLOBAL_OPTIONS = { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } as const satisfies OptionSpec;

/** The first argument that is neither a flag nor the value of a global string flag. */
function commandName(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir') i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return 'help';
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const name = commandName(argv);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Lệnh không tồn tại / unknown command: ${name}. Xem "help".`);
    return 2;
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.err(`Tùy chọn không hợp lệ / invalid option: ${(error as Error).message}`);
    io.err(`Cách dùng / usage: ${command.usage}`);
    return 2;
  }
  const args = positionals.slice(positionals.indexOf(name) + 1);
  const json = values.json === true;
  const dataDirArg = values['data-dir'] as string | undefined;
  const outArg = typeof values.out === 'string' ? values.out : undefined;
  const opts = values as OptionValues<OptionSpec>;
  if (command.name === 'help') return command.run({ args, opts, json, io, call: unused });
  const dataDir = dataDirArg ? resolve(dataDirArg) : defaultDataDir();
  if (command.name === 'restore-backup') {
    try {
      io.out(describeRestore(restoreForStartup(dataDir, args[0] ?? 'latest')));
      return 0;
    } catch (error) {
      io.err(error instanceof AppError ? error.message : String(error));
      return 1;
    }
  }
  let ctx: CoreContext;
  try {
    ctx = openCore({
      dataDir,
      resourcesDir: locateResources(__dirname),
      version: process.env.npm_package_version,
      files: outArg ? fixedPathDoor(resolve(outArg), values.force === true) : undefined,
    });
  } catch (error) {
    const failure = describeStartupFailure(error, dataDir);
    io.err(failure.message);
    if (failure.latestBackup) io.err('Khôi phục / restore: npm run cli -- restore-backup latest --data-dir <thư mục dữ liệu>');
    return 1;
  }
  try {
    const call = ((channel: string, payload?: unknown) => dispatch(ctx, channel, payload)) as CliCall;
    return await command.run({ args, opts, json, io, call });
  } finally {
    ctx.close();
  }
}

const unused: CliCall = () => Promise.reject(new Error('help calls no channel'));

if (require.main === module) {
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  }).then((code) => process.exit(code));
}
