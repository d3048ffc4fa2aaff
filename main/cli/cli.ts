/**
 * The terminal door: `npm run cli -- <command> [--data-dir DIR] [--json]`. Every command goes
 * through the same `dispatch` as the UI, so it gets the same validation and the same results.
 */
import { resolve } from 'node:path';
import { openCore, type CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import { AppError } from '../core/errors';
import { fixedPathDoor } from '../core/files';
import { describeStartupFailure, restoreForStartup } from '../core/recovery';
import { argValue, defaultDataDir, locateResources } from '../core/paths';
import { COMMANDS, type CliIO } from './commands';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const dataDirArg = argValue(argv, '--data-dir');
  const outArg = argValue(argv, '--out');
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (['--data-dir', '--out', '--item', '--document'].includes(argv[i])) i++;
    else if (!argv[i].startsWith('--')) positional.push(argv[i]);
  }
  const [name = 'help', ...args] = positional;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Lệnh không tồn tại / unknown command: ${name}. Xem "help".`);
    return 2;
  }
  if (command.name === 'help') return command.run({ args, argv, json, io, call: async () => ({ ok: true, value: null }) });
  const dataDir = dataDirArg ? resolve(dataDirArg) : defaultDataDir();
  if (command.name === 'restore-backup') {
    try {
      const { restored, movedAside } = restoreForStartup(dataDir, args[0] ?? 'latest');
      io.out(`Đã khôi phục ${restored}.${movedAside ? ` Tệp cũ được giữ tại ${movedAside}.` : ''}`);
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
      files: outArg ? fixedPathDoor(resolve(outArg), argv.includes('--force')) : undefined,
    });
  } catch (error) {
    const failure = describeStartupFailure(error, dataDir);
    io.err(failure.message);
    if (failure.latestBackup) io.err('Khôi phục / restore: npm run cli -- restore-backup latest --data-dir <thư mục dữ liệu>');
    return 1;
  }
  try {
    return await command.run({ args, argv, json, io, call: (channel, payload) => dispatch(ctx, channel, payload) });
  } finally {
    ctx.close();
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  }).then((code) => process.exit(code));
}
