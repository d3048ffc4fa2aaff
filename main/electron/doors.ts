/** What the Electron door gives the core: the OS keychain for secrets, the OS dialogs for files. */
import { dialog, safeStorage, shell, type BrowserWindow } from 'electron';
import type { SecretBox } from '../core/crypto/keys';
import type { FileDoor } from '../core/files';
import { formatMessage } from '../../shared/messages/format';
import type { Lang } from '../../shared/messages/types';

export function osSecretBox(): SecretBox | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    kind: 'os',
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}

/** Save dialogs ask before overwriting, their file kinds in the UI's language; opening uses the system's viewer. */
export function dialogFileDoor(window: () => BrowserWindow | null, lang: () => Promise<Lang>): FileDoor {
  return {
    chooseSavePath: async (suggestedName, { name, extensions }) => {
      const parent = window();
      const kind = typeof name === 'string' ? name : formatMessage(await lang(), name.key, name.params);
      const options = {
        defaultPath: suggestedName,
        filters: [{ name: kind, extensions }],
        properties: ['showOverwriteConfirmation' as const],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openPath: async (path) => {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
  };
}
