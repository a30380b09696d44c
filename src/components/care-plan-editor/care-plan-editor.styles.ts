import { visuallyHidden } from '../../base/styles.js';
import { css } from 'lit';

/** Shared by the editor and its goal and activity rows. */
export const sharedStyles = css`
  :host {
    font-family: var(--ansinh-font-family, system-ui, sans-serif);
    font-size: var(--ansinh-font-size-md, 1rem);
    line-height: var(--ansinh-line-height, 1.5);
    color: var(--ansinh-color-text, #1a1a1a);
  }
  [hidden] {
    display: none !important;
  }
  ${visuallyHidden}
  .grid {
    display: grid;
    gap: var(--ansinh-space-3, 12px);
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    align-items: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-2, 8px);
    align-items: center;
  }
  .muted {
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .issue {
    color: var(--ansinh-color-danger, #b00020);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
    margin: 0;
  }
  button.handle {
    min-width: var(--ansinh-target-size, 44px);
    min-height: var(--ansinh-target-size, 44px);
    border: 1px dashed var(--ansinh-color-border, #999);
    border-radius: var(--ansinh-radius-sm, 4px);
    background: transparent;
    color: inherit;
    cursor: grab;
    touch-action: none;
    font: inherit;
  }
  button.handle:focus-visible,
  button.toggle:focus-visible {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a73e8);
    outline-offset: var(--ansinh-focus-ring-offset, 2px);
  }
  button.toggle {
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: var(--ansinh-font-weight-medium, 500);
    min-height: var(--ansinh-target-size, 44px);
    cursor: pointer;
    text-align: start;
    padding: 0 var(--ansinh-space-2, 8px);
    flex: 1 1 12rem;
  }
  h3,
  h4 {
    margin: 0;
    font-size: var(--ansinh-font-size-md, 1rem);
  }
  /* A group with a heading, not a fieldset: WebKit keeps a fieldset's old width when it narrows. */
  .closure {
    display: grid;
    gap: var(--ansinh-space-2, 8px);
    margin: var(--ansinh-space-3, 12px) 0 0;
    padding: var(--ansinh-space-3, 12px);
    border: var(--ansinh-border-width, 1px) solid var(--ansinh-color-border, #c4c4c4);
    border-radius: var(--ansinh-radius-md, 6px);
  }
`;

/** One goal or activity in the editing list. */
export const itemStyles = css`
  :host {
    display: block;
  }
  /* Off-screen closed rows of a long plan cost no layout until scrolled to. */
  :host([collapsible]:not([open])) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
  }
  .item {
    border: 1px solid var(--ansinh-color-border, #ccc);
    border-radius: var(--ansinh-radius-md, 8px);
    background: var(--ansinh-color-surface-raised, #fff);
    padding: var(--ansinh-space-3, 12px);
    display: grid;
    gap: var(--ansinh-space-3, 12px);
  }
  :host([data-invalid]) .item {
    border-color: var(--ansinh-color-danger, #b00020);
    border-inline-start-width: 4px;
  }
  :host([data-dragging]) .item {
    opacity: 0.6;
  }
  :host([data-drop='before']) .item {
    box-shadow: 0 -4px 0 var(--ansinh-color-primary, #0b57d0);
  }
  :host([data-drop='after']) .item {
    box-shadow: 0 4px 0 var(--ansinh-color-primary, #0b57d0);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-2, 8px);
    align-items: center;
  }
  .head .title {
    flex: 1 1 12rem;
    font-weight: var(--ansinh-font-weight-medium, 500);
  }
  .notes {
    display: grid;
    gap: var(--ansinh-space-2, 8px);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notes li {
    border-inline-start: 3px solid var(--ansinh-color-border, #ccc);
    padding-inline-start: var(--ansinh-space-2, 8px);
  }
`;

