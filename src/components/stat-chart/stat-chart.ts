import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import type { InvalidDetail, StatSelectDetail, TypedEvents } from '../../base/events.js';
import { validateStatDataset } from '../../contract/stat-validate.js';
import type { ContractIssue } from '../../contract/issues.js';
import type { StatDataset } from '../../contract/stat.js';
import { buildConfig, seriesCount } from './config.js';
import { buildModel, type ChartModel, type StatChartType } from './model.js';
import { statMessages } from './messages.js';
import { summarize } from './summary.js';
import { cellText, rowHeading, tableCsv } from './table.js';
import { CSV_MIME, type CsvOptions } from '../../base/controllers/export.js';
import { downloadBlob, downloadText } from '../../base/controllers/download.js';
import { PrintController } from '../../base/controllers/print.js';
import { AnnounceController, announcerStyles } from '../../base/controllers/announce.js';
import { domId } from '../../base/controllers/ids.js';
import { moveIndex } from '../../base/controllers/roving-focus.js';
import { readColours, resolvePalette, type ChartColours, type Palette } from './theme.js';
import { statChartStyles } from './stat-chart.styles.js';
import type * as Engine from './chart-engine.js';

/** `detail` of `ansinh-select` from a chart: the data point chosen. */
export type { StatSelectDetail };

/** The events `<ansinh-stat-chart>` fires, with their details. */
export interface AnsinhStatChartEventMap {
  'ansinh-select': CustomEvent<StatSelectDetail>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}

type EngineModule = typeof Engine;
type EngineChart = Engine.EngineChart;

/** Above this many table cells, the table is built only when someone asks for it (or prints). */
const EAGER_TABLE_CELLS = 5000;
const TYPES: StatChartType[] = ['bar', 'line', 'pie', 'doughnut'];
const MEDIA = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)'];
const NARROW_BELOW = 480;


/**
 * Where the point at axis position `at` is in the drawn data. A decimated line draws some points
 * only (`{ x, y }` with x the axis position): the drawn point nearest to `at`. Otherwise `at`.
 */
function drawnIndex(data: unknown[] | undefined, at: number): number {
  const first = data?.[0];
  if (!data || first === null || typeof first !== 'object' || !('x' in first)) return at;
  const xs = data as { x: number }[];
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.x < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(xs[lo - 1]!.x - at) < Math.abs(xs[lo]!.x - at) ? lo - 1 : lo;
}

/**
 * One statistics chart that everyone can read: bar, line, pie or doughnut over a `StatDataset`,
 * with a generated summary in Vietnamese or English (the figure's caption and the canvas's
 * accessible name), a real data table with the same numbers, small counts hidden, and keyboard
 * access to every data point.
 *
 * Chart.js is loaded on demand (a dynamic import), when the first chart is drawn. Until then, and
 * whenever it cannot load, the summary and the table stand in for the drawing.
 *
 * @summary A statistics chart with a text summary, a data table and small-count suppression.
 *
 * @event ansinh-select - A data point was chosen (click, or Enter on the focused point). `detail`: `{ period, orgUnit, category, value }`.
 * @event ansinh-invalid - The dataset failed the contract. `detail`: `{ issues }`.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart caption - The caption: title and summary.
 * @csspart toolbar - The row of buttons (table toggle, downloads).
 * @csspart chart - The box holding the canvas.
 * @csspart table - The scrollable box holding the data table.
 * @csspart issues - The error state or warnings about the data.
 *
 * @cssprop --ansinh-chart-1 - Colour of series 1 (defaults: an Okabe-Ito colour-blind-safe palette per theme). Likewise --ansinh-chart-2 … --ansinh-chart-8.
 * @cssprop --ansinh-stat-chart-height - Height of the drawing (default 320px; horizontal bars grow with their rows).
 *
 * @attr type - `bar` (default), `line`, `pie` or `doughnut`.
 * @attr stacked - Stack bars (or lines) of the series.
 * @attr horizontal - Horizontal bars.
 * @attr series-by - What makes the series: `period`, `orgUnit` or a disaggregation id. Chosen from the data when absent.
 * @attr target - Draw the dataset's target as a dashed line on line charts (`target="false"` hides it).
 * @attr suppress-below - Hide counts under this number (default: the dataset's `suppressionThreshold`, else 5).
 * @attr period - The period shown when periods are on neither axis nor series (default: the latest).
 * @attr org-unit - The unit shown when units are on neither axis nor series (default: the first).
 */
