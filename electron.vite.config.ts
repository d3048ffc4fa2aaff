import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/main.ts'),
          // Worker threads load their own files beside the bundle (main/core/workers/run.ts).
          'package-worker': resolve(__dirname, 'main/core/workers/package-worker.ts'),
          'package-verify-worker': resolve(__dirname, 'main/core/workers/package-verify-worker.ts'),
          'import-worker': resolve(__dirname, 'main/core/import/worker.ts'),
          'pdf-worker': resolve(__dirname, 'main/core/pdf/worker.ts'),
          'integrity-worker': resolve(__dirname, 'main/core/workers/integrity-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/electron/preload.ts') },
        // A sandboxed preload cannot load other files: emit one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified: 1.6 MB of start-up script to parse before the
      // agenda shows. Minified, and the secretariat's screens and the settings in their own chunks
      // (routing/screens.tsx), the agenda and the reader load ~0.55 MB.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react()],
  },
});
