import { defineConfig } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/build/minify-literals.js';

/**
 * Library build: unbundled ESM in dist/ (one module per source module, dependencies external), so
 * a bundler in the portal's own build keeps only what it imports. Types come from
 * `tsc -p tsconfig.build.json`; the CDN build is vite.cdn.config.ts.
 * CSS lives in Lit `css` templates inside JS and is not touched by Vite's CSS minifier (see
 * scripts/check-dist.js, which checks `::slotted()` / `::part()` selectors survive the build).
 */
const defineEntries = Object.fromEntries(
  readdirSync(resolve(import.meta.dirname, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(import.meta.dirname, 'src/define', f)]),
);

/** `ansinh/contract`, `ansinh/fhir`, `ansinh/data` and `ansinh/sample` (issue 19). */
const layerEntries = Object.fromEntries(
  ['contract', 'fhir', 'data', 'sample']
    .filter((layer) => existsSync(resolve(import.meta.dirname, `src/${layer}/index.ts`)))
    .map((layer) => [`${layer}/index`, resolve(import.meta.dirname, `src/${layer}/index.ts`)]),
);

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const externals = Object.keys(pkg.dependencies ?? {});

/**
 * Vite writes the ledger's worker as `new Worker(new URL(new URL("../../assets/hash-worker-….js",
 * import.meta.url).href, "" + import.meta.url))`. This puts back the literal form that bundlers
 * document for workers (`new Worker(new URL('…', import.meta.url))`), so a portal's build emits the
 * worker too (issue 19; scripts/consumer/check.mjs builds one with Vite; webpack is not tested, and
 * may not follow the local `Worker` that passes the URL through Trusted Types).
 */
const workerUrlForBundlers = {
  name: 'ansinh-worker-url-for-bundlers',
  renderChunk(code: string) {
    const nested = /new URL\(\s*(?:\/\*\s*@vite-ignore\s*\*\/\s*)?new URL\(("[^"]*hash-worker[^"]*\.js"), import\.meta\.url\)\.href,\s*"" \+ import\.meta\.url\s*\)/g;
    return nested.test(code) ? { code: code.replace(nested, 'new URL($1, import.meta.url)'), map: null } : null;
  },
};

export default defineConfig({
  plugins: [minifyTemplates(), workerUrlForBundlers],
  // Relative URLs for emitted files (the hash worker), so dist/ works wherever it is served from.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    // No source maps in the package (issue 19): see docs/package.md. ANSINH_SOURCEMAPS=1 builds them.
    sourcemap: process.env.ANSINH_SOURCEMAPS === '1',
    cssMinify: 'esbuild',
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        ...layerEntries,
        ...defineEntries,
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => externals.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
