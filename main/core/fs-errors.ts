/**
 * Why a path the user named cannot be read, from a file-system error: one wording for every door
 * and the document import, never the raw "ENOENT: no such file or directory".
 */
import { basename } from 'node:path';
import { msg, type MessageRef } from '../../shared/messages/types';

/** Why a path cannot be read, from a file-system error. */
export function describeFsError(path: string, error: unknown): MessageRef {
  const name = basename(path);
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return msg('file.not_found', { name, path });
    case 'EACCES':
    case 'EPERM':
      return msg('file.no_permission', { name, path });
    case 'EISDIR':
      return msg('file.is_directory', { name });
    default:
      return msg('file.unreadable', { name, path });
  }
}
