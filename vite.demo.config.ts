import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** `npm start`: the demo portal, served from source with its embedded sample data. */
export default defineConfig({
  root: resolve(__dirname, 'demo'),
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [__dirname] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: resolve(__dirname, 'demo/dist'), emptyOutDir: true, target: 'es2022' },
});
