// <ansinh-stat-chart> cost. ?case=line100k: one line of 100,000 monthly points (decimation on);
// ?case=bar34x12: grouped bars, 34 provinces x 12 months. ?phase=first: from handing the dataset
// to a new element until the drawn chart has been painted (contract validation, model, summary,
// table when small, chart), with the modules and the Chart.js chunk already loaded but no chart
// drawn before in the page. ?phase=rerender: the same element gets a second dataset of the same
// shape. The bar rows run with reduced motion (scripts/bench/rows/stat-chart.js), so the chart's
// 400 ms growing animation is off and the painted frame shows the final bars; the page refuses to
// time bars that would still be animating. The 100,000-point line is never animated.
import { importDist, param, done, fail, painted } from '../lib/harness.js';

const CASE = param('case', 'line100k');
const PHASE = param('phase', 'first');

const PROVINCES = Array.from({ length: 34 }, (_, i) => `Tỉnh/thành phố ${i + 1}`);

function line(n, shift) {
  const periods = new Array(n);
  const values = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = `${1000 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`;
    periods[i] = { id };
    values[i] = { period: id, orgUnit: 'u', value: 500 + Math.round(200 * Math.sin((i + shift) / 50) + (i % 7) * 3) };
  }
  return {
    id: 'chuoi-dai',
    indicator: { code: 'X', name: { vi: 'Lượt khám sàng lọc' }, unit: 'count' },
    periods,
    orgUnits: [{ id: 'u', name: { vi: 'Toàn tỉnh' } }],
    values,
  };
}

function bars(shift) {
  const periods = Array.from({ length: 12 }, (_, i) => ({ id: `2025M${String(i + 1).padStart(2, '0')}` }));
  const orgUnits = PROVINCES.map((name, i) => ({ id: `p${i + 1}`, name: { vi: name } }));
  const values = orgUnits.flatMap((o, i) =>
    periods.map((p, j) => ({ period: p.id, orgUnit: o.id, value: 200 + ((i * 37 + j * 11 + shift) % 150) })),
  );
  return {
    id: 'luot-tu-van',
    indicator: { code: 'TV', name: { vi: 'Lượt tư vấn' }, unit: 'count' },
    periods,
    orgUnits,
    values,
  };
}

const make = (shift) => (CASE === 'line100k' ? line(100_000, shift) : bars(shift));
const type = CASE === 'line100k' ? 'line' : 'bar';

try {
  const [{ AnsinhStatChart }, { installTokens }] = await Promise.all([
    importDist('define/stat-chart.js'),
    importDist('tokens/install.js'),
  ]);
  installTokens(document);
  const host = document.getElementById('host');
  // The Chart.js chunk loaded (the module the element imports on demand), nothing drawn with it.
  await importDist('components/stat-chart/chart-engine.js');
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (type === 'bar' && !reduced) throw new Error('bars animate: run with --force-prefers-reduced-motion');

  const first = make(0);
  const second = make(7);
  const el = document.createElement('ansinh-stat-chart');
  el.type = type;
  el.setAttribute('suppress-below', '0');
  let start = performance.now();
  el.data = first;
  host.append(el);
  if (!(await el.whenDrawn())) throw new Error('not drawn');
  await painted();
  let ms = performance.now() - start;
  if (PHASE === 'rerender') {
    start = performance.now();
    el.data = second;
    if (!(await el.whenDrawn())) throw new Error('not drawn');
    await painted();
    ms = performance.now() - start;
  }
  done(ms, ms.toFixed(1));
  void AnsinhStatChart;
} catch (err) {
  fail(err);
}
