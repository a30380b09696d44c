/**
 * Small-count suppression of a `StatDataset`, shared by `<ansinh-stat-chart>` and
 * `<ansinh-stat-figure>` so every view of one dataset hides the same cells. Pure, no DOM.
 *
 * 1. Primary: a cell the publisher marked `suppressed`, and, for `count` indicators, a count
 *    with 0 < value < threshold.
 * 2. Complementary: within one period and unit, the categories of a disaggregation and their
 *    total form a group. When exactly one category of a group is primary-suppressed and the total
 *    is known (given, or derivable because every category has a value), the smallest other
 *    category is hidden too, so the hidden one cannot be found by subtraction; when no other
 *    category is left, the total is hidden instead.
 *
 * Also here: the target that applies to a view (`pickTarget`), which both elements compare with.
 */
import type { StatDataset, StatTarget } from '../../contract/stat.js';

/** `value`: shown; `missing`: no data; `suppressed`: small count; `secondary`: hidden to protect one. */
export type CellState = 'value' | 'missing' | 'suppressed' | 'secondary';

/** Read access to a cell table by numeric key. */
export interface CellLookup<T> {
  get(key: number): T | undefined;
}

/**
 * Numeric cell keys for a dataset: `(period × units + unit) × stride + category` (category 0 is
 * the total), i.e. `period × periodWeight + unit × unitWeight + category`. String keys cost too
 * much garbage for 100,000-value series; when the grid of keys is not much larger than the
 * number of values, the cells live in typed arrays rather than maps.
 */
export interface CellIndex {
  key(period: string, orgUnit: string, category?: string): number;
  /** Period ids by position. */
  periodIds: string[];
  /** Positions of ids in the key (categories from 1; 0 is the total). */
  periodPos: Map<string, number>;
  unitPos: Map<string, number>;
  categoryPos: Map<string, number>;
  periodWeight: number;
  unitWeight: number;
  values: CellLookup<number | null>;
  states: CellLookup<CellState>;
}

const STATES: (CellState | undefined)[] = [undefined, 'value', 'missing', 'suppressed', 'secondary'];
const STATE_CODE: Record<CellState, number> = { value: 1, missing: 2, suppressed: 3, secondary: 4 };

interface CellTable {
  values: CellLookup<number | null>;
  states: CellLookup<CellState> & { set(key: number, state: CellState): void };
  setValue(key: number, value: number | null): void;
}

/** Dense typed arrays when the key grid is small enough, else maps. */
function cellTable(size: number, count: number): CellTable {
  if (size <= Math.max(4 * count, 65536) && size <= 1 << 24) {
    const vals = new Float64Array(size);
    const codes = new Uint8Array(size);
    const known = new Uint8Array(size);
    return {
      values: {
        get: (k) => (k >= 0 && k < size && known[k] ? (Number.isNaN(vals[k]!) ? null : vals[k]!) : undefined),
      },
      states: {
        get: (k) => (k >= 0 && k < size ? STATES[codes[k]!] : undefined),
        set: (k, st) => {
          if (k >= 0 && k < size) codes[k] = STATE_CODE[st];
        },
      },
      setValue: (k, v) => {
        if (k < 0 || k >= size) return;
        vals[k] = v === null ? Number.NaN : v;
        known[k] = 1;
      },
    };
  }
  const values = new Map<number, number | null>();
  const states = new Map<number, CellState>();
  return {
    values,
    states: { get: (k) => states.get(k), set: (k, st) => void states.set(k, st) },
    setValue: (k, v) => void values.set(k, v),
  };
}

const indexCache = new WeakMap<StatDataset, Map<number, CellIndex>>();

