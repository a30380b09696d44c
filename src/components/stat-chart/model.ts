/**
 * From a validated `StatDataset` to what a chart and its table show: which dimension runs along
 * the axis, which one makes the series, each cell's value or why it is hidden, plus the checks a
 * chart needs beyond the contract (missing periods, series of different lengths, mixed period
 * kinds). Pure, no DOM, no Chart.js.
 *
 * Small-count suppression (public safety), applied once to the whole dataset so every view of it
 * hides the same cells:
 * 1. Primary: a cell the publisher marked `suppressed`, and, for `count` indicators, a count
 *    with 0 < value < threshold. Shown as "<5" (the threshold), left out of the drawing.
 * 2. Complementary: within one period and unit, the categories of a disaggregation and their
 *    total form a group. When exactly one category of a group is primary-suppressed and the total
 *    is known (given, or derivable because every category has a value), the smallest other
 *    category is hidden too, so the hidden one cannot be found by subtraction; when no other
 *    category is left, the total is hidden instead.
 * 3. Derived figures (pie shares, the table's totals computed from categories) are computed over
 *    the cells that are shown only, and say so.
 */
import type { ContractIssue } from '../../contract/issues.js';
import type { StatDataset, StatUnit, StatTarget } from '../../contract/stat.js';
import type { Lang } from '../../i18n/lang.js';
import { labelOf, missingOf, parsePeriod, periodLabel, sameKindOf, type Period } from './period.js';

export type StatChartType = 'bar' | 'line' | 'pie' | 'doughnut';
export type Dimension = 'period' | 'orgUnit' | 'category';

/** `value`: shown; `missing`: no data; `suppressed`: small count; `secondary`: hidden to protect one. */
export type CellState = 'value' | 'missing' | 'suppressed' | 'secondary';

export interface Cell {
  period: string;
  orgUnit: string;
  category?: string;
  /** The figure, only when `state` is `value` (a hidden figure never leaves this module). */
  value: number | null;
  state: CellState;
}

export interface Member {
  id: string;
  label: string;
}

export interface ModelOptions {
  type: StatChartType;
  /** `period`, `orgUnit` or a disaggregation id; empty chooses. */
  seriesBy?: string;
  /** The period shown when periods are on neither the axis nor the series (default: the latest). */
  period?: string;
  /** The unit shown when units are on neither the axis nor the series (default: the first). */
  orgUnit?: string;
  /** Overrides the dataset's threshold; undefined keeps it (contract default 5). */
  suppressBelow?: number;
  lang: Lang;
}

export interface ChartModel {
  type: StatChartType;
  xDim: Dimension;
  seriesDim: Dimension | 'none';
  /** Id of the disaggregation used (when a dimension is `category`). */
  disaggregationId?: string;
  x: Member[];
  series: Member[];
  /** `cells[s][i]`: series s at axis position i. */
  cells: Cell[][];
  /** Totals per axis position (table column), for counts split by categories; else undefined. */
  totals?: Cell[];
  /** Dimensions held fixed, as labels, e.g. `{ period: 'Quý I/2025' }`. */
  fixed: { period?: Member; orgUnit?: Member };
  threshold: number;
  suppressedCount: number;
  secondaryCount: number;
  unit: StatUnit;
  decimals?: number;
  title: string;
  indicatorName: string;
  target?: { value: number; label?: string; direction: 'at-least' | 'at-most' };
  /** Checks beyond the contract, as warnings. */
  issues: ContractIssue[];
}


export function text(t: { vi: string; en?: string } | undefined, lang: Lang): string {
  if (!t) return '';
  return lang === 'en' && t.en ? t.en : t.vi;
}

function warning(path: (string | number)[], code: string, vi: string, en: string): ContractIssue {
  return { path, code, severity: 'warning', message: { vi, en } };
}

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

