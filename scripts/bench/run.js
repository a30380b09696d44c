#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/benchmarks.js with tachometer in the local
// headless Chromium, measures bundle sizes (scripts/size.js), and writes docs/benchmarks.md.
//
//   node scripts/bench/run.js [--dist <dir>] [--filter <text>] [--check] [--no-report]
//
//   --dist      build output to benchmark (default dist/; built with `npx vite build` if missing)
//   --filter    only rows whose name contains the text (the report is then not written)
//   --check     exit 1 when a row with a budget has a median above it, or a size budget is exceeded
//   --no-report print only; leave docs/benchmarks.md alone
//
// Nothing is downloaded: tachometer drives Chromium through the chromedriver in
// node_modules/chromedriver (Debian's, matching /usr/bin/chromium), put first on PATH, and
// Selenium Manager runs offline.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath, CHROME_FLAGS } from '../chrome-path.js';
import { BENCHMARKS } from './benchmarks.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = resolve(root, option('--dist') ?? 'dist');
const filter = option('--filter');
const check = args.includes('--check');
const writeReport = !args.includes('--no-report') && !filter;
const workDir = join(root, '.tmp/bench');
mkdirSync(workDir, { recursive: true });

const chrome = chromePath();
const driverDir = join(root, 'node_modules/chromedriver/lib/chromedriver');
const tachBin = join(root, 'node_modules/tachometer/bin/tach.js');

/** Environment for tachometer: our chromedriver first, Selenium Manager offline and silent. */
const tachEnv = {
  ...process.env,
  PATH: [driverDir, join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter),
  SE_OFFLINE: 'true',
  SE_AVOID_STATS: 'true',
  SE_CACHE_PATH: join(workDir, 'selenium-cache'),
};

function ensureDist() {
  const rel = relative(root, dist);
  if (rel.startsWith('..') || rel.split(/[\\/]/).some((part) => part.startsWith('.'))) {
    // tachometer serves the repo root with koa-static, which never serves hidden paths.
    throw new Error(`--dist must be a non-hidden folder inside the repo (got ${rel}).`);
  }
  if (existsSync(join(dist, 'index.js'))) return;
  if (option('--dist')) throw new Error(`${dist}/index.js does not exist.`);
  console.log('dist/ is missing: running `npx vite build` first.');
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
}

