/**
 * `npm run start:web [-- --data-dir DIR] [--port N]`: the same UI and handlers as the desktop app,
 * served on loopback. Prints the full URL, token included, on a line of its own.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openCore, type CoreContext } from '../core/context';
import { checkInBackground, describeStartupFailure } from '../core/recovery';
import { AppError } from '../core/errors';
import { argValue, defaultDataDir, locateResources } from '../core/paths';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDirArg = argValue(argv, '--data-dir');
  const dataDir = dataDirArg ? resolve(dataDirArg) : defaultDataDir();
  const port = Number(argValue(argv, '--port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid_input', `Cổng không hợp lệ / invalid port: ${argValue(argv, '--port')}`);
  }
  const resourcesDir = locateResources(__dirname);
  const rendererDir = join(resourcesDir, '..', 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new AppError(
      'not_found',
      'Chưa dựng giao diện (out/renderer). Hãy chạy "npm run build" trước. / Renderer not built: run "npm run build".',
    );
  }
  let ctx: CoreContext;
  try {
    ctx = openCore({ dataDir, resourcesDir, version: process.env.npm_package_version });
  } catch (error) {
    const failure = describeStartupFailure(error, dataDir);
    const hint = failure.latestBackup
      ? `\nKhôi phục / restore: npm run cli -- restore-backup latest --data-dir "${dataDir}"`
      : '';
    throw new AppError('db_corrupt', failure.message + hint);
  }
  // The full integrity check (in a worker), then the daily backup if the file is sound.
  void checkInBackground(ctx).catch((error: unknown) =>
    console.error('Kiểm tra / sao lưu hằng ngày thất bại / integrity check or daily backup failed:', error),
  );
  const web = await startWebServer(ctx, rendererDir, port);
  console.log(`Góp ý HĐND đang chạy tại / is serving at (dữ liệu / data: ${dataDir}):`);
  console.log(web.url);
  const stop = (): void => {
    void web.close().finally(() => {
      ctx.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});
