import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * CDN build: dist/cdn/ansinh.js, one minified ES module with every dependency inside, that
 * registers every element. Heavy parts (Chart.js) are dynamic imports and become lazy chunks
 * beside it, fetched only when a page shows a chart.
 */
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    cssMinify: 'esbuild',
    sourcemap: true,
    lib: {
      entry: { ansinh: resolve(import.meta.dirname, 'src/cdn.ts') },
      formats: ['es'],
    },
    rollupOptions: {
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
