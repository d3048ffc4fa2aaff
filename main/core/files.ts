/**
 * How a door chooses where a file goes. The Electron door asks with the OS save dialog (which asks
 * before overwriting); the web and terminal doors save under the data folder's exports/ with a name
 * that never overwrites, or where the terminal's --out says. Writes are atomic: temp file + rename.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from './errors';
import type { MessageRef } from '../../shared/messages/types';

export interface SaveFilter {
  name: string | MessageRef;
  extensions: string[];
}

export interface FileDoor {
  /** Where to save a file; null when the user cancelled. */
  /** The filter's name: a format's own name ("PDF"), or a catalogue message the door words in its language. */
  chooseSavePath(suggestedName: string, filter: SaveFilter): Promise<string | null>;
  /** Opens a file with the system's viewer, where the door can. */
  openPath?(path: string): Promise<void>;
}

/** A path in `dir` named like `name`, with " (2)", " (3)"… added when taken. */
export function freePath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = basename(name, ext);
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return candidate;
}

export function exportsFolderDoor(dataDir: string): FileDoor {
  return {
    chooseSavePath: async (suggestedName) => {
      const dir = join(dataDir, 'exports');
      mkdirSync(dir, { recursive: true });
      return freePath(dir, suggestedName);
    },
  };
}

/** The terminal's --out FILE: refuses to overwrite unless told to. */
export function fixedPathDoor(path: string, overwrite: boolean): FileDoor {
  return {
    chooseSavePath: async () => {
      if (existsSync(path) && !overwrite) throw new AppError('conflict', 'file.exists', { path });
      return path;
    },
  };
}

export function writeFileAtomic(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Vietnamese text to a safe ASCII file-name part: "Tổ đại biểu Hạ Long" -> "to-dai-bieu-ha-long". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
}
