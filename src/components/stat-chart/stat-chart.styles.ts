import { css } from 'lit';
import { hostStyles } from '../../base/primitives/styles.js';
import { buttonStyles } from '../../base/primitives/button.styles.js';

/**
 * Chart colours: `--ansinh-chart-1..8` (a portal sets them to re-brand); the defaults are the
 * Okabe-Ito colour-blind-safe palette, darkened for light backgrounds and lightened for dark
 * ones. The probe spans carry them as `color` so the element can read resolved values for the
 * canvas. In forced colours every series is CanvasText and hatching tells them apart.
 */
export const statChartStyles = [
  hostStyles,
  buttonStyles,
  css`
    :host {
      display: block;
      min-inline-size: 0;
      container-type: inline-size;
    }
    .figure {
      margin: 0;
      display: grid;
      gap: var(--ansinh-space-3, 12px);
    }
    figcaption {
      display: grid;
      gap: var(--ansinh-space-1, 4px);
    }
    .title {
      font-size: var(--ansinh-font-size-lg, 1.25rem);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .summary {
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-sm, 0.9375rem);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-2, 8px);
      align-items: center;
    }
    .toolbar .btn {
      inline-size: auto;
    }
    .failed {
      margin: 0;
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
      border-inline-start: 4px solid var(--ansinh-color-warning, #8a4f00);
      background: var(--ansinh-color-warning-surface, #fff3dc);
    }
    .chart {
      position: relative;
      block-size: var(--ansinh-stat-chart-height, 320px);
      min-inline-size: 0;
      --_c1: #0072b2;
      --_c2: #d55e00;
      --_c3: #007a5a;
      --_c4: #b3478f;
      --_c5: #a36b00;
      --_c6: #3b8fc4;
      --_c7: #6a5acd;
      --_c8: #4d4d4d;
    }
    .chart.is-hidden {
      display: none;
    }
    .chart[data-palette='dark'] {
      --_c1: #56b4e9;
      --_c2: #e69f00;
      --_c3: #3cc29a;
      --_c4: #e08cc0;
      --_c5: #f0e442;
      --_c6: #ff8a50;
      --_c7: #b4a7ff;
      --_c8: #e0e0e0;
    }
    .chart[data-palette='high-contrast'] {
      --_c1: #003e73;
      --_c2: #8c2a00;
      --_c3: #004d36;
      --_c4: #6b1a55;
      --_c5: #000000;
      --_c6: #0a3d63;
      --_c7: #3a2a8c;
      --_c8: #333333;
    }
    canvas {
      display: block;
      max-inline-size: 100%;
    }
    canvas:focus-visible {
      outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
      outline-offset: var(--ansinh-focus-ring-offset, 2px);
    }
    .probes {
      display: none;
    }
    .probe {
      forced-color-adjust: none;
    }
    [data-probe='c1'] { color: var(--ansinh-chart-1, var(--_c1)); }
    [data-probe='c2'] { color: var(--ansinh-chart-2, var(--_c2)); }
    [data-probe='c3'] { color: var(--ansinh-chart-3, var(--_c3)); }
    [data-probe='c4'] { color: var(--ansinh-chart-4, var(--_c4)); }
    [data-probe='c5'] { color: var(--ansinh-chart-5, var(--_c5)); }
    [data-probe='c6'] { color: var(--ansinh-chart-6, var(--_c6)); }
    [data-probe='c7'] { color: var(--ansinh-chart-7, var(--_c7)); }
    [data-probe='c8'] { color: var(--ansinh-chart-8, var(--_c8)); }
    [data-probe='text'] { color: var(--ansinh-color-text, #1a1a1a); }
    [data-probe='grid'] { color: var(--ansinh-color-border, #c4c4c4); }
    [data-probe='surface'] { color: var(--ansinh-color-surface, #ffffff); }
    [data-probe='focus'] { color: var(--ansinh-color-focus, #1a5fb4); }
    .chart[data-palette='forced'] .probe {
      color: CanvasText;
    }
    .chart[data-palette='forced'] [data-probe='surface'] {
      color: Canvas;
    }
    .chart[data-palette='forced'] [data-probe='grid'] {
      color: GrayText;
    }
    .chart[data-palette='forced'] [data-probe='focus'] {
      color: Highlight;
    }
    .table-wrap {
      overflow: auto;
      max-block-size: 32rem;
      border: var(--ansinh-border-width, 1px) solid var(--ansinh-color-border, #c4c4c4);
      border-radius: var(--ansinh-radius-md, 6px);
    }
    .table-wrap[hidden] {
      display: none;
    }
    .table-wrap:focus-visible {
      outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
      outline-offset: var(--ansinh-focus-ring-offset, 2px);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: var(--ansinh-font-weight-medium, 500);
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
    }
    th,
    td {
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
      border-block-start: var(--ansinh-border-width, 1px) solid var(--ansinh-color-border, #c4c4c4);
      text-align: end;
      white-space: nowrap;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
      white-space: normal;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      background: var(--ansinh-color-surface-raised, #fff);
    }
    td[data-state='suppressed'],
    td[data-state='secondary'] {
      font-style: italic;
    }
    @container (max-width: 480px) {
      .title {
        font-size: var(--ansinh-font-size-md, 1.125rem);
      }
      th,
      td {
        padding: var(--ansinh-space-1, 4px) var(--ansinh-space-2, 8px);
      }
    }
    @media print {
      .toolbar {
        display: none;
      }
      .chart.is-hidden {
        display: block;
      }
      .table-wrap,
      .table-wrap[hidden] {
        display: block;
        max-block-size: none;
        overflow: visible;
        border: 0;
      }
      thead th {
        position: static;
      }
      .chart {
        break-inside: avoid;
      }
    }
  `,
];
