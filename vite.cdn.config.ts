import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * CDN build: dist/cdn/ansinh.js, one minified ES module with every dependency inside, that
 * registers every element. Heavy parts (Chart.js, survey templates) are dynamic imports and become
 * lazy chunks beside it, fetched only when a page uses them.
 * Built as an application entry rather than in library mode: Vite's library mode keeps the
 * whitespace of ES output, which nearly doubles the file.
 */
export default defineConfig({
  // Relative URLs for emitted files (the hash worker), so dist/ works wherever it is served from.
  base: './',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssMinify: 'esbuild',
    // No source maps in the package (issue 19): see docs/package.md. ANSINH_SOURCEMAPS=1 builds them.
    sourcemap: process.env.ANSINH_SOURCEMAPS === '1',
    modulePreload: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { ansinh: resolve(import.meta.dirname, 'src/cdn.ts') },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