/** The dimension of each disaggregation id. */
function resolveSeriesBy(ds: StatDataset, opts: ModelOptions, hasCategoryValues: Set<string>): string {
  const wanted = (opts.seriesBy ?? '').trim();
  if (wanted === 'period' || wanted === 'orgUnit') return wanted;
  if (wanted && ds.disaggregations.some((d) => d.id === wanted)) return wanted;
  const disagg = ds.disaggregations.find((d) => hasCategoryValues.has(d.id));
  const periods = ds.periods.length;
  const units = ds.orgUnits.length;
  if (opts.type === 'pie' || opts.type === 'doughnut') {
    if (disagg) return disagg.id;
    return units > 1 ? 'orgUnit' : 'period';
  }
  if (units > 1) return periods > 1 ? 'orgUnit' : 'period';
  if (disagg) return disagg.id;
  return 'orgUnit';
}

export function buildModel(ds: StatDataset, opts: ModelOptions): ChartModel {
  const lang = opts.lang;
  const threshold =
    opts.suppressBelow !== undefined && Number.isFinite(opts.suppressBelow) && opts.suppressBelow >= 0
      ? Math.floor(opts.suppressBelow)
      : ds.suppressionThreshold;
  const issues: ContractIssue[] = [];

  const { sorted: periodIds, parsed: parsedPeriods } = sortPeriods(ds.periods);
  const periodMembers: Member[] = periodIds.map((p, i) => {
    const q = parsedPeriods[i];
    return { id: p.id, label: text(p.label, lang) || (q ? labelOf(q, lang) : periodLabel(p.id, lang)) };
  });
  const unitMembers: Member[] = ds.orgUnits.map((o) => ({ id: o.id, label: text(o.name, lang) }));

  const catToDisagg = new Map<string, string>();
  for (const d of ds.disaggregations) for (const c of d.categories) catToDisagg.set(c.id, d.id);
  const hasCategoryValues = new Set<string>();
  for (const v of ds.values) {
    if (v.category !== undefined) {
      const d = catToDisagg.get(v.category);
      if (d) hasCategoryValues.add(d);
    }
  }

  const seriesBy = resolveSeriesBy(ds, opts, hasCategoryValues);
  const pie = opts.type === 'pie' || opts.type === 'doughnut';
  const disagg = ds.disaggregations.find((d) => d.id === seriesBy);
  const categoryMembers: Member[] = disagg ? disagg.categories.map((c) => ({ id: c.id, label: text(c.name, lang) })) : [];

  const dimOf = (s: string): Dimension => (s === 'period' || s === 'orgUnit' ? s : 'category');
  let xDim: Dimension;
  let seriesDim: Dimension | 'none';
  if (pie) {
    xDim = dimOf(seriesBy);
    seriesDim = 'none';
  } else {
    seriesDim = dimOf(seriesBy);
    if (seriesDim === 'period') xDim = unitMembers.length > 1 || !ds.disaggregations.length ? 'orgUnit' : 'category';
    else xDim = 'period';
  }
  // The category axis with no disaggregation chosen uses the first one that has values.
  const categoryDisagg =
    disagg ?? ds.disaggregations.find((d) => hasCategoryValues.has(d.id)) ?? ds.disaggregations[0];
  const categoriesOf = (): Member[] =>
    categoryDisagg ? categoryDisagg.categories.map((c) => ({ id: c.id, label: text(c.name, lang) })) : [];
  const membersOf = (d: Dimension): Member[] =>
    d === 'period' ? periodMembers : d === 'orgUnit' ? unitMembers : disagg ? categoryMembers : categoriesOf();

  const used = new Set<Dimension>([xDim, ...(seriesDim === 'none' ? [] : [seriesDim])]);
  const fixedPeriod = used.has('period')
    ? undefined
    : (periodMembers.find((p) => p.id === opts.period) ?? latestWithData(ds, periodMembers));
  const fixedUnit = used.has('orgUnit') ? undefined : (unitMembers.find((u) => u.id === opts.orgUnit) ?? unitMembers[0]);
  const x = membersOf(xDim);
  const series: Member[] =
    seriesDim === 'none'
      ? [{ id: 'all', label: text(ds.indicator.name, lang) }]
      : membersOf(seriesDim);

  const index = cellIndex(ds, threshold);
  const { states, values } = index;

  // A cell's key is the sum of one weight per coordinate (see CellIndex): the axis and series
  // members are looked up once, not once per cell.
  const weightOf = (d: Dimension, id: string | undefined): number => {
    if (id === undefined) return d === 'category' ? 0 : Number.NaN;
    const pos = d === 'period' ? index.periodPos.get(id) : d === 'orgUnit' ? index.unitPos.get(id) : index.categoryPos.get(id);
    if (pos === undefined) return Number.NaN;
    return d === 'period' ? pos * index.periodWeight : d === 'orgUnit' ? pos * index.unitWeight : pos;
  };
  const cellFor = (period: string, orgUnit: string, category: string | undefined, k: number): Cell => {
    const state = Number.isNaN(k) ? undefined : states.get(k);
    if (state === undefined) {
      // A total that the dataset does not give is summed from its categories when all are shown.
      if (category === undefined && categoryDisagg && ds.indicator.unit === 'count') {
        return derivedTotal(period, orgUnit, categoryDisagg.categories.map((c) => c.id), index);
      }
      return category !== undefined
        ? { period, orgUnit, category, value: null, state: 'missing' }
        : { period, orgUnit, value: null, state: 'missing' };
    }
    const value = state === 'value' ? (values.get(k) ?? null) : null;
    return category !== undefined ? { period, orgUnit, category, value, state } : { period, orgUnit, value, state };
  };
  /** The cells along the axis for one series (undefined: no series dimension). */
  const row = (seriesId: string | undefined): Cell[] => {
    const coord = (d: Dimension): string | undefined =>
      d === xDim ? undefined : d === seriesDim ? seriesId : d === 'period' ? (fixedPeriod?.id ?? '') : d === 'orgUnit' ? (fixedUnit?.id ?? '') : undefined;
    const period = coord('period');
    const orgUnit = coord('orgUnit');
    const category = coord('category');
    const base =
      (xDim === 'period' ? 0 : weightOf('period', period)) +
      (xDim === 'orgUnit' ? 0 : weightOf('orgUnit', orgUnit)) +
      (xDim === 'category' ? 0 : weightOf('category', category));
    const out = new Array<Cell>(x.length);
    for (let i = 0; i < x.length; i++) {
      const id = x[i]!.id;
      // Periods listed in order sit at their own position: no lookup.
      const k = base + (xDim === 'period' && index.periodIds[i] === id ? i * index.periodWeight : weightOf(xDim, id));
      out[i] =
        xDim === 'period'
          ? cellFor(id, orgUnit!, category, k)
          : xDim === 'orgUnit'
            ? cellFor(period!, id, category, k)
            : cellFor(period!, orgUnit!, id, k);
    }
    return out;
  };

  const cells: Cell[][] = series.map((s) => row(seriesDim === 'none' ? undefined : s.id));

  let totals: Cell[] | undefined;
  if (seriesDim === 'category' && ds.indicator.unit === 'count') {
    totals = row(undefined);
  }

  let suppressedCount = 0;
  let secondaryCount = 0;
  for (const r of totals ? [...cells, totals] : cells) {
    for (const c of r) {
      if (c.state === 'suppressed') suppressedCount++;
      else if (c.state === 'secondary') secondaryCount++;
    }
  }

  // Checks a chart needs beyond the contract.
  const gaps = missingOf(parsedPeriods);
  if (gaps.length) {
    const names = (l: Lang) => gaps.map((g) => periodLabel(g, l)).join(', ');
    issues.push(
      warning(['periods'], 'missing_period', `Thiếu kỳ báo cáo: ${names('vi')}.`, `Missing periods: ${names('en')}.`),
    );
  }
  if (opts.type === 'line' && xDim === 'period' && !sameKindOf(parsedPeriods)) {
    issues.push(
      warning(
        ['periods'],
        'mixed_period_kinds',
        'Các kỳ báo cáo không cùng loại (ví dụ tháng lẫn quý): đường nối giữa chúng dễ gây hiểu sai.',
        'The periods are of different kinds (e.g. months and quarters): a line joining them can mislead.',
      ),
    );
  }
  if (series.length > 1) {
    const lengths = cells.map((row) => row.filter((c) => c.state !== 'missing').length);
    const most = Math.max(...lengths);
    lengths.forEach((n, i) => {
      if (n < most) {
        const s = series[i]!;
        issues.push(
          warning(
            ['values'],
            'series_length_mismatch',
            `Chuỗi “${s.label}” chỉ có ${n}/${most} giá trị so với chuỗi đầy đủ nhất.`,
            `Series “${s.label}” has only ${n} of ${most} values of the fullest series.`,
          ),
        );
      }
    });
  }
  if (ds.indicator.unit === 'count') {
    let negatives = 0;
    for (const v of ds.values) if (v.value !== null && v.value < 0) negatives++;
    if (negatives) {
      issues.push(
        warning(['values'], 'negative_count', `${negatives} số đếm âm.`, `${negatives} negative count(s).`),
      );
    }
  }
  if (series.length > 1 && issues.length > 50) issues.length = 50;

  const target = pickTarget(ds.targets, fixedPeriod?.id, fixedUnit?.id ?? (unitMembers.length === 1 ? unitMembers[0]!.id : undefined));

  return {
    type: opts.type,
    xDim,
    seriesDim,
    ...(categoryDisagg && (xDim === 'category' || seriesDim === 'category') ? { disaggregationId: categoryDisagg.id } : {}),
    x,
    series,
    cells,
    ...(totals ? { totals } : {}),
    fixed: { ...(fixedPeriod ? { period: fixedPeriod } : {}), ...(fixedUnit ? { orgUnit: fixedUnit } : {}) },
    threshold,
    suppressedCount,
    secondaryCount,
    unit: ds.indicator.unit,
    ...(ds.indicator.decimals !== undefined ? { decimals: ds.indicator.decimals } : {}),
    title: text(ds.title, lang) || text(ds.indicator.name, lang),
    indicatorName: text(ds.indicator.name, lang),
    ...(target
      ? {
          target: {
            value: target.value,
            direction: target.direction ?? 'at-least',
            ...(target.label ? { label: text(target.label, lang) } : {}),
          },
        }
      : {}),
    issues,
  };
}

