import { linkStyles } from '../../base/styles.js';
import { datasetLoader, readDataset } from '../../base/statistics/dataset-loader.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import type { InvalidDetail, StatSelectDetail, TypedEvents } from '../../base/events.js';
import type { ContractIssue } from '../../contract/issues.js';
import type { StatDataset } from '../../contract/stat.js';
import { buildModel, type ChartModel, type StatChartType } from './model.js';
import { statMessages } from './messages.js';
import { summarize } from './summary.js';
import { tableCsv } from './table.js';
import { clampCursor, describePoint, moveCursor, selectDetail, type Cursor } from './points.js';
import { ChartDrawing, type EngineModule } from './drawing.js';
import { ThemeWatch } from './theme-watch.js';
import { renderCaption } from './parts/caption.js';
import { renderToolbar } from './parts/toolbar.js';
import { renderCanvas } from './parts/canvas.js';
import { renderDataTable } from './parts/data-table.js';
import { CSV_MIME, type CsvOptions } from '../../base/controllers/export.js';
import { downloadBlob, downloadText } from '../../base/controllers/download.js';
import { PrintController } from '../../base/controllers/print.js';
import { AnnounceController, announcerStyles } from '../../base/controllers/announce.js';
import { domId } from '../../base/controllers/ids.js';
import { resolvePalette, type Palette } from './theme.js';
import { statChartStyles } from './stat-chart.styles.js';

/** `detail` of `ansinh-select` from a chart: the data point chosen. */
export type { StatSelectDetail };

/** The events `<ansinh-stat-chart>` fires, with their details. */
export interface AnsinhStatChartEventMap {
  'ansinh-select': CustomEvent<StatSelectDetail>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}

/** Above this many table cells, the table is built only when someone asks for it (or prints). */
const EAGER_TABLE_CELLS = 5000;
const TYPES: StatChartType[] = ['bar', 'line', 'pie', 'doughnut'];
const NARROW_BELOW = 480;

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
 * @event {CustomEvent<StatSelectDetail>} ansinh-select - A data point was chosen (click, or Enter on the focused point). `detail`: `{ period, orgUnit, category, value }`.
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The dataset failed the contract. `detail`: `{ issues }`.
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
 * @attr dataset-id - With `<ansinh-provider>`: load the dataset with this id through its DataSource (`getDataset`) when `.data` is not set; loading, not found, no source and errors show as states.
 */
export class AnsinhStatChart extends AnsinhElement {
  static override styles = [linkStyles, statChartStyles, announcerStyles];
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
  /** Loads the dataset with this id from the provider's DataSource (`getDataset`) when `.data` is not set. */
  @property({ attribute: 'dataset-id' }) datasetId = '';

  @state() private tableShown = false;
  private readonly announcer = new AnnounceController(this);
  @state() private narrow = false;
  /** While the page prints, the table is built (the canvas alone says nothing on paper). */
  private readonly printer = new PrintController(this, { render: () => this.isUpdatePending && this.performUpdate(), onChange: () => this.drawing.chart?.resize() });
  @state() private palette: Palette = 'light';
  private readonly drawing = new ChartDrawing(this, {
    engine: () => AnsinhStatChart.engine(),
    syncPalette: () => {
      const palette = resolvePalette(this);
      if (palette !== this.palette) this.palette = palette;
      return palette;
    },
    settings: () => ({ stacked: this.stacked, horizontal: this.horizontal, narrow: this.narrow, lang: this.locale, width: this.width }),
    onPoint: (cursor) => {
      this.cursor = cursor;
      this.select();
    },
  });
  /** A theme attribute or a system preference changed: re-read the colours and redraw. */
  private readonly themeWatch = new ThemeWatch(this, () => {
    this.palette = resolvePalette(this);
    this.drawing.colours = undefined;
    this.requestUpdate();
  });

  private _dataset?: StatDataset;
  private _raw: unknown;
  /** Loading by `dataset-id` through the provider (the shared data path). */
  private readonly loader = datasetLoader(this, (value) => this.applyData(value));
  private model?: ChartModel;
  private modelLang?: string;
  private summary = '';
  private modelIssues: ContractIssue[] = [];
  private contractWarnings: ContractIssue[] = [];
  private cursor: Cursor = { series: 0, index: 0 };
  private resizeObserver?: ResizeObserver;
  private width = 640;
  private readonly uid = domId('ansinh-stat-chart');

  /**
   * The statistics to chart (contract `StatDataset`), validated once here with
   * `parseStatDataset` (see contract/stat-validate.ts for the long-series shortcut). Invalid data shows the error state and fires `ansinh-invalid`.
   */
  @property({ attribute: false })
  get data(): StatDataset | undefined {
    return this._dataset;
  }
  set data(value: unknown) {
    this.loader.hand(value);
    this.applyData(value);
  }

