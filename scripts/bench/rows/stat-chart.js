// <ansinh-stat-chart> rows (page: bench/stat-chart/stat-chart.html). The lazy Chart.js chunk's
// gzip size is measured by the CDN build (see docs/components/stat-chart.md).
const requires = ['define/stat-chart.js', 'components/stat-chart/chart-engine.js', 'tokens/install.js'];

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
      'Chart.js chunk already loaded. Hand a 100,000-point monthly dataset to a new `<ansinh-stat-chart type="line">`: ' +
      'contract validation, model, summary, decimated (LTTB) drawing; the table is built on demand.',
  },
  {
    name: 'stat-chart: line, 100,000 points, re-render',
    page: 'bench/stat-chart/stat-chart.html?case=line100k&phase=rerender',
    requires,
    unit: 'ms',
    sampleSize: 10,
    what: 'The same element receives a second 100,000-point dataset (validated again, chart updated in place).',
  },
  {
    name: 'stat-chart: bars, 34 provinces x 12 months, first render',
    page: 'bench/stat-chart/stat-chart.html?case=bar34x12&phase=first',
    requires,
    unit: 'ms',
    sampleSize: 20,
    what: 'Grouped bars (34 series x 12 months, 408 cells) with the data table in the DOM; Chart.js chunk already loaded.',
  },
  {
    name: 'stat-chart: bars, 34 provinces x 12 months, re-render',
    page: 'bench/stat-chart/stat-chart.html?case=bar34x12&phase=rerender',
    requires,
    unit: 'ms',
    sampleSize: 20,
    what: 'The same element receives a second 34 x 12 dataset; chart updated in place, table re-rendered.',
  },
];
