import { html, nothing, css, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { AnsinhElement } from '../ansinh-element.js';
import { baseMessages } from '../messages.js';
import '../events.js';
import { buttonStyles } from './button.styles.js';
import { hostStyles } from './styles.js';

export type StateKind = 'loading' | 'empty' | 'error' | 'offline';

/**
 * What a component shows instead of its content: loading, empty, error or offline.
 *
 * Each kind has a default heading in the page's language ("Đang tải…", "Chưa có dữ liệu",
 * "Đã xảy ra lỗi", "Không có kết nối mạng"); `heading` replaces it and the default slot adds
 * an explanation. Loading is a polite `role="status"` with `aria-busy` and a skeleton that stops
 * shimmering under reduced motion; error is a `role="alert"`; offline and empty are
 * `role="status"`. With `retry`, error and offline show a "Thử lại" / "Try again" button
 * that fires `ansinh-retry`.
 *
 * @summary Loading, empty, error and offline states.
 *
 * @slot - The message under the heading.
 * @slot actions - Extra actions (buttons, links).
 * @event {CustomEvent<undefined>} ansinh-retry - The user pressed the retry button. `detail`: undefined.
 * @csspart heading - The heading text.
 * @csspart skeleton - The loading skeleton.
 * @csspart retry - The retry button.
 * @cssprop --ansinh-state-skeleton - Colour of the skeleton bars.
 */
export class AnsinhState extends AnsinhElement {
  static override styles = [
    hostStyles,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      .state {
        display: grid;
        gap: var(--ansinh-space-3, 12px);
        justify-items: start;
        padding: var(--ansinh-space-4, 16px);
        border-radius: var(--ansinh-radius-md, 6px);
      }
      :host([kind='error']) .state {
        border-inline-start: 4px solid var(--ansinh-color-danger, #b3261e);
        background: var(--ansinh-color-danger-surface, #fdecea);
      }
      :host([kind='offline']) .state {
        border-inline-start: 4px solid var(--ansinh-color-warning, #7a4100);
        background: var(--ansinh-color-warning-surface, #fff4e0);
      }
      /* A link the page puts in the actions follows the theme, not the browser's default blue
         (1.5:1 on the dark theme); the page's own link styles still win. */
      ::slotted(a) {
        color: var(--ansinh-link-color, currentColor);
        text-decoration: underline;
      }
      .heading {
        margin: 0;
        font-weight: var(--ansinh-font-weight-bold, 700);
      }
      .skeleton {
        display: grid;
        gap: var(--ansinh-space-2, 8px);
        inline-size: 100%;
      }
      .skeleton span {
        block-size: 0.875em;
        border-radius: var(--ansinh-radius-sm, 4px);
        background: var(--ansinh-state-skeleton, var(--ansinh-color-surface-sunken, #e6e6e6));
        animation: pulse 1.4s ease-in-out infinite;
      }
      .skeleton span:last-child {
        inline-size: 60%;
      }
      @keyframes pulse {
        50% {
          opacity: 0.45;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .skeleton span {
          animation: none;
        }
      }
      .btn {
        inline-size: auto;
      }
    `,
  ];

  /** Which state: loading (default), empty, error or offline. */
  @property({ reflect: true }) kind: StateKind = 'loading';
  /** Replaces the default heading of the kind. */
  @property() heading = '';
  /** Shows a retry button (for error and offline) that fires `ansinh-retry`. */
  @property({ type: Boolean }) retry = false;

  private onRetry(): void {
    this.emit('ansinh-retry', undefined);
  }

  protected override render(): TemplateResult {
    const m = baseMessages[this.locale];
    const kind: StateKind = this.kind in { loading: 1, empty: 1, error: 1, offline: 1 } ? this.kind : 'loading';
    const loading = kind === 'loading';
    const canRetry = this.retry && (kind === 'error' || kind === 'offline');
    return html`<div
      class="state"
      role=${kind === 'error' ? 'alert' : 'status'}
      aria-busy=${ifDefined(loading ? 'true' : undefined)}
    >
      <p class="heading" part="heading">${this.heading || m[kind]}</p>
      ${loading
        ? html`<div class="skeleton" part="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`
        : nothing}
      <slot></slot>
      <div>
        ${canRetry
          ? html`<button class="btn" part="retry" type="button" @click=${this.onRetry}>${m.retry}</button>`
          : nothing}<slot name="actions"></slot>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-state': AnsinhState;
  }
}