  private applyData(value: unknown): void {
    const old = this._dataset;
    this._raw = value;
    const input = readDataset(value);
    this._dataset = input.dataset;
    this.contractWarnings = input.warnings;
    this.showContractIssues(input.shown);
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
    return this.updateComplete.then(() => this.drawing.drawn);
  }

  /** The state's retry button: load the dataset again. */
  private onRetry = (event: Event): void => {
    if (event.target !== this) this.loader.reload();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.palette = resolvePalette(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.loader.sync(this.datasetId);
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
    this.cursor = clampCursor(model, this.cursor);
    this.model = model;
    this.summary = summarize(model, this.locale);
    const before = JSON.stringify(this.modelIssues.map((i) => i.code + i.message.en));
    this.modelIssues = model.issues;
    if (before !== JSON.stringify(model.issues.map((i) => i.code + i.message.en)) || model.issues.length) {
      // Contract warnings and the chart's own checks share one list (warnings never block).
      this.showContractIssues([...this.contractWarnings, ...model.issues]);
    }
  }

  protected override render(): TemplateResult {
    const model = this.model;
    if (!model) {
      return html`<div class="empty">
        ${this.renderContractIssues()}
        ${renderDataState(this.loader, { id: this.datasetId, property: 'data', lang: this.locale, onRetry: this.onRetry })}
      </div>`;
    }
    const lang = this.locale;
    const uid = this.uid;
    const engineFailed = this.drawing.failed;
    const tableVisible = this.tableShown || engineFailed;
    const cellCount = model.x.length * (model.series.length + (model.totals ? 1 : 0));
    const buildTable = tableVisible || this.printer.printing || cellCount <= EAGER_TABLE_CELLS;
    // Applied in updated() through the CSSOM: a `style` attribute (which styleMap writes on its
    // first render) is blocked by a strict `style-src 'self'` policy.
    this.chartHeight =
      this.horizontal && model.type === 'bar' ? `${Math.max(320, model.x.length * model.series.length * 14 + 80)}px` : '';
    return html`<figure part="figure" class="figure" aria-labelledby="${uid}-title" aria-describedby="${uid}-summary">
      ${renderCaption(uid, model.title, this.summary)}
      ${this.renderContractIssues()} ${renderOfflineNotice(this.loader, lang, () => this.loader.reload())}
      ${renderToolbar({
        uid,
        lang,
        tableVisible,
        engineFailed,
        onToggle: this.toggleTable,
        onPng: () => void this.downloadPng(),
        onCsv: () => this.downloadCsv(),
      })}
      ${renderCanvas({ uid, palette: this.palette, summary: this.summary, tableVisible, engineFailed, onKeydown: this.onKeydown })}
      <p class="sr" id="${uid}-hint">${statMessages[lang].keyboardHint}</p>
      <div class="table-wrap" part="table" id="${uid}-table" role="region" aria-labelledby="${uid}-caption" tabindex="0" ?hidden=${!tableVisible}>
        ${buildTable ? renderDataTable(model, lang, uid) : nothing}
      </div>
      ${this.announcer.render()}
    </figure>`;
  }

  private toggleTable = () => {
    this.tableShown = !this.tableShown;
  };

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
    const drawing = this.drawing;
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
      drawing.colours === undefined ||
      drawing.lang !== this.locale ||
      (drawing.chart === undefined && this.model !== undefined && !drawing.failed && !drawing.loading);
    if (relevant) drawing.draw(this.model);
  }

  /** Arrow keys walk the points (the live region says each); Enter or Space chooses one. */
  private onKeydown = (e: KeyboardEvent) => {
    const model = this.model;
    if (!model) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select();
      return;
    }
    const next = moveCursor(model, this.cursor, e.key);
    if (!next) return;
    e.preventDefault();
    this.cursor = next;
    this.announcer.announce(describePoint(model, next, this.locale));
    this.drawing.highlight(model, next);
  };

  private select(): void {
    const model = this.model;
    if (!model) return;
    const detail = selectDetail(model, this.cursor);
    if (!detail) return;
    this.announcer.announce(statMessages[this.locale].selected(describePoint(model, this.cursor, this.locale)));
    this.emit('ansinh-select', detail);
  }

  /** The data table as CSV text (UTF-8 with BOM; hidden cells as "<5" / "ẩn"). */
  toCsv(options: CsvOptions = {}): string {
    return this.model ? tableCsv(this.model, this.locale, options) : '';
  }

  /** The drawing as a PNG on the theme's background, or null when nothing is drawn. */
  toPng(): Promise<Blob | null> {
    return this.drawing.toPng();
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
