import { html, nothing, type TemplateResult } from 'lit';
import { chartDataset, type ChartSpec } from '../datasets.js';

/**
 * The chart beside a table, only when the page registered `<ansinh-stat-chart>` (it brings its
 * own caption, summary and data table). Rendered by tag name: the chart's code is never imported
 * here, so Chart.js stays out of this element's bundle. Long category lists use horizontal bars.
 */
export function renderChart(spec: ChartSpec, chartDefined: boolean): TemplateResult | typeof nothing {
  if (!chartDefined || spec.rows.length === 0) return nothing;
  const type = spec.axis === 'period' ? 'line' : 'bar';
  return html`<div class="chart">
      <ansinh-stat-chart type=${type} ?horizontal=${spec.axis === 'category' && spec.rows.length > 8} .data=${chartDataset(spec)}></ansinh-stat-chart>
    </div>`;
}
