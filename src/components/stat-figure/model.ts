/**
 * From a validated `StatDataset` to what `<ansinh-stat-figure>` shows: the figure for one period,
 * unit and category, the one before it, the change between them and the target, then the same in
 * words. Pure, no DOM, no Lit. Small counts are hidden by the same rule, over the same cells, as
 * in `<ansinh-stat-chart>` (`base/statistics/suppression.ts`), and no change is worked out when
 * either figure is hidden.
 */
import { cellIndex, pickTarget, type CellState } from '../../base/statistics/suppression.js';
import type { StatDataset } from '../../contract/stat.js';
import { formatPercent } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { localizedText } from '../../i18n/localized.js';
import { comparePeriods, periodLabel } from '../../i18n/period.js';
import { formatStatValue, relativeChange } from '../../i18n/stat-format.js';
import { figureMessages } from './messages.js';

/** What `<ansinh-stat-figure>` shows, for tests and host pages. */
export interface FigureView {
  period: string;
  orgUnit: string;
  /** The category shown, when the dataset is broken down and one is chosen. */
  category?: string;
  state: CellState;
  value: number | null;
  previous?: { period: string; state: CellState; value: number | null };
  change?: number;
  target?: { value: number; direction: 'at-least' | 'at-most'; met: boolean };
}

/** The figure for a period, unit and category, with the same suppression as the chart. */
export function computeView(ds: StatDataset, period: string, orgUnit: string, category: string): FigureView {
  const index = cellIndex(ds, ds.suppressionThreshold);
  const { states, values } = index;
  const cat = category || undefined;
  const unit = ds.orgUnits.some((o) => o.id === orgUnit) ? orgUnit : ds.orgUnits[0]!.id;
  const key = (p: string) => index.key(p, unit, cat);
  const periods = ds.periods.map((p) => p.id).sort(comparePeriods);
  let at = periods.indexOf(period);
  if (at < 0) {
    at = periods.length - 1;
    for (let i = periods.length - 1; i >= 0; i--) {
      if (values.get(key(periods[i]!)) !== undefined && values.get(key(periods[i]!)) !== null) {
        at = i;
        break;
      }
    }
  }
  const cell = (p: string) => {
    const state: CellState = states.get(key(p)) ?? 'missing';
    return { period: p, state, value: state === 'value' ? (values.get(key(p)) ?? null) : null };
  };
  const now = cell(periods[at]!);
  const view: FigureView = { ...now, orgUnit: unit };
  if (cat && ds.disaggregations?.some((d) => d.categories.some((c) => c.id === cat))) view.category = cat;
  if (at > 0) {
    view.previous = cell(periods[at - 1]!);
    if (now.value !== null && view.previous.value !== null) {
      const c = relativeChange(now.value, view.previous.value);
      if (c !== undefined) view.change = c;
    }
  }
  const t = pickTarget(ds.targets, now.period, unit);
  if (t) {
    const direction = t.direction ?? 'at-least';
    view.target = {
      value: t.value,
      direction,
      met: now.value !== null && (direction === 'at-least' ? now.value >= t.value : now.value <= t.value),
    };
  }
  return view;
}

export type ChangeDirection = 'up' | 'down' | 'same';

/** A figure in words, in the page's language: what the parts render. */
export interface FigureText {
  /**
   * What the figure counts: the category's name when one is chosen ("Đối tượng được quản lý"),
   * else the indicator's name. Two figures of one dataset never read the same.
   */
  indicator: string;
  /**
   * The rest of what it is: the indicator (when a category names the figure), the unit (when the
   * dataset has several) and the period: "Kết quả công tác, Phường An Hòa, Quý I/2025".
   */
  context: string;
  /** The figure, "Chưa có số liệu" when missing, "<5" when hidden. */
  value: string;
  /** Why the figure is hidden, when it is. */
  hiddenNote?: string;
  /** The change from the previous period, when both figures are shown. */
  change?: { direction: ChangeDirection; text: string; previous: string };
  /** Whether the target is met, when there is one and the figure is shown. */
  target?: { met: boolean; text: string };
}

/** The words for a view of `ds` (from `computeView`). */
export function describeFigure(ds: StatDataset, v: FigureView, lang: Lang): FigureText {
  const m = figureMessages[lang];
  const unit = ds.indicator.unit;
  const fmt = (n: number) => formatStatValue(n, unit, lang, ds.indicator.decimals);
  const org = ds.orgUnits.find((o) => o.id === v.orgUnit);
  const periodText = localizedText(ds.periods.find((p) => p.id === v.period)?.label, lang) || periodLabel(v.period, lang);
  const indicatorName = localizedText(ds.indicator.name, lang);
  const category = v.category
    ? ds.disaggregations?.flatMap((d) => d.categories).find((c) => c.id === v.category)
    : undefined;
  const categoryName = category ? localizedText(category.name, lang) : '';
  const context = [categoryName ? indicatorName : '', ds.orgUnits.length > 1 && org ? localizedText(org.name, lang) : '', periodText]
    .filter(Boolean)
    .join(', ');
  const out: FigureText = {
    indicator: categoryName || indicatorName,
    context,
    value: v.state === 'value' ? fmt(v.value!) : v.state === 'missing' ? m.noValue : `<${ds.suppressionThreshold}`,
  };
  if (v.state === 'suppressed' || v.state === 'secondary') out.hiddenNote = m.suppressedValue(ds.suppressionThreshold);
  if (v.previous && v.state === 'value' && v.previous.state === 'value') {
    const prevLabel = periodLabel(v.previous.period, lang);
    const direction: ChangeDirection = v.value! > v.previous.value! ? 'up' : v.value! < v.previous.value! ? 'down' : 'same';
    const pct = v.change !== undefined ? formatPercent(Math.abs(v.change), lang, 1) : fmt(Math.abs(v.value! - v.previous.value!));
    out.change = { direction, text: m.change(direction, pct, prevLabel), previous: fmt(v.previous.value!) };
  }
  if (v.target && v.state === 'value') {
    const t = `${v.target.direction === 'at-most' ? '≤' : '≥'} ${fmt(v.target.value)}`;
    out.target = { met: v.target.met, text: v.target.met ? m.targetMet(t) : m.targetNotMet(t) };
  }
  return out;
}