export class AnsinhStatChart extends AnsinhElement {
  static override styles = [statChartStyles, announcerStyles];
  static override jsonProperty = 'data';

  /**
   * Loads the chart engine (Chart.js). A dynamic import, so Chart.js is fetched only when a chart
   * is first drawn; replaceable (for example by tests simulating a failed load).
   */
  static loadEngine: () => Promise<EngineModule> = () => import('./chart-engine.js');
  /** Height of a horizontal bar chart, which grows with its rows ('' = from the styles). */
  private chartHeight = '';
  private static enginePromise?: Promise<EngineModule>;

  private static engine(): Promise<EngineModule> {
    AnsinhStatChart.enginePromise ??= AnsinhStatChart.loadEngine().catch((err: unknown) => {
      AnsinhStatChart.enginePromise = undefined;
      throw err;
    });
    return AnsinhStatChart.enginePromise;
  }

  /** Chart type. */
  @property({ reflect: true }) type: StatChartType = 'bar';
  /** Stack the series. */
  @property({ type: Boolean, reflect: true }) stacked = false;
  /** Horizontal bars. */
  @property({ type: Boolean, reflect: true }) horizontal = false;
  /** `period`, `orgUnit` or a disaggregation id; empty chooses from the data. */
  @property({ attribute: 'series-by' }) seriesBy = '';
  /** Draw the target line on line charts (present by default; `target="false"` hides it). */
  @property({ type: Boolean, converter: (v) => v !== 'false' }) target = true;
  /** Threshold under which counts are hidden; unset uses the dataset's (contract default 5). */
  @property({ attribute: 'suppress-below', type: Number }) suppressBelow?: number;
  /** Period held fixed when periods are not on the axis or series. */
  @property() period = '';
  /** Unit held fixed when units are not on the axis or series. */
  @property({ attribute: 'org-unit' }) orgUnit = '';

  @state() private tableShown = false;
  @state() private engineFailed = false;
  private readonly announcer = new AnnounceController(this);
  @state() private narrow = false;
  /** While the page prints, the table is built (the canvas alone says nothing on paper). */
  private readonly printer = new PrintController(this, { onChange: () => this.chart?.resize() });
  @state() private palette: Palette = 'light';

  private _dataset?: StatDataset;
  private _raw: unknown;
  private model?: ChartModel;
  private summary = '';
  private modelIssues: ContractIssue[] = [];
  private contractWarnings: ContractIssue[] = [];
  private chart?: EngineChart;
  private colours?: ChartColours;
  private cursor = { series: 0, index: 0 };
  private resizeObserver?: ResizeObserver;
  private themeObserver?: MutationObserver;
  private mediaLists: MediaQueryList[] = [];
  private width = 640;
  private drawn: Promise<boolean> = Promise.resolve(false);
  private resolveDrawn?: (ok: boolean) => void;
  private readonly uid = domId('ansinh-stat-chart');

  /**
   * The statistics to chart (contract `StatDataset`), validated once here with
   * `parseStatDataset` (see validate.ts for the long-series shortcut). Invalid data shows the error state and fires `ansinh-invalid`.
   */
  @property({ attribute: false })
  get data(): StatDataset | undefined {
    return this._dataset;
  }
  set data(value: unknown) {
    const old = this._dataset;
    this._raw = value;
    if (value === undefined || value === null) {
      this._dataset = undefined;
      this.contractWarnings = [];
      this.showContractIssues([]);
    } else {
      const result = validateStatDataset(value);
      if (result.ok) {
        this._dataset = result.value;
        this.contractWarnings = result.warnings;
        this.showContractIssues(result.warnings);
      } else {
        this._dataset = undefined;
        this.contractWarnings = [];
        this.showContractIssues(result.issues);
      }
    }
    this.requestUpdate('data', old);
  }

