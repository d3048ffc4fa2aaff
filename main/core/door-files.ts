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
import { DEFAULT_LIMITS } from './import/limits';
import { ROSTER_LIMITS } from './services/roster-csv';
import { describeFsError } from './fs-errors';

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

/** Stat first, then read: the file's name and bytes, or an AppError naming the file. */
export function readFileAtDoor(path: string, maxBytes: number = maxBytesFor(path)): { name: string; data: Buffer } {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw AppError.of('not_found', describeFsError(path, error));
  }
  if (size > maxBytes)
    throw new AppError('too_large', 'file.too_large', { file: name, size: { bytes: size }, limit: { bytes: maxBytes } });
  try {
    return { name, data: readFileSync(path) };
  } catch (error) {
    throw AppError.of('not_found', describeFsError(path, error));
  }
}
