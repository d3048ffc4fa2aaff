/**
 * The terminal door: `npm run cli -- <command> [--data-dir DIR] [--json]`. Every command goes
 * through the same `dispatch` as the UI, so it gets the same validation and the same results.
 */
import { parseArgs } from 'node:util';
import { dataDirFrom } from '../core/bootstrap';
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
  const opts = values as OptionValues<OptionSpec>;
  if (command.name === 'help') return command.run({ args, opts, json, io, call: unused });
  // The core (SQLite, the contract's schemas, the PDF and import engines) loads only now, so `help`
  // answers without it; in the bundle (scripts/build-cli.mjs) this stays a lazily run module.
  const { runWithCore } = await import('./run-with-core');
  return runWithCore(command, {
    dataDir: dataDirFrom(dataDirArg),
    args,
    opts,
    json,
    io,
    out: typeof values.out === 'string' ? values.out : undefined,
    force: values.force === true,
  });
}

const unused: CliCall = () => Promise.reject(new Error('help calls no channel'));

/** Runs one command in this process and exits with its code (the bundle's entry, scripts/cli.mjs). */
export function cliMain(argv: readonly string[] = process.argv.slice(2)): void {
  runCli(argv, {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

if (require.main === module) cliMain();
