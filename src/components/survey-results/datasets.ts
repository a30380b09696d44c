/**
 * Turns result tables into `StatDataset`s for `<ansinh-stat-chart>`. Pure data: the results
 * element never imports the chart (Chart.js stays out of survey bundles); it only renders the
 * chart's tag when a page has registered it.
 */
import type { LocalizedText } from '../../contract/shared.js';
import type { StatDatasetInput } from '../../contract/stat.js';

export interface ChartRow {
  /** Period id (`2026M03`, `2026Q1`) when `axis` is 'period'; otherwise any text. */
  key: string;
  label: LocalizedText;
  /** Value in the dataset's unit (a percentage 0–100 or a count); null = no data. */
  value: number | null;
}

export interface ChartSpec {
  id: string;
  title: LocalizedText;
  indicator: { code: string; name: LocalizedText; unit: 'percent' | 'count'; decimals?: number };
  /** 'category': one bar per row, one period; 'period': one point per period. */
  axis: 'category' | 'period';
  rows: ChartRow[];
  /** Period of a category chart (e.g. the year of the data). */
  period: string;
  /** Target in the dataset's unit. */
  target?: { value: number; label: LocalizedText };
}

const PERIOD_RE = /^\d{4}(?:Q[1-4]|S[12]|M(?:0[1-9]|1[0-2])(?:-M(?:0[1-9]|1[0-2]))?)?$/;

/** A dataset the chart can draw; rows without a usable key are skipped. */
export function chartDataset(spec: ChartSpec): StatDatasetInput {
  const targets = spec.target ? [{ value: spec.target.value, label: spec.target.label, direction: 'at-least' as const }] : undefined;
  // Results are aggregates for hospital staff; the tables next to the charts show every count,
  // so suppressing small cells in the chart alone would only make the two disagree.
  const common = {
    id: spec.id,
    title: spec.title,
    indicator: { ...spec.indicator, decimals: spec.indicator.decimals ?? (spec.indicator.unit === 'percent' ? 1 : 0) },
    disaggregations: [],
    suppressionThreshold: 0,
    ...(targets ? { targets } : {}),
  };
  if (spec.axis === 'period') {
    const rows = spec.rows.filter((r) => PERIOD_RE.test(r.key));
    return {
      ...common,
      periods: rows.length ? rows.map((r) => ({ id: r.key, label: r.label })) : [{ id: spec.period }],
      orgUnits: [{ id: 'all', name: spec.title }],
      values: rows.map((r) => ({ period: r.key, orgUnit: 'all', value: r.value })),
    };
  }
  const units = spec.rows.map((r, i) => ({ id: `u${i + 1}`, name: r.label }));
  return {
    ...common,
    periods: [{ id: spec.period }],
    orgUnits: units.length ? units : [{ id: 'all', name: spec.title }],
    values: spec.rows.map((r, i) => ({ period: spec.period, orgUnit: `u${i + 1}`, value: r.value })),
  };
}
