/**
 * The part of the terminal door that needs the core (SQLite, the contract's schemas, the engines).
 * cli.ts loads it with a dynamic import, so `help` and a mistyped command answer without loading it.
 */
import { resolve } from 'node:path';
import { openCore, type CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { fixedPathDoor } from '../core/files';
import { locateResources } from '../core/paths';
import { describeRestore, describeStartupFailure, restoreForStartup } from '../core/recovery';
import type { CliCall, CliIO, Command, OptionValues, OptionSpec } from './command';

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
      files: run.out ? fixedPathDoor(resolve(run.out), run.force) : undefined,
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
