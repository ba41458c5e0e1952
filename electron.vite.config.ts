/** Desktop build: main process, sandboxed preload (CommonJS, as sandboxed preloads require) and the renderer. */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(root, 'main/index.ts') },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(root, 'main/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    worker: { format: 'es' },
    build: {
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
      chunkSizeWarningLimit: 4096,
    },
  },
});
