import { css } from 'lit';
import { hostStyles } from '../../base/primitives/styles.js';

export const statFigureStyles = [
  hostStyles,
  css`
    :host {
      display: block;
    }
    .figure {
      margin: 0;
      display: grid;
      gap: var(--ansinh-space-1, 4px);
      padding: var(--ansinh-space-4, 16px);
      border: var(--ansinh-border-width, 1px) solid var(--ansinh-color-border, #c4c4c4);
      border-radius: var(--ansinh-radius-md, 6px);
      background: var(--ansinh-stat-figure-background, var(--ansinh-color-surface-raised, #fff));
    }
    .label {
      margin: 0;
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-sm, 0.9375rem);
    }
    .value {
      margin: 0;
      font-size: var(--ansinh-stat-figure-value-size, var(--ansinh-font-size-2xl, 2rem));
      font-weight: var(--ansinh-font-weight-bold, 700);
      line-height: 1.15;
      font-variant-numeric: tabular-nums;
    }
    .change,
    .target {
      margin: 0;
      display: flex;
      gap: var(--ansinh-space-1, 4px);
      align-items: baseline;
      font-size: var(--ansinh-font-size-sm, 0.9375rem);
    }
    .target[data-met='true'] {
      color: var(--ansinh-color-success, #1e7536);
    }
    .target[data-met='false'] {
      color: var(--ansinh-color-warning, #8a4f00);
    }
    .note {
      margin: 0;
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-xs, 0.8125rem);
    }
  `,
];
