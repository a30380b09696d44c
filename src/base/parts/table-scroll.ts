import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Gives a scroll box a tab stop only while its content is wider than it. Boxes start with one, so
 * a scrolling table is never out of the keyboard's reach, even before the first measurement.
 */
function fitTabStop(box: HTMLElement): void {
  if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
  // A box that has the focus keeps its tab stop until it loses it (removing it would drop focus).
  else if ((box.getRootNode() as Document | ShadowRoot).activeElement !== box) box.removeAttribute('tabindex');
}

/** One observer for every scroll box and its table: a change of either size rechecks the box. */
let observer: ResizeObserver | undefined;
const observed = new WeakSet<Element>();
function observe(el: Element): void {
  if (observed.has(el)) return;
  observed.add(el);
  observer!.observe(el);
}
function watch(el: Element): void {
  if (!(el instanceof HTMLElement) || typeof ResizeObserver === 'undefined') return;
  observer ??= new ResizeObserver((entries) => {
    for (const { target } of entries) {
      // A removed element reports its size once more (0 by 0): let it go.
      if (!target.isConnected) {
        observer!.unobserve(target);
        observed.delete(target);
        continue;
      }
      const box = target.classList.contains('table-scroll') ? target : target.parentElement;
      if (box instanceof HTMLElement) fitTabStop(box);
    }
  });
  observe(el);
  // The table is rendered after the box's own parts (this call), and a re-render may put another
  // table in the same box: observe whichever is there once it is.
  queueMicrotask(() => {
    if (el.firstElementChild) observe(el.firstElementChild);
  });
}

/** Watches the box it is placed on, at each render (a plain directive: lighter than `ref`). */
const watched = directive(
  class extends Directive {
    override update(part: ElementPart): typeof noChange {
      watch(part.element);
      return noChange;
    }
    render(): typeof noChange {
      return noChange;
    }
  },
);

/**
 * A table wider than the screen scrolls inside its own box, so the page itself reflows at 320 CSS
 * px (WCAG 1.4.10, which exempts two-dimensional tables from reflowing, not the page around
 * them). While the table is wider than the box (and until it is measured), the box takes focus, so a keyboard user can scroll
 * it with the arrow keys; a table that fits adds no tab stop. The box is a named group (not a
 * region: a page with many tables would get as many landmarks, and a table inside a section named
 * like it would repeat the section's landmark); on paper it shows everything
 * (`tableScrollStyles`).
 */
export function tableScroll(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="group" tabindex="0" aria-label=${label} ${watched()}>${table}</div>`;
}