function derivedTotal(
  period: string,
  orgUnit: string,
  categories: string[],
  { key, states, values }: CellIndex,
): Cell {
  let sum = 0;
  for (const c of categories) {
    const k = key(period, orgUnit, c);
    const v = values.get(k);
    if (v === undefined || v === null) return { period, orgUnit, value: null, state: 'missing' };
    sum += v;
  }
  // A derived total is a published total: it is shown only when its group is safe, i.e. not
  // exactly one category hidden with nothing else to protect it (the complementary rule already
  // hid a second category in that case), and it is itself at or above the threshold.
  const hidden = categories.filter((c) => states.get(key(period, orgUnit, c)) !== 'value').length;
  if (hidden === 1) return { period, orgUnit, value: null, state: 'secondary' };
  return { period, orgUnit, value: sum, state: 'value' };
}

/** Periods in time order (start, then shorter first), with their parsed ids; parsed once. */
function sortPeriods<T extends { id: string }>(periods: readonly T[]): { sorted: T[]; parsed: (Period | undefined)[] } {
  const n = periods.length;
  const parsed = new Array<Period | undefined>(n);
  const keys = new Float64Array(n);
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    const q = parsePeriod(periods[i]!.id);
    parsed[i] = q;
    keys[i] = q ? (q.year * 12 + q.startMonth) * 16 + (q.endMonth - q.startMonth) : Number.MAX_SAFE_INTEGER;
    if (i > 0 && keys[i - 1]! > keys[i]!) inOrder = false;
  }
  if (inOrder) return { sorted: periods.slice(), parsed };
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  return { sorted: order.map((i) => periods[i]!), parsed: order.map((i) => parsed[i]) };
}

function latestWithData(ds: StatDataset, periods: Member[]): Member | undefined {
  const withData = new Set(ds.values.filter((v) => v.value !== null).map((v) => v.period));
  for (let i = periods.length - 1; i >= 0; i--) if (withData.has(periods[i]!.id)) return periods[i];
  return periods[periods.length - 1];
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

/** Pie shares over the shown cells only (hidden cells are not in the denominator). */
export function shownShares(cells: Cell[]): (number | null)[] {
  const total = cells.reduce((sum, c) => (c.state === 'value' && c.value !== null && c.value > 0 ? sum + c.value : sum), 0);
  return cells.map((c) => (c.state === 'value' && c.value !== null && total > 0 ? Math.max(0, c.value) / total : null));
}
