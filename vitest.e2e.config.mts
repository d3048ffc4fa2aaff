import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built renderer in Debian's Chromium against the loopback server. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
