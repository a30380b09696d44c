import { css } from 'lit';

export const resultsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .results {
    display: grid;
    gap: var(--ansinh-space-5, 24px);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: var(--ansinh-font-size-xl, 1.5rem);
  }
  h3 {
    font-size: var(--ansinh-font-size-lg, 1.25rem);
  }
  .source {
    margin: var(--ansinh-space-1, 4px) 0 0;
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    gap: var(--ansinh-space-3, 12px);
    margin: 0;
  }
  .summary div {
    padding: var(--ansinh-space-3, 12px);
    border: 1px solid var(--ansinh-color-border, #ccc);
    border-radius: var(--ansinh-radius-md, 6px);
    background: var(--ansinh-survey-results-card-background, var(--ansinh-color-surface-raised, #fff));
  }
  .summary dt {
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .summary dd {
    margin: 0;
    font-size: var(--ansinh-font-size-xl, 1.5rem);
    font-weight: var(--ansinh-font-weight-bold, 700);
  }
  .summary dd small {
    display: block;
    font-size: var(--ansinh-font-size-sm, 0.875rem);
    font-weight: var(--ansinh-font-weight-regular, 400);
  }
  .note {
    margin: 0;
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-2, 8px);
    align-items: center;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--ansinh-font-weight-bold, 700);
    padding-block-end: var(--ansinh-space-2, 8px);
  }
  th,
  td {
    padding: var(--ansinh-space-2, 8px);
    border-block-end: 1px solid var(--ansinh-color-border, #ccc);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end: 2px solid var(--ansinh-color-border-strong, #767676);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  tbody th {
    font-weight: var(--ansinh-font-weight-regular, 400);
    min-inline-size: min(12rem, 40vw);
  }
  td.target {
    white-space: nowrap;
  }
  tbody th .code {
    font-weight: var(--ansinh-font-weight-bold, 700);
    margin-inline-end: var(--ansinh-space-1, 4px);
  }
  tfoot th,
  tfoot td {
    font-weight: var(--ansinh-font-weight-bold, 700);
  }
  details > summary {
    cursor: pointer;
    min-block-size: var(--ansinh-target-size, 44px);
    display: flex;
    align-items: center;
    font-weight: var(--ansinh-font-weight-medium, 500);
  }
  .chart {
    margin: var(--ansinh-space-3, 12px) 0 0;
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;
