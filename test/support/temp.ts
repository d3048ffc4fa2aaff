import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

/** A fresh temporary folder per call, removed after the test. */
export function tempDir(prefix = 'gopy-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
