/**
 * The part of the terminal door that needs the core (SQLite, the contract's schemas, the engines).
 * cli.ts loads it with a dynamic import, so `help` and a mistyped command answer without loading it.
 */
import { resolve } from 'node:path';
import { openCoreForDoor, restoreCommand } from '../core/bootstrap';
import { dispatch } from '../core/dispatch';
import { fixedPathDoor } from '../core/files';
import { locateResources } from '../core/paths';
import { describeRestore, restoreForStartup } from '../core/recovery';
import type { CliCall, CliIO, Command, OptionValues, OptionSpec } from './command';
import { errorText, messageText } from './messages';

export interface CoreRun {
  dataDir: string;
  args: string[];
  opts: OptionValues<OptionSpec>;
  json: boolean;
  io: CliIO;
  /** --out and --force, for the commands that write a file. */
  out?: string;
  force: boolean;
}

export async function runWithCore(command: Command, run: CoreRun): Promise<number> {
  const { dataDir, args, opts, json, io } = run;
  if (command.name === 'restore-backup') {
    try {
      io.out(messageText(describeRestore(restoreForStartup(dataDir, args[0] ?? 'latest'))));
      return 0;
    } catch (error) {
      io.err(errorText(error));
      return 1;
    }
  }
  // No daily backup here: a terminal command is short, and imports back up before they write.
  const opened = openCoreForDoor({
    dataDir,
    resourcesDir: locateResources(__dirname),
    version: process.env.npm_package_version,
    files: run.out ? fixedPathDoor(resolve(run.out), run.force) : undefined,
  });
  if (!opened.ok) {
    io.err(messageText(opened.failure.reason));
    if (opened.failure.latestBackup) io.err(messageText(restoreCommand(dataDir)));
    return 1;
  }
  const ctx = opened.ctx;
  try {
    const call = ((channel: string, payload?: unknown) => dispatch(ctx, channel, payload)) as CliCall;
    return await command.run({ args, opts, json, io, call });
  } finally {
    ctx.close();
  }
}
