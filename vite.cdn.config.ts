import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/build/minify-literals.js';

/**
 * CDN build: dist/cdn/ansinh.js, a small minified ES module (the loader, src/loader.ts) that loads
 * each element's code when its first instance appears; every element, and the heavy parts inside
 * them (Chart.js, survey templates), are chunks beside it with every dependency inside. The data
 * sources, the contract and the FHIR mapping are CDN modules of their own (data.js, contract.js,
 * fhir.js) that share those chunks. `.vite/manifest.json` records the chunk graph (scripts/size.js
 * measures what a page with one element fetches from it).
 * Built as an application entry rather than in library mode: Vite's library mode keeps the
 * whitespace of ES output, which nearly doubles the file.
 */
export default defineConfig({
  plugins: [minifyTemplates()],
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
    // The loader's import() of an element preloads every chunk that element needs at once
    // (link rel=modulepreload), instead of discovering them import by import: on a 150 ms round
    // trip the chain of imports cost more than the bytes saved (scripts/bench/cold-start.js).
    modulePreload: { polyfill: false },
    manifest: true,
    copyPublicDir: false,
    rollupOptions: {
      input: {
        ansinh: resolve(import.meta.dirname, 'src/cdn.ts'),
        data: resolve(import.meta.dirname, 'src/data/index.ts'),
        contract: resolve(import.meta.dirname, 'src/contract/index.ts'),
        fhir: resolve(import.meta.dirname, 'src/fhir/index.ts'),
      },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
