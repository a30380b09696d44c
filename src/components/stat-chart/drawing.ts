/**
 * The drawing of a chart: a reactive controller that owns the Chart.js chart of one
 * `<ansinh-stat-chart>`, from the engine's lazy load to the last `destroy()`. It draws the model
 * on the element's canvas, updates the chart in place when the type is unchanged, highlights the
 * point under the keyboard cursor, and settles `drawn` (true once drawn, false when there is no
 * drawing: no model, disconnected, or the engine failed to load or to draw).
 *
 * Chart.js itself is reached only through the `engine` function the element passes in (a dynamic
 * import), so this module imports its types only.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { buildConfig, seriesCount } from './config.js';
import type * as Engine from './chart-engine.js';
import type { ChartModel } from './model.js';
import { isPie, type Cursor } from './points.js';
import { readColours, type ChartColours, type Palette } from './theme.js';

export type EngineModule = typeof Engine;
type EngineChart = Engine.EngineChart;

/** What the drawing reads from its element when it draws (after the engine has loaded). */
export interface DrawingOptions {
  /** Loads (or returns the already loaded) chart engine. */
  engine: () => Promise<EngineModule>;
  /** The palette in force, brought up to date on the element. */
  syncPalette: () => Palette;
  /** Layout and language at drawing time. */
  settings: () => { stacked: boolean; horizontal: boolean; narrow: boolean; lang: Lang; width: number };
  /** A point was clicked. */
  onPoint: (cursor: Cursor) => void;
}

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

export class ChartDrawing implements ReactiveController {
  /** The Chart.js chart, once drawn. */
  chart?: EngineChart;
  /** The colours last read from the theme; undefined asks for a redraw with fresh ones. */
  colours?: ChartColours;
  /** The engine could not be loaded, or could not draw: the table stands in. */
  failed = false;
  /** The engine is being loaded. */
  loading = false;
  /** The language of the drawing (axis and tooltip texts). */
  lang?: Lang;
  private token = 0;
  private drawnPromise: Promise<boolean> = Promise.resolve(false);
  private resolveDrawn?: (ok: boolean) => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: DrawingOptions,
  ) {
    host.addController(this);
  }

  /** Settles when the latest drawing is done: true when drawn, false when there is none. */
  get drawn(): Promise<boolean> {
    return this.drawnPromise;
  }

  hostDisconnected(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Draws `model` (or clears the drawing when there is none), loading the engine first. */
  draw(model: ChartModel | undefined): void {
    const token = ++this.token;
    this.drawnPromise = new Promise<boolean>((resolve) => (this.resolveDrawn = resolve));
    const settle = (ok: boolean) => {
      if (token === this.token) this.resolveDrawn?.(ok);
    };
    if (!model || !this.host.isConnected) {
      this.chart?.destroy();
      this.chart = undefined;
      settle(false);
      return;
    }
    this.loading = true;
    this.options.engine().then(
      (engine) => {
        this.loading = false;
        if (token !== this.token || !this.host.isConnected) return settle(false);
        try {
          this.drawWith(engine, model);
          settle(true);
        } catch (err) {
          console.error('[ansinh] <ansinh-stat-chart> could not draw the chart', err);
          this.fail();
          settle(false);
        }
      },
      () => {
        this.loading = false;
        this.fail();
        settle(false);
      },
    );
  }

  private fail(): void {
    // Only a change re-renders: while no colours are read, every update tries to draw again.
    if (this.failed) return;
    this.failed = true;
    this.host.requestUpdate();
  }

  private drawWith(engine: EngineModule, model: ChartModel): void {
    const root = this.host.renderRoot;
    const canvas = root.querySelector('canvas');
    if (!canvas) return;
    const palette = this.options.syncPalette();
    const wrap = root.querySelector<HTMLElement>('.chart');
    if (wrap) wrap.dataset['palette'] = palette;
    this.colours = readColours(root, palette);
    const settings = this.options.settings();
    this.lang = settings.lang;
    const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config = buildConfig(model, this.colours, { ...settings, reducedMotion });
    const options = config.options!;
    options.onClick = (_event, elements) => {
      const hit = elements[0];
      if (!hit) return;
      const pie = isPie(model);
      if (!pie && hit.datasetIndex >= seriesCount(model)) return;
      // A decimated line keeps some points only: their `x` is the position on the axis.
      const point = (this.chart?.data.datasets[hit.datasetIndex]?.data as unknown[] | undefined)?.[hit.index];
      const index = point !== null && typeof point === 'object' && 'x' in point ? Math.round(Number(point.x)) : hit.index;
      this.options.onPoint({ series: pie ? 0 : hit.datasetIndex, index });
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

  /** Shows the point under the keyboard cursor as the chart's active point, with its tooltip. */
  highlight(model: ChartModel, cursor: Cursor): void {
    const chart = this.chart;
    if (!chart) return;
    const cell = model.cells[cursor.series]?.[cursor.index];
    const datasetIndex = isPie(model) ? 0 : cursor.series;
    const index = drawnIndex(chart.data.datasets[datasetIndex]?.data as unknown[] | undefined, cursor.index);
    const active = cell && cell.state === 'value' && index >= 0 ? [{ datasetIndex, index }] : [];
    try {
      chart.setActiveElements(active);
      chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
      chart.update('none');
    } catch {
      // Nothing to highlight: the live region still says the value.
    }
  }

  /** The drawing as a PNG on the theme's background, or null when nothing is drawn. */
  toPng(): Promise<Blob | null> {
    const canvas = this.host.renderRoot.querySelector('canvas');
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
}
