// The benchmark rows `npm run bench` runs. To add one: put a page under bench/ that publishes
// one number as `window.tachometerResult` (see bench/lib/harness.js), then add a row here.
//
//   name        shown in docs/benchmarks.md
//   page        path of the page from the repo root, with any query parameters
//   requires    files inside dist/ the page imports; the row is skipped (and says so) without them
//   unit        'ms', 'count' or 'CLS' (how the number is printed)
//   sampleSize  how many page loads; deterministic measures (CLS) need few
//   budget      optional upper bound for the median: reported met or missed in docs/benchmarks.md
//               (absolute times depend on the machine, so they never fail a check; ratios do)
//   measures    optional: the page publishes an object and each measure is one of its numbers,
//               { key, label, unit, budget? }, each reported on its own line
//   group       optional: rows of one group run side by side in one tachometer session, their page
//               loads interleaved (what RATIOS compare must share a group)
//   chromeFlags optional: extra Chromium switches for this row (e.g. reduced motion)
//   server      optional: { script, args } a back end started for the row (the page gets ?api=)
//   what        one sentence for the report (Markdown): what is measured

/** @typedef {{ key: string, label: string, unit: 'ms' | 'count' | 'CLS', budget?: number }} Measure */
/** @typedef {{ name: string, page: string, requires: string[], unit: 'ms' | 'count' | 'CLS',
 *   sampleSize: number, budget?: number, measures?: Measure[], group?: string, chromeFlags?: string[],
 *   server?: { script: string, args?: string[] }, what: string }} Benchmark */

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
      'create 100 of each, wait for render and the painted frame.',
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

// Ratios measured side by side: both rows belong to one `group`, so their page loads alternate in
// one tachometer session and a busy machine slows both alike. `npm run bench -- --check` fails
// when a ratio (median of `slower` / median of `faster`) is under `atLeast`; `--quick` runs only
// the groups these need, with `quickSamples` page loads each (npm test does, with --check
// --self-test). Absolute times are reported in docs/benchmarks.md and never fail a test.
//
//   slower, faster  { row: a row's name, key?: a measure's key }
//   atLeast         the guard; `why` says where it comes from

/** @typedef {{ id: string, name: string, slower: { row: string, key?: string }, faster: { row: string, key?: string },
 *   atLeast: number, quickSamples: number, why: string }} Ratio */

/** @type {Ratio[]} */
export const RATIOS = [
  {
    id: 'survey-render-surveyjs',
    name: 'survey first render: SurveyJS time / ansinh time',
    slower: { row: 'survey: first render, MoH inpatient (SurveyJS 2.5.38)' },
    faster: { row: 'survey: first render, MoH inpatient (ansinh)' },
    atLeast: 2,
    quickSamples: 6,
    why:
      'ansinh is meant to render the forms its anchors render, faster (issue 18). Measured alike (to the ' +
      'painted frame) the lead is about 4x; the guard at 2x fails on a regression that halves it, not on noise.',
  },
  {
    id: 'survey-render-lhcforms',
    name: 'survey first render: LHC-Forms time / ansinh time',
    slower: { row: 'survey: first render, MoH inpatient (LHC-Forms 40.1.3)' },
    faster: { row: 'survey: first render, MoH inpatient (ansinh)' },
    atLeast: 2,
    quickSamples: 6,
    why: 'As above, against LHC-Forms, the FHIR forms reference renderer.',
  },
  {
    id: 'survey-answer-surveyjs',
    name: 'survey per answer (median): SurveyJS time / ansinh time',
    slower: { row: 'survey: answering 36 rated items (SurveyJS 2.5.38)', key: 'median' },
    faster: { row: 'survey: answering 36 rated items (ansinh)', key: 'median' },
    atLeast: 4,
    quickSamples: 4,
    why: 'Answering re-renders one question in ansinh and much more in SurveyJS (about 30x measured); guard at 4x.',
  },
  {
    id: 'survey-answer-lhcforms',
    name: 'survey per answer (median): LHC-Forms time / ansinh time',
    slower: { row: 'survey: answering 36 rated items (LHC-Forms 40.1.3)', key: 'median' },
    faster: { row: 'survey: answering 36 rated items (ansinh)', key: 'median' },
    atLeast: 2,
    quickSamples: 4,
    why: 'As above, against LHC-Forms (about 9x measured); guard at 2x.',
  },
];
