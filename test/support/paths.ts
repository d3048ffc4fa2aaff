/** Where the repository is, for tests and the benchmark alike (no vitest here: the benchmark runs under plain tsx). */
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');
