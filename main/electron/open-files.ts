/**
 * Package files opened from the OS (double-click, "Open with", drag onto the app icon): a dossier
 * (.hoso) is opened for review, comment packages (.gopy) are imported for the secretariat. The
 * result is told in a message box and the window reloads on the new data.
 */
import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import { DOSSIER_PACKAGE_EXT } from '../../shared/packages/format';
import type { CoreContext } from '../core/context';
import { readFileAtDoor } from '../core/door-files';
import { AppError } from '../core/errors';
import { importCommentFiles, importDossierFile } from '../core/services/exchange';

export async function openPackageFiles(ctx: CoreContext, paths: readonly string[], window: BrowserWindow | null): Promise<void> {
  const lines: string[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const file = readFileAtDoor(path);
      if (path.endsWith(DOSSIER_PACKAGE_EXT)) {
        const r = await importDossierFile(ctx, file);
        lines.push(
          r.status === 'imported' ? `${name}: đã mở hồ sơ phiên bản ${r.version}.` : `${name}: hồ sơ này đã có, không thay đổi.`,
        );
      } else {
        const [r] = await importCommentFiles(ctx, [file]);
        lines.push(
          r.status === 'rejected'
            ? (r.message ?? name)
            : `${name}: ${r.status === 'imported' ? 'đã nhập' : 'đã nhập trước đó, không thay đổi'}.`,
        );
      }
    } catch (error) {
      lines.push(error instanceof AppError ? error.message : `${name}: ${String(error)}`);
    }
  }
  if (lines.length === 0) return;
  window?.webContents.reload();
  const options = { type: 'info' as const, title: 'Góp ý HĐND', message: lines.join('\n') };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
