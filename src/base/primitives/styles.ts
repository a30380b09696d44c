import { css } from 'lit';
import { visuallyHidden } from '../styles.js';

/**
 * Styles shared by the primitives. Tokens come from the design system (`--ansinh-*`); the few
 * fallbacks keep a control legible when a page renders before the tokens are installed. Date and
 * time fields take typing like a text field, so any focus on them shows the ring: WebKit (Safari)
 * never matches :focus-visible on them while a part (day, month, year) has focus. A contract
 * issue names a long field path (values.0.value…): it wraps rather than widen the page.
 */
export const hostStyles = css`
  :host {
    font-family: var(--ansinh-font-family, inherit);
    font-size: var(--ansinh-font-size-md, 1rem);
    line-height: var(--ansinh-line-height, 1.5);
    color: var(--ansinh-color-text, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible,
  input:is([type^=date], [type=time], [type=month], [type=week]):focus {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
    outline-offset: var(--ansinh-focus-ring-offset, 2px);
  }
  .ansinh-issues {
    overflow-wrap: anywhere;
  }
  ${visuallyHidden}
`;

/**
 * Label, hint, error and the box of a single-value field (input, textarea, select). A fieldset
 * is a block, not a grid: WebKit keeps a grid fieldset's legend at its old width when the fieldset
 * narrows (a phone turned upright), and the page scrolls sideways.
 */
export const fieldStyles = css`
  :host {
    display: block;
  }
  .field {
    display: grid;
    gap: var(--ansinh-space-1, 4px);
  }
  .field,
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset > * + * {
    margin-block-start: var(--ansinh-space-1, 4px);
  }
  label,
  legend {
    font-weight: var(--ansinh-font-weight-medium, 500);
    padding: 0;
  }
  .req {
    color: var(--ansinh-color-danger, #b3261e);
  }
  .hint {
    color: var(--ansinh-color-text-muted, #555);
    font-size: var(--ansinh-font-size-sm, 0.875rem);
  }
  .error {
    color: var(--ansinh-color-danger, #b3261e);
    font-weight: var(--ansinh-font-weight-medium, 500);
  }
  .error::before {
    content: '⚠ ' / '';
  }
  .box {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--ansinh-target-size, 44px);
    padding: var(--ansinh-space-2, 8px) var(--ansinh-space-3, 12px);
    font: inherit;
    color: inherit;
    background: var(--ansinh-color-surface, #fff);
    border: 1px solid var(--ansinh-color-border-strong, #6b6b6b);
    border-radius: var(--ansinh-radius-md, 6px);
  }
  .box[aria-invalid='true'] {
    border: 2px solid var(--ansinh-color-danger, #b3261e);
  }
  .box:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .box[readonly] {
    background: var(--ansinh-color-surface-sunken, #f3f3f3);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--ansinh-space-2, 8px);
    min-height: var(--ansinh-target-size, 44px);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--ansinh-color-primary, #0b5cad);
  }
  .choice:has(input:disabled) {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;