/** Cell states of the whole dataset after primary and complementary suppression (cached). */
export function cellIndex(ds: StatDataset, threshold: number): CellIndex {
  let byThreshold = indexCache.get(ds);
  if (!byThreshold) indexCache.set(ds, (byThreshold = new Map()));
  const cached = byThreshold.get(threshold);
  if (cached) return cached;
  const pIdx = new Map<string, number>();
  const uIdx = new Map<string, number>();
  const cIdx = new Map<string, number>();
  // Periods in the order of the list first (a series in order then has period i at position i).
  for (const p of ds.periods) if (!pIdx.has(p.id)) pIdx.set(p.id, pIdx.size);
  const n = ds.values.length;
  // Keys of each value, computed once (the last period and unit seen are reused: long series
  // repeat them).
  const pOf = new Int32Array(n);
  const uOf = new Int32Array(n);
  const cOf = new Int32Array(n);
  let lastUnit = '';
  let lastU = -1;
  for (let i = 0; i < n; i++) {
    const v = ds.values[i]!;
    let p = pIdx.get(v.period);
    if (p === undefined) pIdx.set(v.period, (p = pIdx.size));
    pOf[i] = p;
    if (v.orgUnit !== lastUnit || lastU < 0) {
      let u = uIdx.get(v.orgUnit);
      if (u === undefined) uIdx.set(v.orgUnit, (u = uIdx.size));
      lastUnit = v.orgUnit;
      lastU = u;
    }
    uOf[i] = lastU;
    if (v.category !== undefined) {
      let c = cIdx.get(v.category);
      if (c === undefined) cIdx.set(v.category, (c = cIdx.size + 1));
      cOf[i] = c;
    }
  }
  for (const d of ds.disaggregations) for (const c of d.categories) if (!cIdx.has(c.id)) cIdx.set(c.id, cIdx.size + 1);
  const units = uIdx.size;
  const stride = cIdx.size + 1;
  const unitWeight = stride;
  const periodWeight = units * stride;
  const key = (period: string, orgUnit: string, category?: string): number => {
    const p = pIdx.get(period);
    const u = uIdx.get(orgUnit);
    const c = category === undefined ? 0 : cIdx.get(category);
    return p === undefined || u === undefined || c === undefined ? -1 : p * periodWeight + u * unitWeight + c;
  };
  const table = cellTable(pIdx.size * periodWeight, n);
  const { states, values } = table;
  const isCount = ds.indicator.unit === 'count';
  for (let i = 0; i < n; i++) {
    const v = ds.values[i]!;
    const k = pOf[i]! * periodWeight + uOf[i]! * unitWeight + cOf[i]!;
    table.setValue(k, v.value);
    let state: CellState = v.value === null ? 'missing' : 'value';
    if (v.suppressed) state = 'suppressed';
    else if (isCount && threshold > 0 && v.value !== null && v.value > 0 && v.value < threshold) state = 'suppressed';
    states.set(k, state);
  }
  const index: CellIndex = {
    key,
    periodIds: [...pIdx.keys()],
    periodPos: pIdx,
    unitPos: uIdx,
    categoryPos: cIdx,
    periodWeight,
    unitWeight,
    values,
    states,
  };
  byThreshold.set(threshold, index);
  if (ds.disaggregations.length === 0) return index;
  const pairs = new Map<string, [string, string]>();
  for (const v of ds.values) pairs.set(`${v.period}\u0000${v.orgUnit}`, [v.period, v.orgUnit]);
  for (const [period, orgUnit] of pairs.values()) {
    for (const d of ds.disaggregations) {
      const cats = d.categories.map((c) => key(period, orgUnit, c.id));
      const primary = cats.filter((k) => states.get(k) === 'suppressed');
      if (primary.length !== 1) continue;
      const totalKey = key(period, orgUnit);
      const totalKnown =
        states.get(totalKey) === 'value' || cats.every((k) => values.get(k) !== undefined && values.get(k) !== null);
      if (!totalKnown) continue;
      let smallest: number | undefined;
      for (const k of cats) {
        if (states.get(k) !== 'value') continue;
        if (smallest === undefined || (values.get(k) ?? 0) < (values.get(smallest) ?? 0)) smallest = k;
      }
      if (smallest !== undefined) states.set(smallest, 'secondary');
      else if (states.get(totalKey) === 'value') states.set(totalKey, 'secondary');
    }
  }
  return index;
}

/** The most specific target for the view: matching period and unit first, then general ones. */
export function pickTarget(targets: StatTarget[] | undefined, period?: string, orgUnit?: string): StatTarget | undefined {
  if (!targets?.length) return undefined;
  const score = (t: StatTarget) => {
    if (t.period !== undefined && t.period !== period) return -1;
    if (t.orgUnit !== undefined && t.orgUnit !== orgUnit) return -1;
    return (t.period ? 2 : 0) + (t.orgUnit ? 1 : 0);
  };
  let best: StatTarget | undefined;
  let bestScore = -1;
  for (const t of targets) {
    const s = score(t);
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}
