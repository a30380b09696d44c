import { css, type CSSResult } from 'lit';
import { buttonStyles } from '../../base/primitives/button.styles.js';

/**
 * The A4 profile sheet. Written once and applied twice: inside `@media print` (printing any full
 * or public card) and under `:host([print])` (the on-screen preview), so both always agree.
 * `@page` does not apply inside a shadow root; the sheet fits A4 with the browser's default margins.
 */
const sheet = (host: CSSResult) => css`
  ${host} .card.full,
  ${host} .card.public {
    inline-size: auto;
    max-inline-size: 180mm;
    min-block-size: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    box-shadow: none;
    background: #fff;
    color: #000;
    font-size: 11pt;
    line-height: 1.4;
  }
  ${host} .head {
    padding-block-end: 4mm;
    border-block-end: 1.5pt solid #000;
  }
  ${host} .name {
    font-size: 18pt;
  }
  ${host} .meta,
  ${host} dt,
  ${host} .hint {
    color: #333;
  }
  ${host} .sections {
    grid-template-columns: 1fr 1fr;
    gap: 6mm;
  }
  ${host} .section {
    break-inside: avoid;
  }
  ${host} .section-title {
    border-block-end-color: #000;
  }
  ${host} .avatar {
    inline-size: 30mm;
    block-size: 40mm;
    border-radius: 0;
    border: 0.75pt solid #000;
  }
  ${host} .reveal,
  ${host} .actions,
  ${host} .ansinh-issues[role='status'] {
    display: none;
  }
  ${host} .select {
    pointer-events: none;
  }
  ${host} .select::after {
    content: none;
  }
  ${host} a {
    color: inherit;
    text-decoration: none;
  }
`;

