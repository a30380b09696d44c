// docs/benchmarks.md and the record of every run (docs/bench-runs.jsonl), for scripts/bench/run.js.
// Every run that measured something is recorded, filtered ones included, and the report lists
// them all, so no published figure can be a chosen one.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLD_START_MARKERS } from './cold-start.js';

export const REPORT = 'docs/benchmarks.md';
export const RUNS = 'docs/bench-runs.jsonl';
const RUNS_HEADING = '## Every recorded run';
/** How many runs the report lists in full; the rest stay in docs/bench-runs.jsonl. */
const LISTED_RUNS = 25;

export function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The anchor of a row's measure in docs/benchmarks.md (status.md and component docs link to it). */
export const anchorOf = (benchName, key) => slug(key ? `${benchName} ${key}` : benchName);

export function fmt(value, unit) {
  if (!Number.isFinite(value)) return '-';
  if (unit === 'CLS') return value.toFixed(4);
  if (unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${value.toFixed(1)} ms`;
}

const measureName = (bench, m) => (m.label ? `${bench.name}: ${m.label}` : bench.name);

function git(root, args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Appends this run to docs/bench-runs.jsonl; returns the record. */
export function recordRun(root, { command, machine, results, ratios }) {
  const commit = git(root, ['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(root, ['status', '--porcelain', '--', 'src', 'bench', 'scripts/bench']) !== '';
  const rows = results.flatMap((r) =>
    r.measures
      ? r.measures.map((m) => ({ name: measureName(r.bench, m), unit: m.unit, n: m.stats.n, median: m.stats.median, low: m.stats.low, high: m.stats.high, budget: m.budget ?? null }))
      : [{ name: r.bench.name, unit: r.bench.unit, n: 0, failed: r.error ? r.error.split('\n')[0] : r.skipped }],
  );
  const record = {
    date: machine.date,
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    command,
    machine: `${machine.cpu}, ${machine.cores} cores; ${machine.chromium}`,
    rows,
    ratios: ratios.map((r) => ({ name: r.ratio.name, atLeast: r.atLeast, value: r.value ?? null, low: r.low ?? null, high: r.high ?? null, ok: r.ok })),
  };
  appendFileSync(join(root, RUNS), `${JSON.stringify(record)}\n`);
  return record;
}

function runsSection(root) {
  const file = join(root, RUNS);
  const runs = existsSync(file)
    ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).reverse()
    : [];
  const lines = [
    RUNS_HEADING,
    '',
    `Every run of \`npm run bench\` is appended to [bench-runs.jsonl](bench-runs.jsonl), filtered runs`,
    `included; the newest ${LISTED_RUNS} are listed here, newest first, so a figure quoted anywhere can be`,
    'checked against the runs around it.',
    '',
  ];
  for (const run of runs.slice(0, LISTED_RUNS)) {
    lines.push(`### ${run.date} · ${run.commit}`, '', `\`${run.command}\` on ${run.machine}`, '');
    lines.push('| row | n | median | 95% CI (median) |', '|---|---:|---:|---:|');
    for (const row of run.rows) {
      if (row.failed) lines.push(`| ${row.name} | - | ${row.failed} | - |`);
      else lines.push(`| ${row.name} | ${row.n} | ${fmt(row.median, row.unit)} | ${fmt(row.low, row.unit)} – ${fmt(row.high, row.unit)} |`);
    }
    for (const r of run.ratios) {
      lines.push(`| ratio: ${r.name} | - | ${r.value === null ? 'not measured' : `${r.value.toFixed(2)}×`} | ${r.low === null ? '-' : `${r.low.toFixed(2)}× – ${r.high.toFixed(2)}×`} (guard ${r.atLeast}×${r.ok ? '' : ', **missed**'}) |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function timingLines(results) {
  const lines = [
    '| benchmark | samples | median | 95% CI (median) | 95% CI (mean) | target |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.skipped || r.error) {
      lines.push(`| <a id="${anchorOf(r.bench.name)}"></a>${r.bench.name} | - | ${r.skipped ? `skipped: ${r.skipped}` : 'failed'} | - | - | - |`);
      continue;
    }
    for (const m of r.measures) {
      const u = m.unit;
      const target = m.budget === undefined ? '-' : `≤ ${fmt(m.budget, u)}${m.over ? ' **missed**' : ' met'}`;
      lines.push(
        `| <a id="${anchorOf(r.bench.name, m.key)}"></a>${measureName(r.bench, m)} | ${m.stats.n} | ${fmt(m.stats.median, u)} | ` +
          `${fmt(m.stats.low, u)} – ${fmt(m.stats.high, u)} | ${fmt(m.meanCI.low, u)} – ${fmt(m.meanCI.high, u)} | ${target} |`,
      );
    }
  }
  return lines;
}

function ratioLines(ratios) {
  const lines = [
    '| ratio | samples | ratio of medians | 95% CI (bootstrap) | guard | |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const r of ratios) {
    const anchor = `<a id="ratio-${r.ratio.id}"></a>`;
    if (r.missing) lines.push(`| ${anchor}${r.ratio.name} | - | not measured | - | ≥ ${r.atLeast}× | **missed** |`);
    else lines.push(`| ${anchor}${r.ratio.name} | ${r.n.join(' / ')} | ${r.value.toFixed(2)}× | ${r.low.toFixed(2)}× – ${r.high.toFixed(2)}× | ≥ ${r.atLeast}× | ${r.ok ? 'held' : '**missed**'} |`);
  }
  lines.push('', 'Why each guard is where it is:', '');
  for (const r of ratios) lines.push(`- **${r.ratio.name}**: ${r.ratio.why}`);
  return lines;
}

function sizeLines(sizes) {
  const kb = (n) => (n / 1000).toFixed(2);
  const lines = [
    'From `node scripts/size.js`: each entry bundled by esbuild with its imports and minified, as a',
    'portal\'s bundler would ship it; the CDN files as built; the "page:" rows are what a page loads',
    'for that use, lazy chunks included. kB = 1000 bytes; gzip level 9, brotli quality 11. Budgets',
    '(gzip) are checked by `node scripts/size.js --check` in `npm test`.',
    '',
  ];
  if (sizes.error) return [...lines, `Size measurement failed: ${sizes.error.split('\n')[0]}`];
  lines.push('| entry | minified | gzip | brotli | budget (gzip) |', '|---|---:|---:|---:|---:|');
  for (const row of sizes.rows) {
    lines.push(
      `| ${row.name} | ${kb(row.raw)} kB | ${kb(row.gzip)} kB | ${kb(row.brotli)} kB | ` +
        `${row.budget === null || row.budget === undefined ? '-' : `${kb(row.budget)} kB`}${row.ok === false ? ' **over**' : ''} |`,
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
  return lines;
}

/** The cold-start section of the report as it stands (scripts/bench/cold-start.js writes it). */
function coldStartKept(file) {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const [open, close] = COLD_START_MARKERS;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  return a >= 0 && b > a ? [text.slice(a, b + close.length), ''] : [];
}

/**
 * Writes docs/benchmarks.md: the whole report after a full run, or only the list of runs after a
 * filtered one (the tables then stay those of the last full run).
 */
export function writeReport(root, { full, machine: m, distLabel, results, ratios, sizes }) {
  const out = join(root, REPORT);
  const runs = runsSection(root);
  if (!full) {
    if (!existsSync(out)) return;
    const text = readFileSync(out, 'utf8');
    const at = text.indexOf(RUNS_HEADING);
    writeFileSync(out, `${at >= 0 ? text.slice(0, at) : `${text.trimEnd()}\n\n`}${runs}`);
    return;
  }
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by scripts/bench/run.js (`npm run bench`); edit that script, not this file. -->',
    '',
    'Numbers from one full run on the machine below, every row from that run; the runs before and',
    'after it are listed at the end. They compare ansinh with itself and with SurveyJS and',
    'LHC-Forms on the same machine; they are not a promise about any visitor\'s device.',
    '',
    'Every timed section ends when the result is on screen: at the frame after the last change,',
    'once painted (`painted()` in bench/lib/harness.js), for ansinh and the libraries it is compared',
    'with alike, each doing only its own work inside the clock. Work that never waits for a frame',
    '(typing, answering) is timed to "rendered and laid out", and whether each result made the next',
    'frame is counted apart ("late"). Scrolling is counted in dropped frames.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- Browser: ${m.chromium}, headless, driven by tachometer through chromedriver`,
    `- Node: ${m.node}`,
    `- Date: ${m.date}`,
    `- Build measured: \`${distLabel}/\``,
    '',
    '## Command',
    '',
    '```sh',
    'npm run build && npm run bench   # = node scripts/bench/run.js; add -- --check to fail on a missed ratio',
    '```',
    '',
    '## Ratios (measured side by side)',
    '',
    'The two rows of a ratio ran in one tachometer session with their page loads interleaved, so a',
    'busy machine slows both alike. `npm run bench -- --check` fails when a ratio is under its',
    'guard; `npm test` runs the same check on a quick subset (`--quick --check --self-test`).',
    '',
    ...ratioLines(ratios),
    '',
    '## Timings',
    '',
    'Median over the samples (page loads) with a distribution-free 95% confidence interval for',
    'the median (order statistics); tachometer\'s 95% confidence interval for the mean beside it.',
    'Targets are reported met or missed here; absolute times depend on the machine and never fail',
    'a check.',
    '',
    ...timingLines(results),
    '',
    'What each row measures:',
    '',
    ...results.map((r) => `- **${r.bench.name}** (\`${r.bench.page.split('?')[0]}\`): ${r.bench.what}`),
    '',
    '## Bundle sizes',
    '',
    ...sizeLines(sizes),
    '',
    // The cold-cache section (scripts/bench/cold-start.js) is kept as it was written.
    ...coldStartKept(out),
    runs,
  ];
  writeFileSync(out, `${lines.join('\n').trimEnd()}\n`);
}