  /** The model behind the drawing (what is shown, what is hidden), for tests and host pages. */
  get chartModel(): ChartModel | undefined {
    return this.model;
  }

  /** The generated text summary (also the canvas's accessible name). */
  get summaryText(): string {
    return this.summary;
  }

  /** Resolves once the current data is drawn: true when drawn, false when there is no drawing. */
  whenDrawn(): Promise<boolean> {
    return this.updateComplete.then(() => this.drawn);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.palette = resolvePalette(this);
    if (typeof MutationObserver !== 'undefined') {
      this.themeObserver = new MutationObserver(() => this.retheme());
      this.themeObserver.observe(this.ownerDocument.documentElement, {
        attributes: true,
        attributeFilter: ['data-ansinh-theme'],
        subtree: true,
      });
    }
    if (typeof matchMedia === 'function') {
      this.mediaLists = MEDIA.map((q) => matchMedia(q));
      for (const mq of this.mediaLists) mq.addEventListener('change', this.onMediaChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.themeObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const mq of this.mediaLists) mq.removeEventListener('change', this.onMediaChange);
    this.mediaLists = [];
    this.chart?.destroy();
    this.chart = undefined;
  }

  private onMediaChange = () => this.retheme();

  /** Re-reads the theme's colours and redraws (theme attribute or system preference changed). */
  private retheme(): void {
    const next = resolvePalette(this);
    this.palette = next;
    this.colours = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('data') ||
      changed.has('type') ||
      changed.has('seriesBy') ||
      changed.has('suppressBelow') ||
      changed.has('period') ||
      changed.has('orgUnit') ||
      changed.has('target') ||
      this.model === undefined ||
      this.modelLang !== this.locale
    ) {
      this.rebuildModel();
    }
  }

  private modelLang?: string;

