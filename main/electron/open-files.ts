/**
 * Package files opened from the OS (double-click, "Open with", drag onto the app icon): a dossier
 * (.hoso) is opened for review, comment packages (.gopy) are imported for the secretariat. They go
 * through dispatch like every other door, so the contract's checks (size, name) apply. The result is
 * told in a message box, in the UI's language, and the window reloads on the new data.
 */
import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import { APP_NAME } from '../../shared/domain/app';
import { CHANNELS } from '../../shared/ipc/channels';
import type { OutputOf } from '../../shared/ipc/contract';
import type { AppErrorShape, Envelope } from '../../shared/ipc/envelope';
import { DOSSIER_PACKAGE_EXT } from '../../shared/ipc/limits';
import type { CoreContext } from '../core/context';
import { readFileAtDoor } from '../core/door-files';
import { AppError } from '../core/errors';
import { dispatch } from '../core/dispatch';
import { uiLang } from '../core/ui-lang';
import { formatMessage } from '../../shared/messages/format';
import type { Lang } from '../../shared/messages/types';

type Result<C extends typeof CHANNELS.packagesImportDossier | typeof CHANNELS.packagesImportComments> = Envelope<OutputOf<C>>;

async function openOne(ctx: CoreContext, path: string, lang: Lang): Promise<string> {
  const name = basename(path);
  let file: { name: string; dataBase64: string };
  try {
    // Size first, then the bytes: a huge file is refused without being read; a missing one is said in words.
    file = { name, dataBase64: readFileAtDoor(path).data.toString('base64') };
  } catch (error) {
    return error instanceof AppError ? formatMessage(lang, error.key, error.params) : `${name}: ${String(error)}`;
  }
  const refused = (error: AppErrorShape): string => `${name}: ${formatMessage(lang, error.key, error.params)}`;
  if (path.endsWith(DOSSIER_PACKAGE_EXT)) {
    const r = (await dispatch(ctx, CHANNELS.packagesImportDossier, { file })) as Result<typeof CHANNELS.packagesImportDossier>;
    if (!r.ok) return refused(r.error);
    return r.value.status === 'imported'
      ? `${formatMessage(lang, 'door.dossier_opened', { file: name, version: String(r.value.version) })}.`
      : `${formatMessage(lang, 'door.dossier_unchanged', { file: name })}.`;
  }
  const r = (await dispatch(ctx, CHANNELS.packagesImportComments, { files: [file] })) as Result<
    typeof CHANNELS.packagesImportComments
  >;
  if (!r.ok) return refused(r.error);
  const [one] = r.value;
  if (one.status === 'rejected')
    return one.reason ? formatMessage(lang, one.reason.key, one.reason.params) : (one.message ?? name);
  return `${formatMessage(lang, one.status === 'imported' ? 'door.package_imported' : 'door.package_unchanged', { file: name })}.`;
}

export async function openPackageFiles(ctx: CoreContext, paths: readonly string[], window: BrowserWindow | null): Promise<void> {
  const lang = await uiLang(ctx);
  const lines: string[] = [];
  for (const path of paths) lines.push(await openOne(ctx, path, lang));
  if (lines.length === 0) return;
  window?.webContents.reload();
  const options = { type: 'info' as const, title: APP_NAME, message: lines.join('\n') };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
