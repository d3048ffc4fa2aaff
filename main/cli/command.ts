/**
 * What a terminal command is, and the small helpers every command shares. Each command declares
 * its own options (Node's `util.parseArgs` config); cli.ts parses strictly, so an unknown flag or a
 * flag without its value is an error, never silently taken as a positional argument.
 */
import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import { errorText } from './messages';

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
  usage: string;
  summary: string;
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

export const STANCE_LABEL = { tan_thanh: 'Tán thành', khong_tan_thanh: 'Không tán thành', y_kien_khac: 'Ý kiến khác' } as const;

/** Prints an error envelope and returns its exit code, or undefined when the call succeeded. */
export function failed(io: CliIO, result: Envelope<unknown>): number | undefined {
  if (result.ok) return undefined;
  io.err(`Lỗi (${result.error.code}): ${errorText(result.error)}`);
  return 1;
}
