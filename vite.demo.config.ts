import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** `npm start`: the demo portal, served from source with its embedded sample data. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  publicDir: false,
  // Scan only the portal's own page for dependencies: the framework proofs under demo/embeds/ are
  // built by their tests, and a failed scan makes Vite discover dependencies while the page loads
  // and reload it (a flash on first start, and broken modules where reloading is off).
  optimizeDeps: { entries: ['index.html'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [import.meta.dirname] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: resolve(import.meta.dirname, 'demo/dist'), emptyOutDir: true, target: 'es2022' },
});
