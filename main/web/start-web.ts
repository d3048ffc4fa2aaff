/**
 * `npm run start:web [-- --data-dir DIR] [--port N]`: the same UI and handlers as the desktop app,
 * served on loopback. Prints the full URL, token included, on a line of its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirFrom, openCoreForDoor, restoreCommand, startDailyBackup, warmCachesSoon } from '../core/bootstrap';
import { AppError } from '../core/errors';
import { argValue, locateResources } from '../core/paths';
import { envLang } from '../core/env-lang';
import { formatMessage } from '../../shared/messages/format';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = dataDirFrom(argValue(argv, '--data-dir'));
  const port = Number(argValue(argv, '--port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid_input', 'web.bad_port', { port: argValue(argv, '--port') ?? '' });
  }
  const resourcesDir = locateResources(__dirname);
  const rendererDir = join(resourcesDir, '..', 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new AppError('not_found', 'web.renderer_missing');
  }
  const opened = openCoreForDoor({ dataDir, resourcesDir, version: process.env.npm_package_version });
  if (!opened.ok) {
    const { reason, latestBackup } = opened.failure;
    throw latestBackup
      ? new AppError('db_corrupt', 'web.open_failed', { message: reason, restore: restoreCommand(dataDir) })
      : AppError.of('db_corrupt', reason);
  }
  const ctx = opened.ctx;
  startDailyBackup(ctx);
  warmCachesSoon(ctx);
  const web = await startWebServer(ctx, rendererDir, port);
  console.log(formatMessage(envLang(), 'door.serving', { dataDir }));
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
  console.error(error instanceof AppError ? formatMessage(envLang(), error.key, error.params) : error);
  process.exit(1);
});
