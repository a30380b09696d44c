// <ansinh-stat-chart> cost. ?case=line100k: one line of 100,000 monthly points (decimation on);
// ?case=bar34x12: grouped bars, 34 provinces x 12 months. ?phase=first: from handing the dataset
// to a new element until Chart.js has drawn it (contract validation, model, summary, table when
// small, chart), with the modules and the Chart.js chunk already loaded (a first chart elsewhere
// warmed them). ?phase=rerender: the same element gets a second dataset of the same shape.
import { importDist, param, done, fail } from '../lib/harness.js';

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
  // Warm up: load the Chart.js chunk and register the type with a tiny chart, then remove it.
  const warm = document.createElement('ansinh-stat-chart');
  warm.type = type;
  warm.data = bars(0);
  host.append(warm);
  await warm.whenDrawn();
  warm.remove();

  const first = make(0);
  const second = make(7);
  const el = document.createElement('ansinh-stat-chart');
  el.type = type;
  el.setAttribute('suppress-below', '0');
  let start = performance.now();
  el.data = first;
  host.append(el);
  const ok = await el.whenDrawn();
  if (!ok) throw new Error('not drawn');
  host.getBoundingClientRect();
  let ms = performance.now() - start;
  if (PHASE === 'rerender') {
    start = performance.now();
    el.data = second;
    await el.whenDrawn();
    host.getBoundingClientRect();
    ms = performance.now() - start;
  }
  // Chart.js draws synchronously in update(); wait one frame so paint is included.
  await new Promise((r) => requestAnimationFrame(() => r()));
  ms = Math.max(ms, 0);
  done(ms, ms.toFixed(1));
  void AnsinhStatChart;
} catch (err) {
  fail(err);
}
