// `npx vite demo/embeds/react`: the React demo with Vite's React plugin. In a portal's own app,
// `ansinh` comes from node_modules; here it is the library's source.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: { ansinh: resolve(import.meta.dirname, '../../../src/index.ts') } },
  server: { fs: { allow: [resolve(import.meta.dirname, '../../..')] } },
});
