import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { validateStatDataset } from '../stat-chart/validate.js';
import type { StatDataset } from '../../contract/stat.js';
import { formatPercent } from '../../i18n/format.js';
import { formatStatValue, relativeChange } from '../stat-chart/format.js';
import { cellIndex, pickTarget, text, type CellState } from '../stat-chart/model.js';
import { comparePeriods, periodLabel } from '../stat-chart/period.js';
import { statMessages } from '../stat-chart/messages.js';
import { statFigureStyles } from './stat-figure.styles.js';

/** What `<ansinh-stat-figure>` shows, for tests and host pages. */
export interface FigureView {
  period: string;
  orgUnit: string;
  state: CellState;
  value: number | null;
  previous?: { period: string; state: CellState; value: number | null };
  change?: number;
  target?: { value: number; direction: 'at-least' | 'at-most'; met: boolean };
}

/**
 * One indicator's headline figure for a dashboard: the value for a period and unit, its change
 * from the previous period (an arrow and words, never colour alone) and whether the target is
 * met. Small counts are hidden as in `<ansinh-stat-chart>` (same rule, same cells), and a change
 * is not given when either figure is hidden. No Chart.js.
 *
 * @summary A headline statistic with its change and target.
 *
 * @event ansinh-invalid - The dataset failed the contract. `detail`: `{ issues }`.
 * @csspart figure - The box.
 * @csspart value - The figure.
 * @csspart change - The change from the previous period.
 * @csspart target - Whether the target is met.
 * @csspart issues - The error state.
 * @cssprop --ansinh-stat-figure-background - Background of the box.
 * @cssprop --ansinh-stat-figure-value-size - Font size of the figure.
 * @attr period - The period to show (default: the latest period with a figure).
 * @attr org-unit - The unit to show (default: the first unit).
 * @attr category - A category id of a disaggregation (default: the total).
 */
export class AnsinhStatFigure extends AnsinhElement {
  static override styles = statFigureStyles;
  static override jsonProperty = 'data';

  @property() period = '';
  @property({ attribute: 'org-unit' }) orgUnit = '';
  @property() category = '';

  private _dataset?: StatDataset;
  private _view?: FigureView;

  /** The statistics (contract `StatDataset`), validated with `parseStatDataset`. */
  @property({ attribute: false })
  get data(): StatDataset | undefined {
    return this._dataset;
  }
  set data(value: unknown) {
    const old = this._dataset;
    if (value === undefined || value === null) {
      this._dataset = undefined;
      this.showContractIssues([]);
    } else {
      const result = validateStatDataset(value);
      this._dataset = result.ok ? result.value : undefined;
      this.showContractIssues(result.ok ? [] : result.issues);
    }
    this.requestUpdate('data', old);
  }

  /** What is shown (hidden figures are null). */
  get view(): FigureView | undefined {
    return this._view;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this._view = this._dataset ? computeView(this._dataset, this.period, this.orgUnit, this.category) : undefined;
  }

  protected override render() {
    const ds = this._dataset;
    const v = this._view;
    if (!ds || !v) return html`${this.renderContractIssues()}`;
    const lang = this.locale;
    const m = statMessages[lang];
    const unit = ds.indicator.unit;
    const fmt = (n: number) => formatStatValue(n, unit, lang, ds.indicator.decimals);
    const org = ds.orgUnits.find((o) => o.id === v.orgUnit);
    const periodText = text(ds.periods.find((p) => p.id === v.period)?.label, lang) || periodLabel(v.period, lang);
    const context = [ds.orgUnits.length > 1 && org ? text(org.name, lang) : '', periodText].filter(Boolean).join(', ');
    const valueText =
      v.state === 'value' ? fmt(v.value!) : v.state === 'missing' ? m.noValue : `<${ds.suppressionThreshold}`;
    let change: ReturnType<typeof html> | typeof nothing = nothing;
    if (v.previous && v.state === 'value' && v.previous.state === 'value') {
      const prevLabel = periodLabel(v.previous.period, lang);
      const dir = v.value! > v.previous.value! ? 'up' : v.value! < v.previous.value! ? 'down' : 'same';
      const pct = v.change !== undefined ? formatPercent(Math.abs(v.change), lang, 1) : fmt(Math.abs(v.value! - v.previous.value!));
      change = html`<p class="change" part="change" data-direction=${dir}>
        <span aria-hidden="true">${dir === 'up' ? '▲' : dir === 'down' ? '▼' : '▶'}</span>
        <span>${m.change(dir, pct, prevLabel)} (${fmt(v.previous.value!)})</span>
      </p>`;
    }
    let target: ReturnType<typeof html> | typeof nothing = nothing;
    if (v.target && v.state === 'value') {
      const t = `${v.target.direction === 'at-most' ? '≤' : '≥'} ${fmt(v.target.value)}`;
      target = html`<p class="target" part="target" data-met=${v.target.met ? 'true' : 'false'}>
        <span aria-hidden="true">${v.target.met ? '✓' : '✗'}</span>
        <span>${v.target.met ? m.targetMet(t) : m.targetNotMet(t)}</span>
      </p>`;
    }
    return html`${this.renderContractIssues()}
      <figure class="figure" part="figure">
        <figcaption class="label">${text(ds.indicator.name, lang)}${context ? html` · ${context}` : nothing}</figcaption>
        <p class="value" part="value">${valueText}</p>
        ${v.state === 'suppressed' || v.state === 'secondary' ? html`<p class="note">${m.suppressedValue(ds.suppressionThreshold)}</p>` : nothing}
        ${change} ${target}
      </figure>`;
  }
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
