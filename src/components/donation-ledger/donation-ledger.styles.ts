import { css } from 'lit';
import { hostStyles } from '../../base/primitives/styles.js';

export const ledgerStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      --_in: var(--ansinh-donation-ledger-in, var(--ansinh-color-success, #1b5e20));
      --_out: var(--ansinh-donation-ledger-out, var(--ansinh-color-text, #1a1a1a));
    }
    .ledger {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--ansinh-space-4, 16px);
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: var(--ansinh-font-size-xl, 1.5rem);
    }
    h3 {
      font-size: var(--ansinh-font-size-lg, 1.25rem);
    }
    h4 {
      font-size: var(--ansinh-font-size-md, 1rem);
      margin-block-start: var(--ansinh-space-3, 12px);
    }
    p {
      margin: 0;
    }
    .view,
    .small {
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-sm, 0.875rem);
    }
    .verification > * {
      padding: var(--ansinh-space-3, 12px);
      border-radius: var(--ansinh-radius-md, 6px);
      margin-block-end: var(--ansinh-space-2, 8px);
    }
    .ok {
      background: var(--ansinh-color-success-surface, #e8f5e9);
      border-inline-start: 4px solid var(--ansinh-color-success, #1b5e20);
    }
    .bad {
      background: var(--ansinh-color-danger-surface, #fdecea);
      border-inline-start: 4px solid var(--ansinh-color-danger, #b3261e);
    }
    .pending {
      background: var(--ansinh-color-info-surface, #e3f2fd);
      border-inline-start: 4px solid var(--ansinh-color-info, #0b57d0);
    }
    .consistent {
      background: var(--ansinh-color-surface-sunken, #f3f4f6);
      border-inline-start: 4px solid var(--ansinh-color-border-strong, #6b6b6b);
    }
    .verification .small {
      overflow-wrap: anywhere;
    }
    .disclosure {
      border: 1px solid var(--ansinh-color-border, #c4c4c4);
    }
    .disclosure h3 {
      margin: 0 0 var(--ansinh-space-2, 8px);
      font-size: var(--ansinh-font-size-md, 1rem);
    }
    .disclosure dl {
      margin: 0;
      display: grid;
      gap: var(--ansinh-space-1, 4px);
    }
    .disclosure dl > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--ansinh-space-2, 8px);
    }
    .disclosure dt {
      font-weight: 600;
    }
    .disclosure dt::after {
      content: ':';
    }
    .disclosure dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .disclosure ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .warn {
      margin-block-start: var(--ansinh-space-2, 8px);
      padding: var(--ansinh-space-2, 8px);
      background: var(--ansinh-color-warning-surface, #fff3dc);
      border-inline-start: 4px solid var(--ansinh-color-warning, #8a4f00);
    }
    .ansinh-issues {
      padding: var(--ansinh-space-3, 12px);
      border-inline-start: 4px solid var(--ansinh-color-danger, #b3261e);
      background: var(--ansinh-color-danger-surface, #fdecea);
      border-radius: var(--ansinh-radius-md, 6px);
      max-height: 16rem;
      overflow: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: var(--ansinh-space-1, 4px) var(--ansinh-space-2, 8px);
      border-block-end: 1px solid var(--ansinh-color-border, #ccc);
      vertical-align: top;
    }
    thead th {
      font-weight: var(--ansinh-font-weight-bold, 700);
      border-block-end: 2px solid var(--ansinh-color-border-strong, #767676);
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .neg {
      color: var(--ansinh-color-danger, #b3261e);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .tag {
      display: inline-block;
      padding: 0 var(--ansinh-space-2, 8px);
      border: 1px solid currentColor;
      border-radius: var(--ansinh-radius-pill, 999px);
      font-size: var(--ansinh-font-size-xs, 0.75rem);
      font-weight: var(--ansinh-font-weight-medium, 500);
    }
    .expiry ul {
      margin: 0;
      padding-inline-start: var(--ansinh-space-5, 20px);
    }
    .expiry .expired {
      color: var(--ansinh-color-danger, #b3261e);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .expiry .expiring {
      color: var(--ansinh-color-warning, #7a4100);
    }
    .periods summary {
      cursor: pointer;
      min-height: var(--ansinh-target-size, 44px);
      display: flex;
      align-items: center;
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .filters,
    .entry-form .grid {
      display: grid;
      gap: var(--ansinh-space-3, 12px);
      grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
      align-items: end;
    }
    .filters .q {
      grid-column: 1 / -1;
    }
    .list {
      height: var(--ansinh-donation-ledger-list-height, 32rem);
      overflow: auto;
      border: 1px solid var(--ansinh-color-border, #ccc);
      border-radius: var(--ansinh-radius-md, 6px);
      contain: strict;
    }
    .month {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-3, 12px);
      width: 100%;
      box-sizing: border-box;
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
      background: var(--ansinh-color-surface-sunken, #f3f3f3);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .month .in,
    .amount.in {
      color: var(--_in);
    }
    .month .out,
    .amount.out {
      color: var(--_out);
    }
    .row {
      width: 100%;
      box-sizing: border-box;
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
      border-block-end: 1px solid var(--ansinh-color-border, #ccc);
      display: grid;
      gap: var(--ansinh-space-1, 4px);
    }
    .row:focus {
      outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
      outline-offset: calc(-1 * var(--ansinh-focus-ring-width, 3px));
    }
    .row.correction {
      background: var(--ansinh-color-warning-surface, #fff4e0);
    }
    .row.invalid {
      background: var(--ansinh-color-danger-surface, #fdecea);
    }
    .row.voided .party,
    .row.voided .fund {
      text-decoration: line-through;
    }
    .line1,
    .line2 {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-1, 4px) var(--ansinh-space-3, 12px);
      align-items: baseline;
    }
    .receipt {
      font-weight: var(--ansinh-font-weight-bold, 700);
      font-variant-numeric: tabular-nums;
    }
    .amount {
      margin-inline-start: auto;
      font-weight: var(--ansinh-font-weight-bold, 700);
      font-variant-numeric: tabular-nums;
    }
    .anon {
      font-style: italic;
    }
    .goods {
      margin: 0;
      padding-inline-start: var(--ansinh-space-5, 20px);
    }
    .details {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-1, 4px) var(--ansinh-space-4, 16px);
      margin: 0;
      font-size: var(--ansinh-font-size-sm, 0.875rem);
    }
    .details div {
      display: flex;
      gap: var(--ansinh-space-1, 4px);
    }
    dt {
      color: var(--ansinh-color-text-muted, #555);
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .row-issues {
      color: var(--ansinh-color-danger, #b3261e);
      margin: 0;
    }
    a,
    .linkish {
      color: var(--ansinh-color-primary, #0b57d0);
    }
    .linkish {
      justify-self: start;
      background: none;
      border: 0;
      padding: 0;
      font: inherit;
      font-size: var(--ansinh-font-size-sm, 0.875rem);
      text-decoration: underline;
      cursor: pointer;
      min-height: 24px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-3, 12px);
    }
    .entry-form {
      display: grid;
      gap: var(--ansinh-space-3, 12px);
      padding: var(--ansinh-space-4, 16px);
      border: 1px solid var(--ansinh-color-border, #ccc);
      border-radius: var(--ansinh-radius-md, 6px);
    }
    .receipt {
      display: grid;
      gap: var(--ansinh-space-3, 12px);
      max-width: 42rem;
      padding: var(--ansinh-space-5, 20px);
      border: 1px solid var(--ansinh-color-border-strong, #767676);
      background: var(--ansinh-color-surface, #fff);
    }
    section.receipt h3 {
      text-align: center;
    }
    .receipt-fields {
      display: grid;
      gap: var(--ansinh-space-1, 4px);
      margin: 0;
    }
    .receipt-fields div {
      display: flex;
      gap: var(--ansinh-space-2, 8px);
    }
    .big {
      font-size: var(--ansinh-font-size-lg, 1.25rem);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .words {
      font-style: italic;
    }
    .vietqr {
      margin: 0;
      display: flex;
      gap: var(--ansinh-space-3, 12px);
      align-items: center;
    }
    .qr {
      width: 8rem;
      height: 8rem;
      flex: none;
    }
    .notice {
      display: none;
    }
    @media print {
      :host {
        color: #000;
        background: #fff;
      }
      .ledger[data-printing] > :not(.notice) {
        display: none !important;
      }
      .ledger[data-printing] .notice {
        display: block;
      }
      .ledger[data-receipt] > :not(.receipt),
      .no-print,
      .filters,
      .list,
      .actions,
      .entry-form,
      .linkish {
        display: none !important;
      }
      .receipt {
        border: 0;
        max-width: none;
      }
      .notice table {
        page-break-inside: auto;
        font-size: 10pt;
      }
      .notice tr {
        page-break-inside: avoid;
      }
      .notice h2 {
        text-align: center;
      }
    }
  `,
];
