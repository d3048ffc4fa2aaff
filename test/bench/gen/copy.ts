/** Copies a closed data folder's database (and its WAL, if one was left) into a fresh folder. */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../main/core/context';
import { freshDir } from '../paths';

export function copyDatabase(fromDir: string, toDir: string): void {
  for (const suffix of ['', '-wal']) {
    const from = join(fromDir, DATABASE_FILE + suffix);
    if (existsSync(from)) copyFileSync(from, join(toDir, DATABASE_FILE + suffix));
  }
}

/** A fresh scratch folder holding a copy of `fromDir`'s database. */
export function copyToFreshDir(fromDir: string, prefix: string): string {
  const dir = freshDir(prefix);
  copyDatabase(fromDir, dir);
  return dir;
}