export const editorStyles = css`
  :host {
    display: block;
    --ansinh-care-plan-editor-gap: var(--ansinh-space-5, 24px);
  }
  .editor,
  .doc {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ansinh-care-plan-editor-gap);
  }
  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ansinh-space-3, 12px);
  }
  h2 {
    margin: 0;
    font-size: var(--ansinh-font-size-lg, 1.125rem);
  }
  .toolbar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-2, 8px);
    align-items: center;
    padding: var(--ansinh-space-2, 8px);
    background: var(--ansinh-color-surface, #fff);
    border-bottom: 1px solid var(--ansinh-color-border, #ccc);
  }
  .toolbar .spacer {
    flex: 1;
  }
  .banner {
    border: 1px solid var(--ansinh-color-info, #0b4f8a);
    background: var(--ansinh-color-info-surface, #e6f0fa);
    border-radius: var(--ansinh-radius-md, 8px);
    padding: var(--ansinh-space-3, 12px);
  }
  .banner.conflict {
    border: 2px solid var(--ansinh-color-warning, #8a5a00);
    background: var(--ansinh-color-warning-surface, #fff4e0);
  }
  .summary {
    border: 2px solid var(--ansinh-color-danger, #b00020);
    background: var(--ansinh-color-danger-surface, #fdecea);
    border-radius: var(--ansinh-radius-md, 8px);
    padding: var(--ansinh-space-3, 12px);
  }
  .summary:focus {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a73e8);
  }
  .summary ul {
    margin: var(--ansinh-space-2, 8px) 0 0;
    padding-inline-start: var(--ansinh-space-5, 24px);
  }
  .summary button.link {
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    font: inherit;
    cursor: pointer;
    padding: 0;
    min-height: 24px;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-2, 8px);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
    padding: var(--ansinh-space-1, 4px) var(--ansinh-space-3, 12px);
    border: 1px solid var(--ansinh-color-border, #ccc);
    border-radius: var(--ansinh-radius-pill, 999px);
    color: var(--ansinh-color-text-muted, #555);
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li[aria-current='step'] {
    border-color: var(--ansinh-color-primary, #0b57d0);
    background: var(--ansinh-color-primary, #0b57d0);
    color: var(--ansinh-color-on-primary, #fff);
    font-weight: var(--ansinh-font-weight-bold, 700);
  }
  .list {
    display: grid;
    gap: var(--ansinh-space-3, 12px);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    border: 1px solid var(--ansinh-color-border, #ccc);
    border-radius: var(--ansinh-radius-md, 8px);
    padding: var(--ansinh-space-3, 12px);
    display: grid;
    gap: var(--ansinh-space-2, 8px);
  }
  .doc table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .doc th,
  .doc td {
    border: 1px solid var(--ansinh-color-border-strong, #333);
    padding: var(--ansinh-space-1, 4px) var(--ansinh-space-2, 8px);
    text-align: start;
    vertical-align: top;
  }
  .doc .doc-head {
    text-align: center;
  }
  .doc .doc-head h1 {
    margin: 0;
    font-size: var(--ansinh-font-size-xl, 1.25rem);
    text-transform: uppercase;
  }
  .doc .meta {
    display: grid;
    /* Long terms wrap at half the width, so the values keep room on a 320 px screen. */
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: 0 var(--ansinh-space-3, 12px);
    margin: 0;
  }
  .doc .meta dt {
    font-weight: var(--ansinh-font-weight-bold, 700);
  }
  .doc .meta dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .signatures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--ansinh-space-5, 24px);
  }
  .signature {
    text-align: center;
    break-inside: avoid;
  }
  .signature .line {
    height: 5rem;
    border-bottom: 1px dotted var(--ansinh-color-border-strong, #333);
    margin-bottom: var(--ansinh-space-1, 4px);
  }
  .printonly {
    display: none;
  }

  /* Paper: the document view only, A4 like the paper plan, no goal split across pages. */
  @media print {
    :host {
      font-size: 11pt;
      color: #000;
    }
    .editor,
    .toolbar,
    .noprint {
      display: none !important;
    }
    .printonly {
      display: block;
    }
    .doc {
      display: block;
    }
    .doc section {
      display: block;
      margin-bottom: 8mm;
    }
    .doc h2 {
      font-size: 13pt;
      break-after: avoid;
    }
    .doc tr,
    .doc .goal,
    .doc .activity {
      break-inside: avoid;
    }
    .doc thead {
      display: table-header-group;
    }
    .signatures {
      break-inside: avoid;
      grid-template-columns: repeat(3, 1fr);
    }
  }
`;
