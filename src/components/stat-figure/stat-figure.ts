import { linkStyles } from '../../base/styles.js';
import { datasetLoader, readDataset } from '../../base/statistics/dataset-loader.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
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
 * @attr dataset-id - With `<ansinh-provider>`: load the dataset with this id through its DataSource (`getDataset`) when `.data` is not set.
 * @attr category - A category id of a disaggregation (default: the total).
 */
export class AnsinhStatFigure extends AnsinhElement {
  static override styles = [linkStyles, statFigureStyles];
  static override jsonProperty = 'data';

  @property() period = '';
  @property({ attribute: 'org-unit' }) orgUnit = '';
  @property() category = '';
  /** Loads the dataset with this id from the provider's DataSource (`getDataset`) when `.data` is not set. */
  @property({ attribute: 'dataset-id' }) datasetId = '';

  private _dataset?: StatDataset;
  private _view?: FigureView;
  /** Loading by `dataset-id` through the provider (the shared data path). */
  private readonly loader = datasetLoader(this, (value) => this.applyData(value));

  /** The statistics (contract `StatDataset`), validated with `parseStatDataset`. */
  @property({ attribute: false })
  get data(): StatDataset | undefined {
    return this._dataset;
  }
  set data(value: unknown) {
    this.loader.hand(value);
    this.applyData(value);
  }

  /** Validates and shows a dataset, handed in or loaded. */
  private applyData(value: unknown): void {
    const previous = this._dataset;
    const input = readDataset(value);
    this._dataset = input.dataset;
    // The figure shows no warnings (a single number has no room for them); errors it shows.
    this.showContractIssues(input.dataset ? [] : input.shown);
    this.requestUpdate('data', previous);
  }

  /** What is shown (hidden figures are null). */
  get view(): FigureView | undefined {
    return this._view;
  }

  /** The state's retry button: load the dataset again. */
  private onRetry = (event: Event): void => {
    if (event.target !== this) this.loader.reload();
  };

  protected override willUpdate(_changed: PropertyValues): void {
    this.loader.sync(this.datasetId);
    this._view = this._dataset ? computeView(this._dataset, this.period, this.orgUnit, this.category) : undefined;
  }

  protected override render(): TemplateResult {
    const ds = this._dataset;
    const v = this._view;
    if (!ds || !v) {
      return html`${this.renderContractIssues()}
        ${renderDataState(this.loader, { id: this.datasetId, property: 'data', lang: this.locale, onRetry: this.onRetry })}`;
    }
    const words = describeFigure(ds, v, this.locale);
    return html`${this.renderContractIssues()} ${renderOfflineNotice(this.loader, this.locale, () => this.loader.reload())}
      <figure class="figure" part="figure">
        <figcaption class="label">${words.indicator}${words.context ? html` · ${words.context}` : nothing}</figcaption>
        <p class="value" part="value">${words.value}</p>
        ${words.hiddenNote ? html`<p class="note">${words.hiddenNote}</p>` : nothing}
        ${renderChange(words.change)} ${renderTarget(words.target)}
      </figure>`;
  }
}
