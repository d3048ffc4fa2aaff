/**
 * What a terminal command is, and the small helpers every command shares. Each command declares
 * its own options (Node's `util.parseArgs` config); cli.ts parses strictly, so an unknown flag or a
 * flag without its value is an error, never silently taken as a positional argument.
 */
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import type { MessageKey } from '../../shared/messages/types';
import { errorText, say } from './messages';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** The parsed values of a command's options, typed from its declaration. */
export type OptionValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

/** A typed call into the core: the input and result types come from the contract. */
export type CliCall = <C extends Channel>(channel: C, payload?: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;

export interface RunArgs<O extends OptionSpec = OptionSpec> {
  /** Positional arguments after the command name. */
  args: string[];
  /** The command's own options, parsed. */
  opts: OptionValues<O>;
  json: boolean;
  io: CliIO;
  call: CliCall;
}

export interface Command<O extends OptionSpec = OptionSpec> {
  name: string;
  /** The syntax: the command's name, its flags and their placeholders (the same in every language). */
  usage: string;
  /** Its line in `help`, from the catalogue (cli.summary.*). */
  summary: MessageKey;
  /** The command's own flags (besides the global --data-dir, --json). */
  options?: O;
  run(a: RunArgs<O>): Promise<number>;
}

/** Declares a command with its options typed from the declaration. */
export function defineCommand<O extends OptionSpec = Record<never, never>>(command: Command<O>): Command {
  return command as unknown as Command;
}

/** The options that write a file: the core's file door takes --out and --force from them. */
export const OUT_OPTIONS = { out: { type: 'string' }, force: { type: 'boolean' } } as const satisfies OptionSpec;

/** The exit code of a wrong call (a missing argument, an unknown flag). */
export const USAGE_ERROR = 2;

/** Prints the command's syntax after a wrong call (then the command returns USAGE_ERROR). */
export function printUsage(io: CliIO, command: Pick<Command, 'usage'>): void {
  io.err(say('cli.usage', { usage: command.usage }));
}

/** Prints an error envelope and returns its exit code, or undefined when the call succeeded. */
export function failed(io: CliIO, result: Envelope<unknown>): number | undefined {
  if (result.ok) return undefined;
  io.err(say('cli.error', { code: result.error.code, message: errorText(result.error) }));
  return 1;
}