  private rebuildModel(): void {
    this.modelLang = this.locale;
    if (!this._dataset) {
      this.model = undefined;
      this.summary = '';
      this.modelIssues = [];
      return;
    }
    const type: StatChartType = TYPES.includes(this.type) ? this.type : 'bar';
    const model = buildModel(this._dataset, {
      type,
      seriesBy: this.seriesBy,
      period: this.period,
      orgUnit: this.orgUnit,
      ...(this.suppressBelow !== undefined && this.suppressBelow !== null ? { suppressBelow: this.suppressBelow } : {}),
      lang: this.locale,
    });
    if (!this.target) delete model.target;
    const total = model.x.length * seriesCount(model);
    this.cursor = {
      series: Math.min(this.cursor.series, Math.max(0, model.series.length - 1)),
      index: Math.min(this.cursor.index, Math.max(0, model.x.length - 1)),
    };
    void total;
    this.model = model;
    this.summary = summarize(model, this.locale);
    const before = JSON.stringify(this.modelIssues.map((i) => i.code + i.message.en));
    this.modelIssues = model.issues;
    if (before !== JSON.stringify(model.issues.map((i) => i.code + i.message.en)) || model.issues.length) {
      // Contract warnings and the chart's own checks share one list (warnings never block).
      this.showContractIssues([...this.contractWarnings, ...model.issues]);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render() {
    const m = statMessages[this.locale];
    const model = this.model;
    if (!model) {
      return html`<div class="empty">${this.renderContractIssues()}</div>`;
    }
    const tableVisible = this.tableShown || this.engineFailed;
    const cellCount = model.x.length * (model.series.length + (model.totals ? 1 : 0));
    const buildTable = tableVisible || this.printer.printing || cellCount <= EAGER_TABLE_CELLS;
    // Applied in updated() through the CSSOM: a `style` attribute (which styleMap writes on its
    // first render) is blocked by a strict `style-src 'self'` policy.
    this.chartHeight =
      this.horizontal && model.type === 'bar' ? `${Math.max(320, model.x.length * model.series.length * 14 + 80)}px` : '';
    return html`<figure part="figure" class="figure" aria-labelledby="${this.uid}-title" aria-describedby="${this.uid}-summary">
      <figcaption part="caption">
        <span class="title" id="${this.uid}-title">${model.title}</span>
        <span class="summary" id="${this.uid}-summary">${this.summary}</span>
      </figcaption>
      ${this.renderContractIssues()}
      <div class="toolbar" part="toolbar">
        ${this.engineFailed
          ? html`<p class="failed" role="status">${m.chartUnavailable}</p>`
          : html`<button
              class="btn"
              data-variant="secondary"
              type="button"
              data-action="toggle"
              aria-controls="${this.uid}-table"
              aria-expanded=${tableVisible ? 'true' : 'false'}
              @click=${this.toggleTable}
            >
              ${tableVisible ? m.showChart : m.showTable}
            </button>`}
        <button class="btn" data-variant="ghost" type="button" data-action="png" ?disabled=${this.engineFailed || tableVisible} @click=${() => void this.downloadPng()}>
          ${m.downloadPng}
        </button>
        <button class="btn" data-variant="ghost" type="button" data-action="csv" @click=${() => this.downloadCsv()}>${m.downloadCsv}</button>
      </div>
      <div
        class="chart ${tableVisible ? 'is-hidden' : ''}"
        part="chart"
        data-palette=${this.palette}
      >
        <canvas
          role="img"
          aria-label=${this.summary}
          aria-describedby="${this.uid}-hint"
          tabindex=${tableVisible || this.engineFailed ? '-1' : '0'}
          @keydown=${this.onKeydown}
        ></canvas>
        <div class="probes" aria-hidden="true">
          ${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => html`<span class="probe" data-probe="c${i}"></span>`)}
          <span class="probe" data-probe="text"></span><span class="probe" data-probe="grid"></span>
          <span class="probe" data-probe="surface"></span><span class="probe" data-probe="focus"></span>
        </div>
      </div>
      <p class="sr" id="${this.uid}-hint">${m.keyboardHint}</p>
      <div class="table-wrap" part="table" id="${this.uid}-table" role="region" aria-labelledby="${this.uid}-caption" tabindex="0" ?hidden=${!tableVisible}>
        ${buildTable ? this.renderTable(model) : nothing}
      </div>
      ${this.announcer.render()}
    </figure>`;
  }

  private renderTable(model: ChartModel) {
    const m = statMessages[this.locale];
    const lang = this.locale;
    const fixed = [model.fixed.orgUnit?.label, model.fixed.period?.label].filter(Boolean).join(', ');
    return html`<table>
      <caption id="${this.uid}-caption">${m.tableCaption(model.title)}${fixed ? ` (${fixed})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">${rowHeading(model, lang)}</th>
          ${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          ${model.totals ? html`<th scope="col">${m.total}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.x.map(
          (x, i) => html`<tr>
            <th scope="row">${x.label}</th>
            ${model.series.map((_, s) => this.renderCell(model, s, i))}
            ${model.totals ? html`<td data-state=${model.totals[i]!.state}>${cellText(model.totals[i]!, model, lang)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      ${model.target
        ? html`<tfoot>
            <tr>
              <th scope="row">${model.target.label ?? m.target}</th>
              <td colspan=${model.series.length + (model.totals ? 1 : 0)}>
                ${model.target.direction === 'at-most' ? '≤' : '≥'} ${cellText({ period: '', orgUnit: '', value: model.target.value, state: 'value' }, model, lang)}
              </td>
            </tr>
          </tfoot>`
        : nothing}
    </table>`;
  }

  private renderCell(model: ChartModel, s: number, i: number) {
    const cell = model.cells[s]![i]!;
    const text = cellText(cell, model, this.locale);
    return html`<td data-state=${cell.state}>
      ${cell.state === 'missing' ? html`<span aria-hidden="true">${text}</span><span class="sr">${statMessages[this.locale].noData}</span>` : text}
    </td>`;
  }

  private toggleTable = () => {
    this.tableShown = !this.tableShown;
  };

  // -------------------------------------------------------------------------------------------
  // Drawing
  // -------------------------------------------------------------------------------------------

  protected override firstUpdated(): void {
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const w = entries[0]?.contentRect.width ?? 0;
        if (w <= 0) return;
        this.width = w;
        const narrow = w < NARROW_BELOW;
        if (narrow !== this.narrow) this.narrow = narrow;
      });
      this.resizeObserver.observe(this);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (box && box.style.height !== this.chartHeight) box.style.height = this.chartHeight;
    const relevant =
      changed.has('data') ||
      changed.has('type') ||
      changed.has('stacked') ||
      changed.has('horizontal') ||
      changed.has('seriesBy') ||
      changed.has('suppressBelow') ||
      changed.has('period') ||
      changed.has('orgUnit') ||
      changed.has('target') ||
      changed.has('palette') ||
      changed.has('narrow') ||
      this.colours === undefined ||
      this.drawnLang !== this.locale ||
      (this.chart === undefined && this.model !== undefined && !this.engineFailed && !this.loading);
    if (relevant) this.draw();
  }

  private drawnLang?: string;
  private loading = false;
  private drawToken = 0;

  private draw(): void {
    const model = this.model;
    const token = ++this.drawToken;
    this.drawn = new Promise<boolean>((resolve) => (this.resolveDrawn = resolve));
    const settle = (ok: boolean) => {
      if (token === this.drawToken) this.resolveDrawn?.(ok);
    };
    if (!model || !this.isConnected) {
      this.chart?.destroy();
      this.chart = undefined;
      settle(false);
      return;
    }
    this.loading = true;
    AnsinhStatChart.engine().then(
      (engine) => {
        this.loading = false;
        if (token !== this.drawToken || !this.isConnected) return settle(false);
        try {
          this.drawWith(engine, model);
          settle(true);
        } catch (err) {
          console.error('[ansinh] <ansinh-stat-chart> could not draw the chart', err);
          this.engineFailed = true;
          settle(false);
        }
      },
      () => {
        this.loading = false;
        this.engineFailed = true;
        settle(false);
      },
    );
  }

  private drawWith(engine: EngineModule, model: ChartModel): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const palette = resolvePalette(this);
    if (palette !== this.palette) this.palette = palette;
    const probes = this.renderRoot.querySelector('.chart');
    const wrap = probes as HTMLElement | null;
    if (wrap) wrap.dataset['palette'] = palette;
    this.colours = readColours(this.renderRoot, palette);
    this.drawnLang = this.locale;
    const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config = buildConfig(model, this.colours, {
      stacked: this.stacked,
      horizontal: this.horizontal,
      reducedMotion,
      narrow: this.narrow,
      lang: this.locale,
      width: this.width,
    });
    const options = config.options!;
    options.onClick = (_event, elements) => {
      const hit = elements[0];
      if (!hit) return;
      const pie = model.type === 'pie' || model.type === 'doughnut';
      if (!pie && hit.datasetIndex >= seriesCount(model)) return;
      // A decimated line keeps some points only: their `x` is the position on the axis.
      const point = (this.chart?.data.datasets[hit.datasetIndex]?.data as unknown[] | undefined)?.[hit.index];
      const index = point !== null && typeof point === 'object' && 'x' in point ? Math.round(Number(point.x)) : hit.index;
      this.cursor = { series: pie ? 0 : hit.datasetIndex, index };
      this.select();
    };
    if (this.chart && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      this.chart.options = options;
      this.chart.update('none');
    } else {
      this.chart?.destroy();
      this.chart = engine.createChart(canvas, config);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Keyboard, selection
  // -------------------------------------------------------------------------------------------

  private onKeydown = (e: KeyboardEvent) => {
    const model = this.model;
    if (!model) return;
    const pie = model.type === 'pie' || model.type === 'doughnut';
    const n = model.x.length;
    const rows = pie ? 1 : model.series.length;
    let { series, index } = this.cursor;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select();
      return;
    }
    // Left/right (and Home, End, Page keys) walk the periods or categories; up/down walk the
    // series of a bar or line chart, and the slices of a pie.
    const upDown = e.key === 'ArrowUp' || e.key === 'ArrowDown';
    if (upDown && !pie) {
      const next = moveIndex(e.key, series, rows, { orientation: 'vertical' });
      if (next === undefined) return;
      series = next;
    } else {
      const next = moveIndex(e.key, index, n);
      if (next === undefined) return;
      index = next;
    }
    e.preventDefault();
    this.cursor = { series, index };
    this.announcer.announce(this.describePoint());
    this.highlight();
  };

  /** "Quý I/2025, Phường An Hòa: 1.234" for the focused point. */
  private describePoint(): string {
    const model = this.model!;
    const { series, index } = this.cursor;
    const cell = model.cells[series]?.[index];
    if (!cell) return '';
    const pie = model.type === 'pie' || model.type === 'doughnut';
    const parts = [model.x[index]!.label];
    if (!pie && model.series.length > 1) parts.push(model.series[series]!.label);
    const text = cellText(cell, model, this.locale);
    return `${parts.join(', ')}: ${cell.state === 'missing' ? statMessages[this.locale].noData : text}`;
  }

  private highlight(): void {
    const chart = this.chart;
    const model = this.model;
    if (!chart || !model) return;
    const pie = model.type === 'pie' || model.type === 'doughnut';
    const cell = model.cells[this.cursor.series]?.[this.cursor.index];
    const datasetIndex = pie ? 0 : this.cursor.series;
    const index = drawnIndex(chart.data.datasets[datasetIndex]?.data as unknown[] | undefined, this.cursor.index);
    const active = cell && cell.state === 'value' && index >= 0 ? [{ datasetIndex, index }] : [];
    try {
      chart.setActiveElements(active);
      chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
      chart.update('none');
    } catch {
      // Nothing to highlight: the live region still says the value.
    }
  }

  private select(): void {
    const model = this.model;
    if (!model) return;
    const cell = model.cells[this.cursor.series]?.[this.cursor.index];
    if (!cell) return;
    const detail: StatSelectDetail = {
      period: cell.period,
      orgUnit: cell.orgUnit,
      ...(cell.category !== undefined ? { category: cell.category } : {}),
      value: cell.state === 'value' ? cell.value : null,
    };
    this.announcer.announce(statMessages[this.locale].selected(this.describePoint()));
    this.emit('ansinh-select', detail);
  }

  // -------------------------------------------------------------------------------------------
  // Export
  // -------------------------------------------------------------------------------------------

  /** The data table as CSV text (UTF-8 with BOM; hidden cells as "<5" / "ẩn"). */
  toCsv(options: CsvOptions = {}): string {
    return this.model ? tableCsv(this.model, this.locale, options) : '';
  }

  /** The drawing as a PNG on the theme's background, or null when nothing is drawn. */
  toPng(): Promise<Blob | null> {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.chart || canvas.width === 0 || canvas.height === 0) return Promise.resolve(null);
    const out = document.createElement('canvas');
    out.width = canvas.width;
    out.height = canvas.height;
    const ctx = out.getContext('2d');
    if (!ctx) return Promise.resolve(null);
    ctx.fillStyle = this.colours?.surface ?? '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    return new Promise((resolve) => out.toBlob((b) => resolve(b), 'image/png'));
  }

  /** Saves the drawing as `<dataset id>.png`. */
  async downloadPng(): Promise<void> {
    const blob = await this.toPng();
    if (blob) downloadBlob(this.renderRoot, blob, this.fileName('png'));
  }

  /** Saves the table as `<dataset id>.csv`. */
  downloadCsv(): void {
    const csv = this.toCsv();
    if (csv) downloadText(this.renderRoot, csv, this.fileName('csv'), CSV_MIME);
  }

  private fileName(ext: string): string {
    return `${this._dataset?.id ?? 'ansinh-chart'}.${ext}`;
  }

  /** The value last handed to `data`, before validation (for debugging a portal's data). */
  get rawDataset(): unknown {
    return this._raw;
  }
}

// Listeners added to this element receive its own details (see AnsinhStatChartEventMap).
export interface AnsinhStatChart {
  addEventListener: TypedEvents<AnsinhStatChartEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhStatChartEventMap>['removeEventListener'];
}
