/**
 * Package files opened from the OS (double-click, "Open with", drag onto the app icon): a dossier
 * (.hoso) is opened for review, comment packages (.gopy) are imported for the secretariat. They go
 * through dispatch like every other door, so the contract's checks (size, name) apply. The result is
 * told in a message box and the window reloads on the new data.
 */
import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import type { OutputOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import { DOSSIER_PACKAGE_EXT } from '../../shared/ipc/limits';
import type { CoreContext } from '../core/context';
import { readFileAtDoor } from '../core/door-files';
import { AppError } from '../core/errors';
import { dispatch } from '../core/dispatch';

type Result<C extends typeof CHANNELS.packagesImportDossier | typeof CHANNELS.packagesImportComments> = Envelope<OutputOf<C>>;

async function openOne(ctx: CoreContext, path: string): Promise<string> {
  const name = basename(path);
  let file: { name: string; dataBase64: string };
  try {
    // Size first, then the bytes: a huge file is refused without being read; a missing one is said in Vietnamese.
    file = { name, dataBase64: readFileAtDoor(path).data.toString('base64') };
  } catch (error) {
    return error instanceof AppError ? error.message : `${name}: ${String(error)}`;
  }
  if (path.endsWith(DOSSIER_PACKAGE_EXT)) {
    const r = (await dispatch(ctx, CHANNELS.packagesImportDossier, { file })) as Result<typeof CHANNELS.packagesImportDossier>;
    if (!r.ok) return `${name}: ${r.error.message}`;
    return r.value.status === 'imported'
      ? `${name}: đã mở hồ sơ phiên bản ${r.value.version}.`
      : `${name}: hồ sơ này đã có, không thay đổi.`;
  }
  const r = (await dispatch(ctx, CHANNELS.packagesImportComments, { files: [file] })) as Result<
    typeof CHANNELS.packagesImportComments
  >;
  if (!r.ok) return `${name}: ${r.error.message}`;
  const [one] = r.value;
  if (one.status === 'rejected') return one.message ?? name;
  return `${name}: ${one.status === 'imported' ? 'đã nhập' : 'đã nhập trước đó, không thay đổi'}.`;
}

export async function openPackageFiles(ctx: CoreContext, paths: readonly string[], window: BrowserWindow | null): Promise<void> {
  const lines: string[] = [];
  for (const path of paths) lines.push(await openOne(ctx, path));
  if (lines.length === 0) return;
  window?.webContents.reload();
  const options = { type: 'info' as const, title: 'Góp ý HĐND', message: lines.join('\n') };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
