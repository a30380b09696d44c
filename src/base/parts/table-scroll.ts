import { html, type TemplateResult } from 'lit';

/**
 * A table wider than the screen scrolls inside its own box, so the page itself reflows at 320 CSS
 * px (WCAG 1.4.10, which exempts two-dimensional tables from reflowing, not the page around
 * them). The box takes focus, so a keyboard user can scroll it with the arrow keys, and is a
 * named group (not a region: a page with many tables would get as many landmarks, and a table
 * inside a section named like it would repeat the section's landmark); on paper it shows
 * everything (`tableScrollStyles`).
 */
export function tableScroll(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="group" tabindex="0" aria-label=${label}>${table}</div>`;
}