/** Median and a distribution-free 95% confidence interval for it (binomial order statistics). */
export function medianCI(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { median: NaN, low: NaN, high: NaN, n };
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(1, Math.floor(n / 2 - half));
  const hi = Math.min(n, Math.ceil(1 + n / 2 + half));
  return { median, low: s[lo - 1], high: s[hi - 1], n };
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function runOne(bench) {
  const missing = bench.requires.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) {
    return { bench, skipped: `not in ${relative(root, dist)}/: ${missing.join(', ')}` };
  }
  // A row with `server` gets its back end in its own process (tachometer runs synchronously here):
  // the script listens on a free port, writes a ready file, and the page gets `?api=<url>`.
  let server;
  let page = bench.page;
  if (bench.server) {
    const port = 47000 + Math.floor(Math.random() * 2000);
    const ready = join(workDir, `${slug(bench.name)}.ready`);
    rmSync(ready, { force: true });
    server = spawn(process.execPath, [join(root, bench.server.script), String(port), ready, ...(bench.server.args ?? [])], { cwd: root, stdio: 'inherit' });
    const deadline = Date.now() + 60000;
    while (!existsSync(ready)) {
      if (Date.now() > deadline) {
        server.kill();
        return { bench, error: `${bench.server.script} did not start within 60 s` };
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
    page = `${page}${page.includes('?') ? '&' : '?'}api=${encodeURIComponent(`http://127.0.0.1:${port}/`)}`;
  }
  try {
    return runTach(bench, page);
  } finally {
    server?.kill();
  }
}

function runTach(bench, page) {
  const [pagePath, query = ''] = page.split('?');
  const distQuery = `dist=/${relative(root, dist).split('\\').join('/')}`;
  const configPath = join(workDir, `${slug(bench.name)}.json`);
  const jsonPath = join(workDir, `${slug(bench.name)}.result.json`);
  const config = {
    root,
    sampleSize: bench.sampleSize,
    timeout: 0, // no auto-sampling: a fixed sample size keeps the run short and predictable
    resolveBareModules: true,
    benchmarks: [
      {
        name: bench.name,
        url: `${join(root, pagePath)}?${query ? `${query}&` : ''}${distQuery}`,
        browser: {
          name: 'chrome',
          headless: true,
          binary: chrome,
          addArguments: CHROME_FLAGS,
          windowSize: { width: 1024, height: 768 },
        },
        measurement: [{ mode: 'expression', expression: 'window.tachometerResult' }],
      },
    ],
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  console.log(`\n▶ ${bench.name} (${bench.sampleSize} samples)`);
  const started = Date.now();
  const res = spawnSync(
    process.execPath,
    [tachBin, '--config', configPath, '--json-file', jsonPath],
    { cwd: root, env: tachEnv, encoding: 'utf8', timeout: 10 * 60 * 1000 },
  );
  const seconds = (Date.now() - started) / 1000;
  if (res.status !== 0 || !existsSync(jsonPath)) {
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    return { bench, error: `tachometer failed (exit ${res.status ?? res.signal}):\n${out}` };
  }
  const result = JSON.parse(readFileSync(jsonPath, 'utf8')).benchmarks[0];
  const stats = medianCI(result.samples);
  return {
    bench,
    seconds,
    samples: result.samples,
    stats,
    meanCI: result.mean,
    userAgent: result.browser?.userAgent,
    overBudget: bench.budget !== undefined && stats.median > bench.budget,
  };
}

function fmt(value, unit) {
  if (!Number.isFinite(value)) return '-';
  return unit === 'CLS' ? value.toFixed(4) : `${value.toFixed(1)} ms`;
}

function machine() {
  const cpu = cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // a Chromium that cannot print its version still runs the benchmarks; the report says unknown
  }
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    chromium,
    node: process.version,
    date: new Date().toISOString(),
  };
}

function sizeReport() {
  const res = spawnSync(
    process.execPath,
    [join(root, 'scripts/size.js'), '--json', '--dist', relative(root, dist) || '.'],
    { cwd: root, encoding: 'utf8' },
  );
  process.stdout.write(res.stdout ?? '');
  if (res.status !== 0) {
    process.stderr.write(res.stderr ?? '');
    return { error: (res.stderr || 'scripts/size.js failed').trim(), rows: [] };
  }
  return JSON.parse(readFileSync(join(root, '.tmp/size.json'), 'utf8'));
}

function markdown(m, results, sizes) {
  const kb = (n) => (n / 1000).toFixed(2);
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by scripts/bench/run.js (`npm run bench`); edit that script, not this file. -->',
    '',
    'Numbers from one run on the machine below. They compare ansinh with itself over time on',
    'the same kind of machine; they are not a promise about any visitor\'s device.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Browser: ${m.chromium}, headless, driven by tachometer through chromedriver`,
    `- Node: ${m.node}`,
    `- Date: ${m.date}`,
    `- Build measured: \`${relative(root, dist) || '.'}/\``,
    '',
    '## Command',
    '',
    '```sh',
    'npm run build && npm run bench   # = node scripts/bench/run.js',
    '```',
    '',
    '## Timings',
    '',
    'Median over the samples (page loads) with a distribution-free 95% confidence interval for',
    'the median (order statistics); tachometer\'s 95% confidence interval for the mean beside it.',
    '',
    '| benchmark | samples | median | 95% CI (median) | 95% CI (mean) | budget |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const u = r.bench.unit;
    if (r.skipped || r.error) {
      lines.push(`| ${r.bench.name} | - | ${r.skipped ? `skipped: ${r.skipped}` : 'failed'} | - | - | - |`);
      continue;
    }
    lines.push(
      `| ${r.bench.name} | ${r.stats.n} | ${fmt(r.stats.median, u)} | ` +
        `${fmt(r.stats.low, u)} – ${fmt(r.stats.high, u)} | ` +
        `${fmt(r.meanCI.low, u)} – ${fmt(r.meanCI.high, u)} | ` +
        `${r.bench.budget === undefined ? '-' : fmt(r.bench.budget, u)}${r.overBudget ? ' **over**' : ''} |`,
    );
  }
  lines.push('', 'What each row measures:', '');
  for (const r of results) lines.push(`- **${r.bench.name}** (\`${r.bench.page.split('?')[0]}\`): ${r.bench.what}`);
  lines.push(
    '',
    '## Bundle sizes',
    '',
    'From `node scripts/size.js`: each entry bundled by esbuild with its imports and minified, as a',
    'portal\'s bundler would ship it; the CDN files as built. kB = 1000 bytes; gzip level 9,',
    'brotli quality 11. Budgets (gzip) are checked by `node scripts/size.js --check`.',
    '',
  );
  if (sizes.error) {
    lines.push(`Size measurement failed: ${sizes.error.split('\n')[0]}`);
  } else {
    lines.push('| entry | minified | gzip | brotli | budget (gzip) |', '|---|---:|---:|---:|---:|');
    for (const row of sizes.rows) {
      lines.push(
        `| ${row.name} | ${kb(row.raw)} kB | ${kb(row.gzip)} kB | ${kb(row.brotli)} kB | ` +
          `${row.budget === null ? '-' : `${kb(row.budget)} kB`}${row.ok ? '' : ' **over**'} |`,
      );
      for (const l of row.lazy ?? []) {
        lines.push(`| &nbsp;&nbsp;lazy: ${l.file} | ${kb(l.raw)} kB | ${kb(l.gzip)} kB | ${kb(l.brotli)} kB | - |`);
      }
    }
    lines.push(
      '',
      'The two synthetic rows are the floor every element pays: the Lit and @lit/context exports',
      'that `src/` actually imports, and the base class with tokens and every primitive.',
    );
  }
  return lines.join('\n') + '\n';
}

async function main() {
  ensureDist();
  const selected = BENCHMARKS.filter((b) => !filter || b.name.includes(filter));
  const results = [];
  for (const bench of selected) {
    const r = runOne(bench);
    results.push(r);
    if (r.skipped) console.log(`  skipped: ${r.skipped}`);
    else if (r.error) console.log(`  ${r.error}`);
    else {
      const u = bench.unit;
      console.log(
        `  median ${fmt(r.stats.median, u)} (95% CI ${fmt(r.stats.low, u)} – ${fmt(r.stats.high, u)}), ` +
          `n=${r.stats.n}, ${r.seconds.toFixed(0)} s`,
      );
    }
  }
  const sizes = sizeReport();
  if (writeReport) {
    const out = join(root, 'docs/benchmarks.md');
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(out, markdown(machine(), results, sizes));
    console.log(`\nwrote ${relative(root, out)}`);
  }
  const failed = results.filter((r) => r.error);
  const over = results.filter((r) => r.overBudget);
  const sizeOver = (sizes.rows ?? []).filter((r) => !r.ok);
  const ran = results.filter((r) => !r.skipped);
  console.log(
    `\nbench: ${ran.length - failed.length} ran, ${failed.length} failed, ` +
      `${results.length - ran.length} skipped; ${over.length} over time budget, ` +
      `${sizeOver.length} over size budget`,
  );
  if (failed.length || sizes.error || (check && (over.length || sizeOver.length))) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
