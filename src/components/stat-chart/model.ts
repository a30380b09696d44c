/**
 * From a validated `StatDataset` to what a chart and its table show: which dimension runs along
 * the axis, which one makes the series, each cell's value or why it is hidden, plus the checks a
 * chart needs beyond the contract (missing periods, series of different lengths, mixed period
 * kinds). Pure, no DOM, no Chart.js.
 *
 * Small-count suppression (public safety) is applied once to the whole dataset, in
 * `base/statistics/suppression.ts`, so the chart, its table and `<ansinh-stat-figure>` hide the
 * same cells: a suppressed count shows as "<5" (the threshold) and is left out of the drawing.
 * Derived figures (pie shares, the table's totals computed from categories) are computed over
 * the cells that are shown only, and say so.
 */
import type { ContractIssue } from '../../contract/issues.js';
import type { StatDataset, StatUnit } from '../../contract/stat.js';
import type { Lang } from '../../i18n/lang.js';
import { localizedText } from '../../i18n/localized.js';
import { labelOf, missingOf, parsePeriod, periodLabel, periodTotals, sameKindOf, type Period } from '../../i18n/period.js';
import { cellIndex, pickTarget, type CellIndex, type CellState } from '../../base/statistics/suppression.js';

export type { CellState };

export type StatChartType = 'bar' | 'line' | 'pie' | 'doughnut';
export type Dimension = 'period' | 'orgUnit' | 'category';

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


function warning(path: (string | number)[], code: string, vi: string, en: string): ContractIssue {
  return { path, code, severity: 'warning', message: { vi, en } };
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
    return { id: p.id, label: localizedText(p.label, lang) || (q ? labelOf(q, lang) : periodLabel(p.id, lang)) };
  });
  const unitMembers: Member[] = ds.orgUnits.map((o) => ({ id: o.id, label: localizedText(o.name, lang) }));

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
  const categoryMembers: Member[] = disagg ? disagg.categories.map((c) => ({ id: c.id, label: localizedText(c.name, lang) })) : [];

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
    categoryDisagg ? categoryDisagg.categories.map((c) => ({ id: c.id, label: localizedText(c.name, lang) })) : [];
  const used = new Set<Dimension>([xDim, ...(seriesDim === 'none' ? [] : [seriesDim])]);
  // A total never shares an axis with its parts (the year beside its quarters): it leaves the axis,
  // stays selectable as the shown period, and a warning names it.
  const periodSums = used.has('period') ? periodTotals(parsedPeriods) : new Set<string>();
  const axisPeriods = periodSums.size ? periodMembers.filter((p) => !periodSums.has(p.id)) : periodMembers;
  if (periodSums.size) {
    const names = periodMembers.filter((p) => periodSums.has(p.id)).map((p) => p.label).join(', ');
    issues.push(
      warning(
        ['periods'],
        'period_total_apart',
        `${names}: tổng của các kỳ trên trục, không vẽ chung trục với chúng.`,
        `${names}: a total of the periods on the axis, not drawn on the same axis.`,
      ),
    );
  }
  const membersOf = (d: Dimension): Member[] =>
    d === 'period' ? axisPeriods : d === 'orgUnit' ? unitMembers : disagg ? categoryMembers : categoriesOf();

  const fixedPeriod = used.has('period')
    ? undefined
    : (periodMembers.find((p) => p.id === opts.period) ?? latestWithData(ds, periodMembers));
  const fixedUnit = used.has('orgUnit') ? undefined : (unitMembers.find((u) => u.id === opts.orgUnit) ?? unitMembers[0]);
  const x = membersOf(xDim);
  const series: Member[] =
    seriesDim === 'none'
      ? [{ id: 'all', label: localizedText(ds.indicator.name, lang) }]
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
  if (opts.type === 'line' && xDim === 'period' && !sameKindOf(periodSums.size ? parsedPeriods.filter((p) => !p || !periodSums.has(p.id)) : parsedPeriods)) {
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
    title: localizedText(ds.title, lang) || localizedText(ds.indicator.name, lang),
    indicatorName: localizedText(ds.indicator.name, lang),
    ...(target
      ? {
          target: {
            value: target.value,
            direction: target.direction ?? 'at-least',
            ...(target.label ? { label: localizedText(target.label, lang) } : {}),
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


/** Pie shares over the shown cells only (hidden cells are not in the denominator). */
export function shownShares(cells: Cell[]): (number | null)[] {
  const total = cells.reduce((sum, c) => (c.state === 'value' && c.value !== null && c.value > 0 ? sum + c.value : sum), 0);
  return cells.map((c) => (c.state === 'value' && c.value !== null && total > 0 ? Math.max(0, c.value) / total : null));
}
