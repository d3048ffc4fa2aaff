/** Where the benchmark finds the repository and keeps its results, cache and scratch folders. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
/** Gitignored: results-<date>.json and the fixture cache. */
export const BENCH_DIR = join(REPO_ROOT, '.bench');
export const CACHE_ROOT = join(BENCH_DIR, 'cache');

let scratchRoot: string | null = null;

/** The run's scratch folder under the OS temp folder (removed at the end unless --keep). */
export function scratchDir(): string {
  scratchRoot ??= mkdtempSync(join(tmpdir(), 'gopy-bench-'));
  return scratchRoot;
}

/** A fresh, empty folder inside the run's scratch folder. */
export function freshDir(prefix: string): string {
  const root = scratchDir();
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

export function scratchRootIfAny(): string | null {
  return scratchRoot;
}
