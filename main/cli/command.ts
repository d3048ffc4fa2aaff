/** What a terminal command is, and the small helpers every command shares. */
import type { Channel } from '../../shared/ipc/channels';
import type { Envelope } from '../../shared/ipc/envelope';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export interface RunArgs {
  /** Positional arguments after the command name. */
  args: string[];
  /** The whole command line, for command-specific options. */
  argv: readonly string[];
  json: boolean;
  io: CliIO;
  call(channel: Channel, payload?: unknown): Promise<Envelope<unknown>>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(a: RunArgs): Promise<number>;
}

export const STANCE_LABEL = { tan_thanh: 'Tán thành', khong_tan_thanh: 'Không tán thành', y_kien_khac: 'Ý kiến khác' } as const;

/** Prints an error envelope and returns its exit code, or undefined when the call succeeded. */
export function failed(io: CliIO, result: Envelope<unknown>): number | undefined {
  if (result.ok) return undefined;
  io.err(`Lỗi (${result.error.code}): ${result.error.message}`);
  return 1;
}
