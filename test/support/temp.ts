import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export { REPO_ROOT, RESOURCES_DIR } from './paths';

/** A fresh temporary folder per call, removed after the test. */
export function tempDir(prefix = 'gopy-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
