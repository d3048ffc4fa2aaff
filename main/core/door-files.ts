/**
 * Reading a file the user named (terminal arguments, files opened from the OS): its size is checked
 * before a byte is read, so a 600 MB file is refused in a line instead of exhausting the memory or
 * hitting "Cannot create a string longer than…", and a missing path says so in Vietnamese instead of
 * a raw ENOENT.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { PACKAGE_LIMITS } from '../../shared/ipc/limits';
import { AppError } from './errors';
import { DEFAULT_LIMITS, formatBytes } from './import/limits';
import { ROSTER_LIMITS } from './services/roster-csv';

/** The largest file of each kind any door accepts. */
export function maxBytesFor(path: string): number {
  switch (extname(path).toLowerCase()) {
    case '.docx':
    case '.doc':
    case '.pdf':
      return DEFAULT_LIMITS.maxDocxBytes;
    case '.txt':
    case '.md':
      return DEFAULT_LIMITS.maxTextBytes;
    case '.csv':
      return ROSTER_LIMITS.bytes;
    default:
      return PACKAGE_LIMITS.fileBytes;
  }
}

/** Why a path cannot be read, in Vietnamese, from a file-system error. */
export function describeFsError(path: string, error: unknown): string {
  const name = basename(path);
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Không tìm thấy tệp hoặc thư mục "${name}" (${path}).`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền đọc "${name}" (${path}).`;
    case 'EISDIR':
      return `"${name}" là một thư mục, không phải tệp.`;
    default:
      return `Không đọc được "${name}" (${path}).`;
  }
}

/** Stat first, then read: the file's name and bytes, or an AppError naming the file. */
export function readFileAtDoor(path: string, maxBytes: number = maxBytesFor(path)): { name: string; data: Buffer } {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw new AppError('not_found', describeFsError(path, error));
  }
  if (size > maxBytes)
    throw new AppError(
      'too_large',
      `Tệp "${name}" bị từ chối: nặng ${formatBytes(size)}, lớn hơn giới hạn ${formatBytes(maxBytes)}; tệp không được đọc.`,
    );
  try {
    return { name, data: readFileSync(path) };
  } catch (error) {
    throw new AppError('not_found', describeFsError(path, error));
  }
}
