// <ansinh-stat-chart> rows (page: bench/stat-chart/stat-chart.html). The lazy Chart.js chunk's
// gzip size is measured by `npm run size` (the "page: stat-chart" row).
const requires = ['define/stat-chart.js', 'components/stat-chart/chart-engine.js', 'tokens/install.js'];
// Bar charts grow for 400 ms unless the reader asks for reduced motion; the bar rows ask, so the
// clock stops at bars a person sees at full height (the page refuses to run otherwise).
const reducedMotion = ['--force-prefers-reduced-motion'];

/** @type {import('../benchmarks.js').Benchmark[]} */
export default [
  {
    name: 'stat-chart: line, 100,000 points, first render',
    page: 'bench/stat-chart/stat-chart.html?case=line100k&phase=first',
    requires,
    unit: 'ms',
    sampleSize: 10,
    budget: 300,
    what:
      'Chart.js chunk loaded, no chart drawn before. Hand a 100,000-point monthly dataset to a new ' +
      '`<ansinh-stat-chart type="line">`: contract validation, model, summary, decimated (LTTB) drawing, ' +
      'until that frame is painted; the table is built on demand. A chart this large is never animated.',
  },
  {
    name: 'stat-chart: line, 100,000 points, re-render',
    page: 'bench/stat-chart/stat-chart.html?case=line100k&phase=rerender',
    requires,
    unit: 'ms',
    sampleSize: 10,
    what: 'The same element receives a second 100,000-point dataset (validated again, chart updated in place), until painted.',
  },
  {
    name: 'stat-chart: bars, 34 provinces x 12 months, first render',
    page: 'bench/stat-chart/stat-chart.html?case=bar34x12&phase=first',
    requires,
    chromeFlags: reducedMotion,
    unit: 'ms',
    sampleSize: 20,
    what:
      'Grouped bars (34 series x 12 months, 408 cells) with the data table in the DOM; Chart.js chunk loaded, ' +
      'no chart drawn before; reduced motion (no growing animation), until the frame with the bars is painted.',
  },
  {
    name: 'stat-chart: bars, 34 provinces x 12 months, re-render',
    page: 'bench/stat-chart/stat-chart.html?case=bar34x12&phase=rerender',
    requires,
    chromeFlags: reducedMotion,
    unit: 'ms',
    sampleSize: 20,
    what: 'The same element receives a second 34 x 12 dataset; chart updated in place, table re-rendered, until painted (reduced motion).',
  },
];
