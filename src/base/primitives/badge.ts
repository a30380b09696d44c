import { html, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AnsinhElement } from '../ansinh-element.js';
import { hostStyles } from './styles.js';
import { primitiveMessages } from './messages.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const glyphs: Record<BadgeTone, string> = { neutral: '•', info: 'i', success: '✓', warning: '!', danger: '✕' };

/**
 * A short status label, such as a case status or a beneficiary category.
 *
 * Colour never carries the meaning alone: the badge always shows text (its content, or the
 * tone's name when empty) and a shape per tone (✓ success, ! warning, ✕ danger, i info), so it
 * reads in greyscale, in print, in forced-colours mode and to screen readers.
 *
 * @summary A status label with text, a shape and a colour.
 *
 * @slot - The text. When empty, the tone's name in the page's language is shown.
 * @csspart badge - The badge box.
 * @csspart icon - The shape of the tone (hidden from screen readers).
 * @cssprop --ansinh-badge-color - Text colour.
 * @cssprop --ansinh-badge-background - Background colour.
 */
export class AnsinhBadge extends AnsinhElement {
  static override styles = [
    hostStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        font-size: var(--ansinh-font-size-sm, 0.875rem);
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: var(--ansinh-space-1, 4px);
        padding: 0 var(--ansinh-space-2, 8px);
        border: 1px solid currentColor;
        border-radius: var(--ansinh-radius-pill, 999px);
        font-weight: var(--ansinh-font-weight-medium, 500);
        color: var(--ansinh-badge-color, var(--ansinh-color-text, #1a1a1a));
        background: var(--ansinh-badge-background, var(--ansinh-color-surface-sunken, #f0f0f0));
      }
      .icon {
        font-weight: var(--ansinh-font-weight-bold, 700);
      }
      :host([tone='info']) {
        --ansinh-badge-color: var(--ansinh-color-info, #0b4f8a);
        --ansinh-badge-background: var(--ansinh-color-info-surface, #e6f0fa);
      }
      :host([tone='success']) {
        --ansinh-badge-color: var(--ansinh-color-success, #1b5e20);
        --ansinh-badge-background: var(--ansinh-color-success-surface, #e8f5e9);
      }
      :host([tone='warning']) {
        --ansinh-badge-color: var(--ansinh-color-warning, #7a4100);
        --ansinh-badge-background: var(--ansinh-color-warning-surface, #fff4e0);
      }
      :host([tone='danger']) {
        --ansinh-badge-color: var(--ansinh-color-danger, #b3261e);
        --ansinh-badge-background: var(--ansinh-color-danger-surface, #fdecea);
      }
    `,
  ];

  /** The meaning: neutral (default), info, success, warning or danger. */
  @property({ reflect: true }) tone: BadgeTone = 'neutral';

  protected override render(): TemplateResult {
    const tone = glyphs[this.tone] ? this.tone : 'neutral';
    return html`<span class="badge" part="badge"
      ><span class="icon" part="icon" aria-hidden="true">${glyphs[tone]}</span
      ><slot>${primitiveMessages[this.locale][tone]}</slot></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-badge': AnsinhBadge;
  }
}
