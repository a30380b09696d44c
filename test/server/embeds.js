// Server side of the embedding proofs (test/embeds/*.test.ts, demo/embeds/*).
//
// Middleware (runs before web-test-runner's own plugins, so nothing is injected into the pages):
//   /demo/embeds/plain-html/*   served straight from disk. HTML pages get the strict policy
//                               STRICT_CSP; the runner's own pages keep their inline scripts.
//   /__embeds/bundle/<app>.js   `react` or `vue`: demo/embeds/<app>/mount.(tsx|ts) bundled by
//                               esbuild (React is CommonJS, Vue's template compiler needs its
//                               bundler build); `ansinh` resolves to src/index.ts, so every
//                               element the library registers is in the app.
//   /__embeds/server-form/*     proxied to the demo form server (demo/embeds/server-form/server.js)
//                               once a test started it, so the test page can fill the form in a
//                               same-origin iframe. The server itself is a real HTTP server on
//                               127.0.0.1 at a random port; the proxy forwards bytes only.
// Commands (executeServerCommand):
//   embeds-ensure-cdn            builds dist/cdn/ansinh.js when it is missing or older than src/
//                                (vite build --config vite.cdn.config.ts) -> { built, seconds }
//   embeds-expected-tags         -> { manifest, defineFiles, index, expected }: the ansinh-* tags
//                                in custom-elements.json, in src/define/*.ts, imported by src/index.ts
//   embeds-server-form-start     -> { url, port, proxyPath }
//   embeds-server-form-stored    -> the submissions the server stored
//   embeds-server-form-stop      -> true
// ANSINH_EMBEDS_PREVIEW=1 npx wtr --files 'test/embeds/**': the React and Vue bundles register
// every src/define/*.ts element, not only those src/index.ts imports (and `index` reports them
// all), to try an element in the framework proofs before it is wired into src/index.ts.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { startFormServer } from '../../demo/embeds/server-form/server.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

// ---------------------------------------------------------------- CDN bundle freshness

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function cdnIsStale() {
  const bundle = join(ROOT, 'dist/cdn/ansinh.js');
  if (!existsSync(bundle)) return true;
  const inputs = Math.max(
    newestMtime(join(ROOT, 'src')),
    newestMtime(join(ROOT, 'vite.cdn.config.ts')),
    newestMtime(join(ROOT, 'package.json')),
  );
  return statSync(bundle).mtimeMs < inputs;
}

