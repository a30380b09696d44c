import { html, nothing, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FormAssociated } from './form-control.js';
import { buttonStyles } from './button.styles.js';
import { hostStyles } from './styles.js';
import { primitiveMessages } from './messages.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';

/**
 * A button rendered as a real `<button>`, so it is announced, focused and pressed (Enter,
 * Space) like any other. Inside a `<form>`, `type="submit"` (the default, as for native
 * buttons) submits the form with validation and `type="reset"` resets it.
 *
 * Use one `primary` button per form for the main action, `secondary` for the others, `danger`
 * for actions that delete or cannot be undone, `ghost` for low-emphasis actions. While
 * `loading`, the button keeps its focus and label, shows a spinner, announces that it is busy
 * and ignores presses, so a slow network never leads to a double submission.
 *
 * @summary A button that can submit or reset its form.
 *
 * @slot - The button's text. Always give text (or `label` for a button showing only an icon).
 * @slot start - An icon before the text.
 * @csspart button - The native `<button>`.
 * @cssprop --ansinh-button-color - Text colour.
 * @cssprop --ansinh-button-background - Background colour.
 * @cssprop --ansinh-button-background-hover - Background colour on hover.
 * @cssprop --ansinh-target-size - Minimum height and width.
 */
export class AnsinhButton extends FormAssociated {
  static override styles = [
    hostStyles,
    buttonStyles,
    css`
      :host {
        display: inline-block;
      }
      :host([size='sm']) {
        font-size: var(--ansinh-font-size-sm, 0.875rem);
      }
      :host([size='lg']) {
        font-size: var(--ansinh-font-size-lg, 1.125rem);
      }
    `,
  ];

  /** The visual weight and meaning of the action. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  /** Text size; the touch target never shrinks below `--ansinh-target-size`. */
  @property({ reflect: true }) size: ButtonSize = 'md';
  /** What pressing it does to the owning form: `submit` (default), `reset`, or nothing (`button`). */
  @property({ reflect: true }) type: 'submit' | 'reset' | 'button' = 'submit';
  /** Accessible name, for a button that shows only an icon. */
  @property() label?: string;
  /** Shows a spinner and ignores presses while an action is running. */
  @property({ type: Boolean, reflect: true }) loading = false;

  private onClick(e: MouseEvent): void {
    if (this.loading || this.isDisabled) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const form = this.form;
    if (!form) return;
    // Through the prototype: a control named or with the id "reset"/"requestSubmit" shadows the method.
    const proto = HTMLFormElement.prototype;
    if (this.type === 'submit') proto.requestSubmit.call(form);
    else if (this.type === 'reset') proto.reset.call(form);
  }

  protected override render(): TemplateResult {
    return html`<button
      class="btn"
      part="button"
      type="button"
      data-variant=${this.variant}
      ?disabled=${this.isDisabled}
      aria-disabled=${this.loading ? 'true' : 'false'}
      aria-label=${this.label || nothing}
      @click=${this.onClick}
    >
      ${this.loading
        ? html`<span class="spin" aria-hidden="true"></span
            ><span class="sr" role="status">${primitiveMessages[this.locale].loading}</span>`
        : html`<slot name="start"></slot>`}<slot></slot>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-button': AnsinhButton;
  }
}
