/**
 * The only module that imports Chart.js. `<ansinh-stat-chart>` loads it with a dynamic
 * `import()`, so bundlers (and the CDN build) put Chart.js in a lazy chunk fetched when the first
 * chart appears. Only the controllers, elements, scales and plugins a chart type uses are
 * registered, and only when a chart of that type is first drawn (no `chart.js/auto`).
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

const registered = new Set<string>();

/** Registers what a chart type needs, once. */
export function registerType(type: 'bar' | 'line' | 'pie' | 'doughnut'): void {
  if (registered.has(type)) return;
  registered.add(type);
  switch (type) {
    case 'bar':
      // A bar chart may carry a target line dataset.
      Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
      break;
    case 'line':
      Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Decimation);
      break;
    case 'pie':
      Chart.register(PieController, ArcElement, Tooltip, Legend);
      break;
    case 'doughnut':
      Chart.register(DoughnutController, ArcElement, Tooltip, Legend);
      break;
  }
}

export type EngineChart = Chart;

/** Draws a chart on a canvas. */
export function createChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  registerType(config.type as 'bar' | 'line' | 'pie' | 'doughnut');
  return new Chart(canvas, config);
}
