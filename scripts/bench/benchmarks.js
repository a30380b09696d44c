// The benchmark rows `npm run bench` runs. To add one: put a page under bench/ that publishes
// one number as `window.tachometerResult` (see bench/lib/harness.js), then add a row here.
//
//   name        shown in docs/benchmarks.md
//   page        path of the page from the repo root, with any query parameters
//   requires    files inside dist/ the page imports; the row is skipped (and says so) without them
//   unit        'ms' or 'CLS' (how the number is printed)
//   sampleSize  how many page loads; deterministic measures (CLS) need few
//   budget      optional upper bound for the median; --check fails when exceeded
//   what        one sentence for the report (Markdown): what is measured

/** @typedef {{ name: string, page: string, requires: string[], unit: 'ms' | 'CLS',
 *   sampleSize: number, budget?: number, what: string }} Benchmark */

/** @type {Benchmark[]} */
const FOUNDATION = [
  {
    name: 'foundation: define + render 200 primitives',
    page: 'bench/foundation-200.html',
    requires: ['base/primitives/button.js', 'base/primitives/text-field.js', 'tokens/install.js'],
    unit: 'ms',
    sampleSize: 25,
    what:
      'Modules already loaded: install tokens, register `<ansinh-button>` and `<ansinh-text-field>`, ' +
      'create 100 of each, wait for render, force layout.',
  },
  {
    name: 'CLS: text field embedded before its data',
    page:
      'bench/cls.html?module=base/primitives/text-field.js&export=AnsinhTextField' +
      '&tag=ansinh-text-field&data=/bench/data/text-field.json',
    requires: ['base/primitives/text-field.js', 'tokens/install.js'],
    unit: 'CLS',
    sampleSize: 8,
    what:
      'Host page with an empty `<ansinh-text-field>` in its content; the element registers and ' +
      'renders, then label, value and hint arrive 100 ms later. Sum of layout-shift entries.',
  },
];

// Each component adds its rows in scripts/bench/rows/<component>.js (`export default [ … ]`), so
// parallel work on components never edits the same file.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rowsDir = fileURLToPath(new URL('./rows/', import.meta.url));
const componentRows = [];
for (const file of readdirSync(rowsDir).filter((f) => f.endsWith('.js')).sort()) {
  const mod = await import(new URL(`./rows/${file}`, import.meta.url).href);
  componentRows.push(...mod.default);
}

/** @type {Benchmark[]} */
export const BENCHMARKS = [...FOUNDATION, ...componentRows];
