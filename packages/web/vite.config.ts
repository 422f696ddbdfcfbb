/**
 * The workbench build: relative asset paths (base './') and hash routing, so that dist/ can be served by any static
 * server under any path. The workspaces are bundled from their TypeScript sources (the "source" export condition),
 * so the page never waits for `tsc -b`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: {
    conditions: ['source', 'browser', 'module', 'import', 'default'],
    // The folder readers of @evidens/review come along with its index; see src/stubs/csv-parse-sync.ts.
    alias: { 'csv-parse/sync': fileURLToPath(new URL('./src/stubs/csv-parse-sync.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