export const residentCardStyles = [
  buttonStyles,
  css`
    /* A long list: rows out of view skip style, layout and paint (their size is known exactly, so
       nothing shifts when they come into view; text stays findable and in the accessibility tree). */
    :host([variant='compact']:not([print])) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto calc(3 * var(--ansinh-line-height, 1.5) * var(--ansinh-font-size-md, 1rem) + 2 * var(--ansinh-space-2, 8px) + 2px);
    }
    :host {
      display: block;
      min-inline-size: 0;
      --_bg: var(--ansinh-resident-card-background, var(--ansinh-color-surface-raised, #fff));
      --_border: var(--ansinh-resident-card-border, var(--ansinh-color-border, #d0d0d0));
      --_avatar-bg: var(--ansinh-resident-card-avatar-background, var(--ansinh-color-info-surface, #e6f0fa));
    }
    p {
      margin: 0;
    }
    .card {
      box-sizing: border-box;
      position: relative;
      inline-size: 100%;
      background: var(--_bg);
      color: var(--ansinh-color-text, #1a1a1a);
      border: 1px solid var(--_border);
      border-radius: var(--ansinh-radius-md, 6px);
    }

    /* Avatar: photo (with consent) or initials. Fixed size so a late image never shifts text. */
    .avatar {
      box-sizing: border-box;
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border-radius: 50%;
      object-fit: cover;
      background: var(--_avatar-bg);
      color: var(--ansinh-color-info, #0b4f8a);
      font-weight: var(--ansinh-font-weight-bold, 700);
      font-size: var(--ansinh-font-size-sm, 0.875rem);
    }
    .full .avatar,
    .public .avatar {
      inline-size: 4.5rem;
      block-size: 4.5rem;
      font-size: var(--ansinh-font-size-xl, 1.5rem);
    }

    /* Compact: a fixed three-line row, so a list never jumps while cards load. One line is the
       line height in px, written out rather than \`lh\`: WebKit rounds \`lh\` down to whole
       pixels (25px for 25.6px), so the row and the size the host reserves would differ. */
    .card.compact {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: center;
      column-gap: var(--ansinh-space-3, 12px);
      padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
      block-size: calc(3 * var(--ansinh-line-height, 1.5) * 1em + 2 * var(--ansinh-space-2, 8px) + 2px);
      overflow: hidden;
    }
    .card.compact.state,
    .card.compact.issues-only {
      display: block;
      block-size: auto;
      min-block-size: calc(3 * var(--ansinh-line-height, 1.5) * 1em + 2 * var(--ansinh-space-2, 8px) + 2px);
      padding: 0;
    }
    .compact .main {
      display: grid;
      grid-template-rows: repeat(3, calc(var(--ansinh-line-height, 1.5) * 1em));
      min-inline-size: 0;
    }
    .compact .line {
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .compact .name {
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .compact .meta {
      font-size: var(--ansinh-font-size-sm, 0.875rem);
      color: var(--ansinh-color-text-muted, #555);
      align-self: center;
    }
    .compact .tags {
      display: flex;
      align-items: center;
      gap: var(--ansinh-space-1, 4px);
    }
    .flag {
      flex: 0 1 auto;
      max-inline-size: 100%;
      display: inline-flex;
      align-items: center;
      gap: var(--ansinh-space-1, 4px);
      padding: 0 var(--ansinh-space-2, 8px);
      border: 1px solid currentColor;
      border-radius: var(--ansinh-radius-pill, 999px);
      font-size: var(--ansinh-font-size-sm, 0.875rem);
      font-weight: var(--ansinh-font-weight-medium, 500);
      line-height: 1.4;
      color: var(--ansinh-color-text, #1a1a1a);
      background: var(--ansinh-color-surface-sunken, #f0f0f0);
    }
    .flag[data-tone='info'] {
      color: var(--ansinh-color-info, #0b4f8a);
      background: var(--ansinh-color-info-surface, #e6f0fa);
    }
    .flag[data-tone='warning'] {
      color: var(--ansinh-color-warning, #7a4100);
      background: var(--ansinh-color-warning-surface, #fff4e0);
    }
    .flag[data-tone='danger'] {
      color: var(--ansinh-color-danger, #b3261e);
      background: var(--ansinh-color-danger-surface, #fdecea);
    }
    .glyph {
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    .category {
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      font-size: var(--ansinh-font-size-sm, 0.875rem);
      color: var(--ansinh-color-text-muted, #555);
    }

    /* Full and public profile. */
    .card.full,
    .card.public {
      display: grid;
      gap: var(--ansinh-space-4, 16px);
      padding: var(--ansinh-space-4, 16px);
      /* Only profiles adapt to their width; compact rows are one fixed line (and cheaper). */
      container-type: inline-size;
    }
    .card.full.skeleton-card,
    .card.full:not(.sheet) {
      min-block-size: var(--ansinh-resident-card-full-min-height, 20rem);
      align-content: start;
    }
    .head {
      display: flex;
      align-items: center;
      gap: var(--ansinh-space-3, 12px);
      min-inline-size: 0;
    }
    .title {
      display: grid;
      gap: var(--ansinh-space-1, 4px);
      min-inline-size: 0;
    }
    .full .name,
    .public .name {
      font-size: var(--ansinh-font-size-xl, 1.5rem);
      font-weight: var(--ansinh-font-weight-bold, 700);
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--ansinh-color-text-muted, #555);
    }
    .flags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-2, 8px);
    }
    .sections {
      display: grid;
      gap: var(--ansinh-space-4, 16px);
    }
    .section-title {
      margin-block-end: var(--ansinh-space-2, 8px);
      padding-block-end: var(--ansinh-space-1, 4px);
      border-block-end: 1px solid var(--_border);
      font-weight: var(--ansinh-font-weight-bold, 700);
    }
    dl {
      display: grid;
      gap: var(--ansinh-space-2, 8px);
      margin: 0;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(7rem, 38%) minmax(0, 1fr);
      gap: var(--ansinh-space-2, 8px);
    }
    dt {
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-sm, 0.875rem);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hint {
      color: var(--ansinh-color-text-muted, #555);
      font-size: var(--ansinh-font-size-sm, 0.875rem);
    }
    .source,
    .warn {
      display: block;
    }
    .warn {
      color: var(--ansinh-color-warning, #8a4f00);
    }
    .id {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    .sensitive {
      display: grid;
      gap: var(--ansinh-space-2, 8px);
      padding-inline-start: var(--ansinh-space-3, 12px);
      border-inline-start: 4px solid var(--ansinh-color-warning, #7a4100);
    }
    .reveal {
      position: relative;
      z-index: 1;
      inline-size: auto;
      margin-block-start: var(--ansinh-space-1, 4px);
      --ansinh-button-color: var(--ansinh-color-primary, #0b5cad);
      --ansinh-button-background: var(--ansinh-color-surface, #fff);
      --ansinh-button-background-hover: var(--ansinh-color-surface-sunken, #eef2f7);
      border-color: currentColor;
    }
    .ansinh-issues {
      padding: var(--ansinh-space-3, 12px);
      border-radius: var(--ansinh-radius-sm, 4px);
      border-inline-start: 4px solid var(--ansinh-color-danger, #b3261e);
      background: var(--ansinh-color-danger-surface, #fdecea);
    }
    .ansinh-issues[role='status'] {
      border-inline-start-color: var(--ansinh-color-warning, #7a4100);
      background: var(--ansinh-color-warning-surface, #fff4e0);
    }
    .ansinh-issues ul {
      margin: 0;
      padding-inline-start: var(--ansinh-space-4, 16px);
    }
    .ansinh-issues p {
      margin-block-end: var(--ansinh-space-2, 8px);
    }

    /* Narrow containers (from 320 px): terms above their values. Wide: two columns of sections. */
    @container (max-width: 26rem) {
      .row {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
      .full .avatar,
      .public .avatar {
        inline-size: 3.5rem;
        block-size: 3.5rem;
      }
    }
    @container (min-width: 44rem) {
      .sections {
        grid-template-columns: 1fr 1fr;
      }
    }

    /* Portal actions sit above the card-wide target so they stay clickable. */
    .actions {
      position: relative;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ansinh-space-2, 8px);
    }
    ::slotted(*) {
      flex: none;
    }

    /* Interactive: one button whose ::after covers the card, so the whole card is one target. */
    .select {
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .select::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: inherit;
    }
    .select:focus-visible {
      outline: none;
    }
    .select:focus-visible::after {
      outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
      outline-offset: var(--ansinh-focus-ring-offset, 2px);
    }
    :host([interactive]) .card:hover {
      border-color: var(--ansinh-color-border-strong, #6b6b6b);
      box-shadow: var(--ansinh-shadow-1, none);
    }
    .compact .select {
      font-weight: inherit;
      max-inline-size: 100%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    /* Skeleton: the same boxes as the card, shimmering unless motion is reduced. */
    .bone,
    .bar {
      background: var(--ansinh-color-surface-sunken, #e6e6e6);
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bar {
      display: block;
      block-size: 0.75em;
      border-radius: var(--ansinh-radius-sm, 4px);
      align-self: center;
    }
    .bar.tall {
      block-size: 1.25em;
    }
    .skeleton-card .line {
      display: flex;
      align-items: center;
    }
    .bones {
      display: grid;
      gap: var(--ansinh-space-3, 12px);
    }
    .bones .head {
      display: flex;
      align-items: center;
      gap: var(--ansinh-space-3, 12px);
    }
    .bones .head .bar {
      flex: 1;
    }
    .w40 { inline-size: 40%; }
    .w50 { inline-size: 50%; }
    .w60 { inline-size: 60%; }
    .w70 { inline-size: 70%; }
    .w80 { inline-size: 80%; }
    @keyframes pulse {
      50% {
        opacity: 0.45;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bone,
      .bar {
        animation: none;
      }
    }

    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .avatar.initials {
        border: 1px solid CanvasText;
      }
      .bone,
      .bar {
        background: GrayText;
      }
      .select:focus-visible::after {
        outline-color: Highlight;
      }
      .sensitive {
        border-inline-start-color: CanvasText;
      }
    }

    @media print {
      .bone,
      .bar {
        animation: none;
      }
      .card.compact {
        break-inside: avoid;
        border-color: #000;
      }
      .card.compact .actions {
        display: none;
      }
    }
  `,
  css`
    @media print {
      ${sheet(css`:host`)}
    }
  `,
  sheet(css`:host([print])`),
];
