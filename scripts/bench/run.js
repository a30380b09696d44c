#!/usr/bin/env node
// `npm run bench`: runs the benchmarks in scripts/bench/benchmarks.js with tachometer in the local
// headless Chromium, computes the ratios measured side by side (RATIOS), measures bundle sizes
// (scripts/size.js), records the run in docs/bench-runs.jsonl and writes docs/benchmarks.md.
//
//   node scripts/bench/run.js [--dist <dir>] [--filter <text>] [--quick] [--check] [--self-test] [--no-report]
//
//   --dist       build output to benchmark (default dist/; built with `npx vite build` if missing)
//   --filter     only rows whose name contains the text; the run is recorded, and docs/benchmarks.md
//                gets it in its list of every run, but its tables are rewritten by full runs only
//   --quick      only the groups the ratios need, with each ratio's `quickSamples` (npm test)
//   --check      exit 1 when a ratio is under its guard, a row fails, or a size budget is exceeded;
//                absolute times never fail (they are reported met or missed)
//   --self-test  check the check: each measured ratio against a guard 10% above it must fail
//   --no-report  print only: no record, docs/benchmarks.md left alone (--quick implies it)
//
// Nothing is downloaded: tachometer drives Chromium through Debian's chromedriver (the
// chromium-driver package, matching /usr/bin/chromium; CHROMEDRIVER_PATH overrides), put first on
// PATH, and Selenium Manager runs offline. The npm `chromedriver` package is a devDependency only
// because tachometer insists on resolving it; its install script never runs (allowScripts), so it
// downloads nothing and holds no driver.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromePath, chromedriverDir, CHROME_FLAGS } from '../chrome-path.js';
import { BENCHMARKS, RATIOS } from './benchmarks.js';
import { fmt, recordRun, slug, writeReport } from './report.js';
import { medianCI, ratioCI } from './stats.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = resolve(root, option('--dist') ?? 'dist');
const filter = option('--filter');
const check = args.includes('--check');
const quick = args.includes('--quick');
const selfTest = args.includes('--self-test');
const record = !args.includes('--no-report') && !quick;
const workDir = join(root, '.tmp/bench');
mkdirSync(workDir, { recursive: true });

const chrome = chromePath();
const driverDir = chromedriverDir();
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

/** The measures of a row: its `measures`, or the one number its page publishes. */
function measuresOf(bench) {
  return bench.measures ?? [{ key: null, label: null, unit: bench.unit, budget: bench.budget }];
}

/** Starts a row's back end (`server`): it listens on a free port and writes a ready file. */
function startServer(bench) {
  const port = 47000 + Math.floor(Math.random() * 2000);
  const ready = join(workDir, `${slug(bench.name)}.ready`);
  rmSync(ready, { force: true });
  const server = spawn(process.execPath, [join(root, bench.server.script), String(port), ready, ...(bench.server.args ?? [])], { cwd: root, stdio: 'inherit' });
  const deadline = Date.now() + 60000;
  while (!existsSync(ready)) {
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`${bench.server.script} did not start within 60 s`);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  return { server, api: `http://127.0.0.1:${port}/` };
}

/** Runs the rows of one group side by side (one tachometer session, page loads interleaved). */
function runGroup(rows, sampleSize) {
  const missing = [...new Set(rows.flatMap((b) => b.requires.filter((f) => !existsSync(join(dist, f)))))];
  if (missing.length) return rows.map((bench) => ({ bench, skipped: `not in ${relative(root, dist)}/: ${missing.join(', ')}` }));
  const withServer = rows.filter((b) => b.server);
  if (withServer.length && rows.length > 1) throw new Error(`a row with a server cannot share a group: ${withServer[0].name}`);
  let started;
  try {
    started = withServer.length ? startServer(rows[0]) : undefined;
  } catch (err) {
    return rows.map((bench) => ({ bench, error: err.message }));
  }
  try {
    return runTach(rows, sampleSize, started?.api);
  } finally {
    started?.server.kill();
  }
}