function run(cmd, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${stderr}`)),
    );
  });
}

/** Copies every file of `from` into `to`, each through a temporary name and a rename. */
function installFiles(from, to) {
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(from, { withFileTypes: true });
  // Directories (lazy chunks) first and the entry module last, so a reader never gets an entry
  // that points at chunks not yet there.
  entries.sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || (a.name === 'ansinh.js' ? 1 : -1));
  for (const entry of entries) {
    const src = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) {
      installFiles(src, dest);
    } else {
      const tmp = `${dest}.tmp-${process.pid}`;
      copyFileSync(src, tmp);
      renameSync(tmp, dest);
    }
  }
}

let building;
async function ensureCdn() {
  if (building) return building;
  if (!cdnIsStale()) return { built: false, seconds: 0 };
  building = (async () => {
    const started = Date.now();
    // Built aside, then copied in, so a build running elsewhere (npm run build, another
    // engineer's test run) never sees a half-written dist/cdn.
    const out = join('.tmp', `embeds-cdn-${process.pid}-${started}`);
    try {
      await run('npx', ['vite', 'build', '--config', 'vite.cdn.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error']);
      installFiles(join(ROOT, out), join(ROOT, 'dist/cdn'));
    } finally {
      rmSync(join(ROOT, out), { recursive: true, force: true });
    }
    return { built: true, seconds: (Date.now() - started) / 1000 };
  })().finally(() => {
    building = undefined;
  });
  return building;
}

// ---------------------------------------------------------------- which tags should exist

function expectedTags() {
  const manifestPath = join(ROOT, 'custom-elements.json');
  const manifest = [];
  if (existsSync(manifestPath)) {
    const json = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const mod of json.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.customElement && decl.tagName?.startsWith('ansinh-')) manifest.push(decl.tagName);
  }
  const defineDir = join(ROOT, 'src/define');
  const byFile = new Map();
  for (const file of existsSync(defineDir) ? readdirSync(defineDir) : []) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(defineDir, file), 'utf8');
    for (const m of text.matchAll(/\.define\(\s*['"](ansinh-[a-z0-9-]+)['"]/g)) byFile.set(m[1], file.replace(/\.ts$/, ''));
  }
  const indexText = existsSync(join(ROOT, 'src/index.ts')) ? readFileSync(join(ROOT, 'src/index.ts'), 'utf8') : '';
  const index = [...byFile]
    .filter(([, file]) => PREVIEW || indexText.includes(`./define/${file}.js`))
    .map(([tag]) => tag);
  const defineFiles = [...byFile.keys()];
  const expected = [...new Set([...manifest, ...defineFiles])].sort();
  return { manifest: manifest.sort(), defineFiles: defineFiles.sort(), index: index.sort(), expected };
}

// ---------------------------------------------------------------- React / Vue app bundles

const PREVIEW = process.env.ANSINH_EMBEDS_PREVIEW === '1';

/** The module `ansinh` resolves to in the app bundles. */
function ansinhEntry() {
  if (!PREVIEW) return './src/index.ts';
  const defines = readdirSync(join(ROOT, 'src/define')).filter((f) => f.endsWith('.ts'));
  const entry = join('.tmp', 'embeds-preview-entry.ts');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const body = ["export * from '../src/index.js';", ...defines.map((f) => `import '../src/define/${f.replace(/\.ts$/, '.js')}';`)];
  writeFileSync(join(ROOT, entry), `${body.join('\n')}\n`);
  return `./${entry}`;
}

const APPS = {
  react: 'demo/embeds/react/mount.tsx',
  vue: 'demo/embeds/vue/mount.ts',
};

async function bundleApp(app) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [APPS[app]],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    sourcemap: 'inline',
    jsx: 'automatic',
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: ['development', 'browser'],
    alias: {
      ansinh: ansinhEntry(),
      // The full build: the demo's templates are compiled in the browser.
      vue: 'vue/dist/vue.esm-bundler.js',
    },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// ---------------------------------------------------------------- form server

let formServer;

function readRequestBody(req) {
  return new Promise((resolvePromise, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function proxyToFormServer(ctx, rest) {
  if (!formServer) {
    ctx.status = 503;
    ctx.body = 'The server-form demo is not running (embeds-server-form-start).';
    return;
  }
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readRequestBody(ctx.req);
  const headers = {};
  for (const name of ['content-type', 'accept', 'accept-language', 'cookie']) {
    if (ctx.get(name)) headers[name] = ctx.get(name);
  }
  const res = await fetch(`${formServer.url}${rest}${ctx.search}`, {
    method: ctx.method,
    headers,
    body,
    redirect: 'manual',
  });
  ctx.status = res.status;
  for (const [name, value] of res.headers) {
    if (['content-type', 'location', 'content-security-policy', 'cache-control', 'set-cookie'].includes(name)) ctx.set(name, value);
  }
  ctx.body = Buffer.from(await res.arrayBuffer());
}

// ---------------------------------------------------------------- middleware and plugin

const PLAIN = '/demo/embeds/plain-html/';

/** Koa middleware for the web-test-runner config (`testMiddleware`). */
export async function embedsMiddleware(ctx, next) {
  if (ctx.path.startsWith(PLAIN)) {
    const file = resolve(ROOT, `.${decodeURIComponent(ctx.path)}`);
    const base = resolve(ROOT, `.${PLAIN}`);
    const type = TYPES[extname(file)];
    if (!file.startsWith(base + sep) || !type || !existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.status = 200;
    ctx.type = type;
    ctx.set('Cache-Control', 'no-store');
    if (type.startsWith('text/html')) ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.body = readFileSync(file);
    return;
  }
  const bundle = /^\/__embeds\/bundle\/(react|vue)\.js$/.exec(ctx.path);
  if (bundle) {
    ctx.status = 200;
    ctx.type = TYPES['.js'];
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await bundleApp(bundle[1]);
    return;
  }
  if (ctx.path.startsWith('/__embeds/server-form/')) {
    await proxyToFormServer(ctx, ctx.path.slice('/__embeds/server-form'.length));
    return;
  }
  await next();
}

/** web-test-runner plugin: the commands listed at the top. */
export function embedsPlugin() {
  return {
    name: 'ansinh-embeds',
    async executeCommand({ command }) {
      switch (command) {
        case 'embeds-ensure-cdn':
          return ensureCdn();
        case 'embeds-expected-tags':
          return expectedTags();
        case 'embeds-server-form-start': {
          await formServer?.close();
          formServer = await startFormServer({ port: 0, host: '127.0.0.1' });
          return { url: formServer.url, port: formServer.port, proxyPath: '/__embeds/server-form/' };
        }
        case 'embeds-server-form-stored':
          if (!formServer) throw new Error('the server-form demo is not running');
          return formServer.submissions();
        case 'embeds-server-form-stop':
          await formServer?.close();
          formServer = undefined;
          return true;
        default:
          return undefined;
      }
    },
    async serverStop() {
      await formServer?.close();
      formServer = undefined;
    },
  };
}
