/**
 * Web mode: the same renderer as the desktop app, served to a normal browser (`npm run web`) and built
 * into dist/web for the end-to-end tests and the startup benchmark.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './main/security.ts';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // The project file of the sample is inlined as text; a large chunk is expected, not a mistake.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: {
    host: 'localhost',
    port,
    strictPort: true,
    // renderer/ imports shared/ and graph-data/ from the repository root.
    fs: { allow: [import.meta.dirname] },
  },
  // The built app gets the policy as a header too: frame-ancestors only works there, not in the page's <meta>.
  preview: { host: 'localhost', port, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
