import { css } from 'lit';

/**
 * The survey's styles. A question's fieldset (`.q`) is a block spaced by margins, not a grid:
 * WebKit keeps a grid fieldset's legend at its old width when the fieldset narrows.
 */
export const surveyStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ansinh-space-5, 24px);
    max-inline-size: var(--ansinh-survey-max-width, 60rem);
  }
  /* The document's size rules do not reach into the shadow root: the same scale, here. */
  .root[data-ansinh-size='large'] {
    --ansinh-font-size-xs: 1rem;
    --ansinh-font-size-sm: 1.0625rem;
    --ansinh-font-size-md: 1.125rem;
    --ansinh-font-size-lg: 1.375rem;
    --ansinh-font-size-xl: 1.75rem;
    --ansinh-font-size-2xl: 2.25rem;
    --ansinh-target-size: 48px;
    font-size: var(--ansinh-font-size-md);
  }
  .root.large-text {
    --ansinh-font-size-md: 1.375rem;
    --ansinh-font-size-lg: 1.75rem;
    --ansinh-target-size: 56px;
    font-size: var(--ansinh-font-size-md);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .title {
    font-size: var(--ansinh-font-size-2xl, 1.75rem);
    line-height: 1.25;
  }
  .intro,
  .muted {
    color: var(--ansinh-color-text-muted, #555);
  }
  .source {
    font-size: var(--ansinh-font-size-sm, 0.875rem);
    color: var(--ansinh-color-text-muted, #555);
  }
  section.part {
    display: grid;
    gap: var(--ansinh-space-4, 16px);
    /* Sections below the fold skip layout and paint until scrolled to (large forms). */
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .section-title {
    font-size: var(--ansinh-font-size-xl, 1.375rem);
    border-block-end: 2px solid var(--ansinh-color-border, #ccc);
    padding-block-end: var(--ansinh-space-2, 8px);
  }
  .q {
    display: block;
    margin: 0;
    padding: var(--ansinh-space-3, 12px) 0;
    border: 0;
    border-block-end: 1px solid var(--ansinh-color-border, #ddd);
    min-inline-size: 0;
  }
  .q > * + * {
    margin-block-start: var(--ansinh-space-2, 8px);
  }
  .q[data-invalid] {
    border-inline-start: 4px solid var(--ansinh-color-danger, #b3261e);
    padding-inline-start: var(--ansinh-space-3, 12px);
  }
  .q legend,
  .q > label,
  .q .label {
    font-weight: var(--ansinh-font-weight-medium, 500);
    padding: 0;
    float: left;
    inline-size: 100%;
  }
  .q legend + *,
  .q .label + * {
    clear: both;
  }
  .code {
    font-weight: var(--ansinh-font-weight-bold, 700);
    margin-inline-end: 0.25em;
  }
  .req {
    color: var(--ansinh-color-danger, #b3261e);
  }
  .help {
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .err {
    color: var(--ansinh-color-danger, #b3261e);
    font-weight: var(--ansinh-font-weight-medium, 500);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-1, 4px) var(--ansinh-space-3, 12px);
  }
  .options.scale {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr));
  }
  .opt {
    display: flex;
    align-items: center;
    gap: var(--ansinh-space-2, 8px);
    min-block-size: var(--ansinh-target-size, 44px);
    padding-inline: var(--ansinh-space-2, 8px);
    border-radius: var(--ansinh-radius-md, 6px);
    cursor: pointer;
  }
  .opt:hover {
    background: var(--ansinh-color-surface-sunken, #f3f3f3);
  }
  .opt:has(input:checked) {
    background: var(--ansinh-color-info-surface, #e8f1fb);
    outline: 1px solid var(--ansinh-color-primary, #0b5cad);
  }
  .opt input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--ansinh-color-primary, #0b5cad);
  }
  .opt:has(input:disabled) {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .num {
    font-weight: var(--ansinh-font-weight-bold, 700);
  }
  .box {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: var(--ansinh-target-size, 44px);
    padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
    font: inherit;
    color: inherit;
    background: var(--ansinh-color-surface, #fff);
    border: 1px solid var(--ansinh-color-border-strong, #6b6b6b);
    border-radius: var(--ansinh-radius-md, 6px);
  }
  .box.short {
    max-inline-size: 12rem;
  }
  .box[aria-invalid='true'] {
    border: 2px solid var(--ansinh-color-danger, #b3261e);
  }
  textarea.box {
    min-block-size: 6rem;
    resize: vertical;
  }
  .inline {
    display: flex;
    align-items: center;
    gap: var(--ansinh-space-2, 8px);
  }
  .sub {
    display: grid;
    gap: var(--ansinh-space-1, 4px);
    margin-inline-start: var(--ansinh-space-6, 32px);
  }
  .summary {
    padding: var(--ansinh-space-4, 16px);
    border: 4px solid var(--ansinh-color-danger, #b3261e);
    border-radius: var(--ansinh-radius-md, 6px);
    background: var(--ansinh-color-surface, #fff);
  }
  .summary:focus-visible {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
  }
  .summary ul {
    margin: var(--ansinh-space-2, 8px) 0 0;
    padding-inline-start: var(--ansinh-space-5, 24px);
  }
  .summary a {
    color: var(--ansinh-color-danger, #b3261e);
    font-weight: var(--ansinh-font-weight-medium, 500);
  }
  .progress {
    display: grid;
    gap: var(--ansinh-space-1, 4px);
  }
  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--ansinh-color-primary, #0b5cad);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ansinh-space-3, 12px);
    align-items: center;
  }
  .actions .btn {
    inline-size: auto;
  }
  .toolbar {
    display: flex;
    gap: var(--ansinh-space-2, 8px);
    justify-content: flex-end;
  }
  .toolbar .btn {
    inline-size: auto;
  }
  .status {
    padding: var(--ansinh-space-3, 12px) var(--ansinh-space-4, 16px);
    border-radius: var(--ansinh-radius-md, 6px);
    border-inline-start: 4px solid var(--ansinh-color-info, #0b5cad);
    background: var(--ansinh-color-info-surface, #e8f1fb);
  }
  .status:empty {
    display: none;
  }
  .status[data-state='sent'] {
    border-color: var(--ansinh-color-success, #1e7b34);
    background: var(--ansinh-color-success-surface, #e6f4ea);
  }
  .status[data-state='queued'] {
    border-color: var(--ansinh-color-warning, #7a4100);
    background: var(--ansinh-color-warning-surface, #fff4e0);
  }
  .status[data-state='failed'] {
    border-color: var(--ansinh-color-danger, #b3261e);
    background: var(--ansinh-color-danger-surface, #fdecea);
  }
  .thanks {
    display: grid;
    gap: var(--ansinh-space-4, 16px);
    justify-items: start;
    padding: var(--ansinh-space-6, 32px) 0;
  }
  .thanks .btn {
    inline-size: auto;
  }
  .face {
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
  }
  .kiosk .q {
    border: 0;
    font-size: var(--ansinh-font-size-lg, 1.25rem);
  }
  .kiosk .options.scale {
    grid-template-columns: 1fr;
  }
  .kiosk .opt {
    padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
    border: 1px solid var(--ansinh-color-border, #ccc);
  }
  .kiosk .actions .btn {
    min-inline-size: 10rem;
  }
  @media print {
    .actions,
    .toolbar,
    .status {
      display: none;
    }
    section.part {
      content-visibility: visible;
    }
  }
`;
