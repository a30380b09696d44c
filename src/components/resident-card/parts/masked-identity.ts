import { html, nothing, type TemplateResult } from 'lit';
import type { RevealableField } from '../../../base/events.js';
import { maskCitizenId } from '../../../contract/shared.js';
import { cardMessages } from '../messages.js';
import { row, type CardContext } from './context.js';

/**
 * An identity number, masked (`0*********45`) until revealed. Screen readers hear how the masked
 * number starts and ends rather than a row of asterisks. The reveal button is offered only with
 * `allow-reveal`; a revealed number can always be hidden again.
 */
export function renderMaskedRow(c: CardContext, field: RevealableField, value: string, term: string): TemplateResult {
  const m = cardMessages[c.lang];
  const shown = c.revealed.has(field);
  const masked = maskCitizenId(value);
  const body = shown
    ? html`<span class="id" data-revealed="true">${value}</span>`
    : html`<span class="id" aria-hidden="true">${masked}</span><span class="sr">${m.maskedHint(masked.slice(0, 1), masked.slice(-2))}</span>`;
  const button =
    c.allowReveal || shown
      ? html`<button type="button" class="reveal" part="reveal" @click=${() => c.onToggleReveal(field)}>
            ${shown ? m.hide : m.reveal}<span class="sr"> (${term})</span>
          </button>`
      : nothing;
  return row(term, html`${body} ${button}`);
}
