/**
 * The terminal door: `npm run cli -- <command> [--data-dir DIR] [--json]`. Every command goes
 * through the same `dispatch` as the UI, so it gets the same validation and the same results.
 */
import { parseArgs } from 'node:util';
import { dataDirFrom } from '../core/bootstrap';
import type { Lang } from '../../shared/messages/types';
import { printUsage, USAGE_ERROR, type CliCall, type OptionSpec, type OptionValues } from './command';
import { COMMANDS, type CliIO } from './commands';
import { say, setCliLang } from './messages';

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies OptionSpec;
const VALUED_GLOBALS = new Set(['--data-dir', '--lang']);
const LANGS: readonly Lang[] = ['vi', 'en'];

/** The first argument that is neither a flag nor the value of a global string flag. */
function commandName(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    if (VALUED_GLOBALS.has(argv[i])) i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return 'help';
}

/** --lang's value (`--lang en` or `--lang=en`), read before the command is known: its errors are worded in it too. */
function langArg(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/** Runs one command; its lines are in the language of --lang, else GOPY_LANG, else Vietnamese. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = langArg(argv);
  if (lang !== undefined && !LANGS.includes(lang as Lang)) {
    io.err(say('cli.bad_lang', { lang }));
    return 2;
  }
  setCliLang(lang as Lang | undefined);
  try {
    return await runCommand(argv, io);
  } finally {
    setCliLang(undefined);
  }
}

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const name = commandName(argv);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(say('cli.unknown_command', { name }));
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
    io.err(say('cli.invalid_option', { detail: (error as Error).message }));
    printUsage(io, command);
    return USAGE_ERROR;
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
