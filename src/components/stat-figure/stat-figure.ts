import { linkStyles } from '../../base/styles.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { validateStatDataset } from '../../contract/stat-validate.js';
import type { StatDataset } from '../../contract/stat.js';
import { computeView, describeFigure, type FigureView } from './model.js';
import { renderChange, renderTarget } from './parts/figure.js';
import { statFigureStyles } from './stat-figure.styles.js';

export { computeView, type FigureView };

/**
 * One indicator's headline figure for a dashboard: the value for a period and unit, its change
 * from the previous period (an arrow and words, never colour alone) and whether the target is
 * met. Small counts are hidden as in `<ansinh-stat-chart>` (same rule, same cells), and a change
 * is not given when either figure is hidden. No Chart.js.
 *
 * @summary A headline statistic with its change and target.
 *
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The dataset failed the contract. `detail`: `{ issues }`.
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
  static override styles = [linkStyles, statFigureStyles];
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
    const words = describeFigure(ds, v, this.locale);
    return html`${this.renderContractIssues()}
      <figure class="figure" part="figure">
        <figcaption class="label">${words.indicator}${words.context ? html` · ${words.context}` : nothing}</figcaption>
        <p class="value" part="value">${words.value}</p>
        ${words.hiddenNote ? html`<p class="note">${words.hiddenNote}</p>` : nothing}
        ${renderChange(words.change)} ${renderTarget(words.target)}
      </figure>`;
  }
}