function runTach(rows, sampleSize, api) {
  const distQuery = `dist=/${relative(root, dist).split('\\').join('/')}`;
  const label = rows[0].group ?? rows[0].name;
  const configPath = join(workDir, `${slug(label)}.json`);
  const jsonPath = join(workDir, `${slug(label)}.result.json`);
  rmSync(jsonPath, { force: true });
  const url = (bench) => {
    const [pagePath, query = ''] = bench.page.split('?');
    const extra = [query, api ? `api=${encodeURIComponent(api)}` : '', distQuery].filter(Boolean).join('&');
    return `${join(root, pagePath)}?${extra}`;
  };
  const config = {
    root,
    sampleSize,
    timeout: 0, // no auto-sampling: a fixed sample size keeps the run short and predictable
    resolveBareModules: true,
    benchmarks: rows.map((bench) => ({
      name: bench.name,
      url: url(bench),
      browser: {
        name: 'chrome',
        headless: true,
        binary: chrome,
        addArguments: [...CHROME_FLAGS, ...(bench.chromeFlags ?? [])],
        windowSize: { width: 1024, height: 768 },
      },
      measurement: measuresOf(bench).map((m) => ({
        mode: 'expression',
        name: m.key ?? 'value',
        expression: m.key ? `window.tachometerResult && window.tachometerResult[${JSON.stringify(m.key)}]` : 'window.tachometerResult',
      })),
    })),
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  console.log(`\n▶ ${rows.map((r) => r.name).join('\n  ')}\n  (${sampleSize} samples${rows.length > 1 ? ' each, interleaved' : ''})`);
  const started = Date.now();
  const res = spawnSync(process.execPath, [tachBin, '--config', configPath, '--json-file', jsonPath], {
    cwd: root,
    env: tachEnv,
    encoding: 'utf8',
    timeout: 20 * 60 * 1000,
  });
  const seconds = (Date.now() - started) / 1000;
  if (res.status !== 0 || !existsSync(jsonPath)) {
    const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    return rows.map((bench) => ({ bench, error: `tachometer failed (exit ${res.status ?? res.signal}):\n${out}` }));
  }
  const found = JSON.parse(readFileSync(jsonPath, 'utf8')).benchmarks;
  return rows.map((bench) => {
    const list = measuresOf(bench);
    const measures = list.map((m) => {
      const name = list.length === 1 ? bench.name : `${bench.name} [${m.key}]`;
      const result = found.find((r) => r.name === name);
      const stats = medianCI(result?.samples ?? []);
      return {
        ...m,
        samples: result?.samples ?? [],
        stats,
        meanCI: result?.mean ?? { low: NaN, high: NaN },
        over: m.budget !== undefined && stats.median > m.budget,
      };
    });
    return { bench, seconds, measures, userAgent: found[0]?.browser?.userAgent };
  });
}

/** A ratio's measured value, or why it has none, and whether it holds its guard. */
function evaluateRatio(ratio, results, atLeast = ratio.atLeast) {
  const samplesOf = (side) => {
    const r = results.find((x) => x.bench.name === side.row);
    const m = r?.measures?.find((x) => (side.key ?? null) === x.key);
    return m?.samples.length ? m.samples : undefined;
  };
  const slower = samplesOf(ratio.slower);
  const faster = samplesOf(ratio.faster);
  if (!slower || !faster) return { ratio, atLeast, ok: false, missing: true };
  const ci = ratioCI(slower, faster);
  return { ratio, atLeast, ok: ci.value >= atLeast, ...ci, n: [slower.length, faster.length] };
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

/** The groups to run, in order: rows of one group together, with their sample size. */
function plan() {
  let rows = BENCHMARKS.filter((b) => !filter || b.name.includes(filter));
  const quickSamples = new Map();
  if (quick) {
    for (const r of RATIOS) for (const side of [r.slower, r.faster]) {
      quickSamples.set(side.row, Math.max(quickSamples.get(side.row) ?? 0, r.quickSamples));
    }
    rows = rows.filter((b) => quickSamples.has(b.name));
  }
  const groups = new Map();
  for (const b of rows) {
    const key = b.group ?? `row: ${b.name}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((g) => ({
    rows: g,
    sampleSize: Math.max(...g.map((b) => (quick ? quickSamples.get(b.name) : b.sampleSize))),
  }));
}

function printResult(r) {
  if (r.skipped) return console.log(`  ${r.bench.name}: skipped: ${r.skipped}`);
  if (r.error) return console.log(`  ${r.bench.name}: ${r.error}`);
  for (const m of r.measures) {
    const u = m.unit;
    console.log(
      `  ${r.bench.name}${m.label ? `: ${m.label}` : ''}: median ${fmt(m.stats.median, u)} ` +
        `(95% CI ${fmt(m.stats.low, u)} – ${fmt(m.stats.high, u)}), n=${m.stats.n}` +
        (m.budget === undefined ? '' : `, target ≤ ${fmt(m.budget, u)} ${m.over ? 'missed' : 'met'}`),
    );
  }
}

/** --self-test: every measured ratio must fail a guard 10% above its value (the check can fail). */
function selfTestRatios(results, ratios) {
  const measured = ratios.filter((r) => !r.missing);
  let ok = measured.length > 0;
  for (const r of measured) {
    const tight = evaluateRatio(r.ratio, results, r.value * 1.1);
    if (tight.ok) ok = false;
    console.log(`self-test: ${r.ratio.name} against ${(r.value * 1.1).toFixed(2)}× fails: ${tight.ok ? 'NO' : 'yes'}`);
  }
  const missing = evaluateRatio(RATIOS[0], []);
  if (missing.ok) ok = false;
  console.log(`self-test: a ratio with no measurement fails: ${missing.ok ? 'NO' : 'yes'}`);
  return ok;
}

async function main() {
  ensureDist();
  const results = [];
  for (const group of plan()) {
    const rs = runGroup(group.rows, group.sampleSize);
    rs.forEach(printResult);
    results.push(...rs);
  }
  const ratios = RATIOS.filter((r) => !filter || results.some((x) => x.bench.name === r.slower.row || x.bench.name === r.faster.row)).map((r) => evaluateRatio(r, results));
  console.log('');
  for (const r of ratios) {
    console.log(
      r.missing
        ? `ratio ${r.ratio.name}: not measured (guard ≥ ${r.atLeast}×) MISSED`
        : `ratio ${r.ratio.name}: ${r.value.toFixed(2)}× (95% CI ${r.low.toFixed(2)}× – ${r.high.toFixed(2)}×), guard ≥ ${r.atLeast}× ${r.ok ? 'held' : 'MISSED'}`,
    );
  }
  const sizes = quick ? { rows: [] } : sizeReport();
  if (record && results.some((r) => r.measures)) {
    const m = machine();
    const command = `node scripts/bench/run.js ${args.join(' ')}`.trim();
    recordRun(root, { command, machine: m, results, ratios });
    writeReport(root, { full: !filter, machine: m, distLabel: relative(root, dist) || '.', results, ratios, sizes });
    if (!filter) {
      // First render from a cold cache, the loader against the one-file CDN build (issue 19).
      const { coldStart, coldStartSection, writeColdStart } = await import('./cold-start.js');
      const samples = 7;
      const baseline = '9f4ef15';
      writeColdStart(coldStartSection(await coldStart({ samples, baseline }), { samples, baseline, date: new Date().toISOString().slice(0, 10) }));
    }
    console.log(`\nrecorded in docs/bench-runs.jsonl; wrote docs/benchmarks.md${filter ? ' (its list of runs)' : ''}`);
  }
  const failed = results.filter((r) => r.error);
  const over = results.flatMap((r) => (r.measures ?? []).filter((m) => m.over));
  const missed = ratios.filter((r) => !r.ok);
  const sizeOver = (sizes.rows ?? []).filter((r) => r.ok === false);
  const ran = results.filter((r) => !r.skipped);
  console.log(
    `\nbench: ${ran.length - failed.length} rows ran, ${failed.length} failed, ${results.length - ran.length} skipped; ` +
      `${ratios.length - missed.length} of ${ratios.length} ratios held; ${over.length} targets missed (reported, not checked); ` +
      `${sizeOver.length} over size budget`,
  );
  if (selfTest && !selfTestRatios(results, ratios)) {
    console.error('self-test failed: the ratio check would not have caught a regression');
    process.exitCode = 1;
  }
  if (failed.length || sizes.error || (check && (missed.length || sizeOver.length))) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
