import { html, nothing, css, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type Validation } from './form-control.js';
import { fieldStyles, hostStyles } from './styles.js';

/** Input types a text field supports. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'number' | 'date' | 'search';

/**
 * A labelled text input (or a textarea with `multiline`) that takes part in forms like a native
 * input, with its validation messages in the page's language.
 *
 * Use it for short free text, numbers, phone numbers and dates. Give every field a visible
 * `label` (or a light-DOM `<label for>`); put format help in `hint`, not in a placeholder.
 * Errors appear under the field once the form is submitted and follow the value as the user
 * corrects it. Enter in a single-line field submits the form, as in a native input.
 *
 * @summary A labelled, form-associated text input with localised validation.
 *
 * @event {CustomEvent<string>} ansinh-change - The user committed a new value (on blur or Enter). `detail`: the value (string).
 * @event {InputEvent} input - Fires on every keystroke (native, composed).
 *
 * @csspart label - The label.
 * @csspart input - The native `<input>` or `<textarea>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message under the field.
 *
 * @cssprop --ansinh-target-size - Minimum height of the input.
 * @cssprop --ansinh-color-focus - Colour of the focus ring.
 */
export class AnsinhTextField extends FormControl {
  static override styles = [
    hostStyles,
    fieldStyles,
    css`
      textarea.box {
        min-height: calc(var(--ansinh-target-size, 44px) * 2);
        resize: vertical;
      }
    `,
  ];

  /** The visible label. Without it, a light-DOM `<label for>` names the field. */
  @property() label = '';
  /** The value; the `value` attribute gives the initial value that `form.reset()` restores. */
  @property() value = '';
  /** The kind of text, which picks the keyboard on phones and the built-in checks. */
  @property() type: TextFieldType = 'text';
  /** Minimum number of characters. */
  @property({ type: Number }) minlength?: number;
  /** Maximum number of characters. */
  @property({ type: Number }) maxlength?: number;
  /** Regular expression (single-line only) the whole value must match. */
  @property() pattern?: string;
  /** Smallest value, for `number` and `date`. */
  @property() min?: string;
  /** Largest value, for `number` and `date`. */
  @property() max?: string;
  /** Step, for `number` and `date`. */
  @property() step?: string;
  /** Keyboard hint for phones (`numeric`, `tel`, `email`...). */
  @property() inputmode?: string;
  /** Autofill hint (`name`, `tel`, `bday`, `off`...). */
  @property() autocomplete?: string;
  /** Placeholder; prefer `hint`, placeholders vanish when typing and are often low contrast. */
  @property() placeholder?: string;
  /** Several lines of text in a `<textarea>`. */
  @property({ type: Boolean, reflect: true }) multiline = false;
  /** Rows of a multiline field. */
  @property({ type: Number }) rows = 3;
  /** The value can be read, selected and submitted but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @query('.box') private _input?: HTMLInputElement | HTMLTextAreaElement;

  /** Selects the text, like `HTMLInputElement.select()`. */
  select(): void {
    this._input?.select();
  }

  protected validate(): Validation {
    const input = this._input;
    const value = this.value ?? '';
    const len = value.length;
    // The native input reports type, pattern, range and step problems once it shows our value.
    const native = input && input.value === value && !this.readonly ? input.validity : undefined;
    let patternMismatch = false;
    if (this.pattern && value && !this.multiline) {
      try {
        patternMismatch = !new RegExp(`^(?:${this.pattern})$`, 'v').test(value);
      } catch {
        // An invalid pattern is ignored, as by the browser.
      }
    }
    const active = !this.readonly && !this.isDisabled;
    return {
      flags: active
        ? {
            valueMissing: this.required && !value,
            tooShort: !!this.minlength && len > 0 && len < this.minlength,
            tooLong: this.maxlength != null && len > this.maxlength,
            patternMismatch,
            typeMismatch: !!native?.typeMismatch,
            badInput: !!input?.validity.badInput,
            rangeUnderflow: !!native?.rangeUnderflow,
            rangeOverflow: !!native?.rangeOverflow,
            stepMismatch: !!native?.stepMismatch,
          }
        : {},
      anchor: input,
      minlength: this.minlength,
      maxlength: this.maxlength,
      min: this.min,
      max: this.max,
      type: this.type,
    };
  }

  protected formValue(): string {
    return this.value ?? '';
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
  }

  private onChange(e: Event): void {
    this.commit((e.target as HTMLInputElement).value);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !this.multiline && !e.isComposing && this.form) {
      // Implicit submission: the inner input is not in the form's tree, so do it ourselves.
      e.preventDefault();
      this.commit(this.value);
      HTMLFormElement.prototype.requestSubmit.call(this.form);
    }
  }

  // jscpd:ignore-start (a textarea and an input take the same attributes; Lit has no attribute spread)
  private renderTextarea(id: string, name: string | undefined) {
    return html`<textarea
      id=${id}
      class="box"
      part="input"
      rows=${this.rows}
      .value=${live(this.value ?? '')}
      ?required=${this.required}
      ?readonly=${this.readonly}
      ?disabled=${this.isDisabled}
      minlength=${ifDefined(this.minlength)}
      maxlength=${ifDefined(this.maxlength)}
      placeholder=${ifDefined(this.placeholder)}
      inputmode=${ifDefined(this.inputmode)}
      .autocomplete=${(this.autocomplete ?? '') as AutoFill}
      aria-label=${ifDefined(name)}
      aria-invalid=${this.invalidShown ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
    ></textarea>`;
  }

  private renderInput(id: string, name: string | undefined) {
    return html`<input
      id=${id}
      class="box"
      part="input"
      type=${this.type}
      .value=${live(this.value ?? '')}
      ?required=${this.required}
      ?readonly=${this.readonly}
      ?disabled=${this.isDisabled}
      minlength=${ifDefined(this.minlength)}
      maxlength=${ifDefined(this.maxlength)}
      pattern=${ifDefined(this.pattern)}
      min=${ifDefined(this.min)}
      max=${ifDefined(this.max)}
      .step=${this.step ?? ''}
      placeholder=${ifDefined(this.placeholder)}
      inputmode=${ifDefined(this.inputmode)}
      .autocomplete=${(this.autocomplete ?? '') as AutoFill}
      aria-label=${ifDefined(name)}
      aria-invalid=${this.invalidShown ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
      @keydown=${this.onKeydown}
    />`;
  }
  // jscpd:ignore-end

  protected override render(): TemplateResult {
    const id = `${this.uid}-input`;
    // Without its own label, the inner control takes its name from a light-DOM <label for>.
    const name = this.label ? undefined : this.externalLabel || undefined;
    return html`<div class="field">
      ${this.label
        ? html`<label for=${id} part="label">${this.label}${this.renderRequired()}</label>`
        : nothing}
      ${this.multiline ? this.renderTextarea(id, name) : this.renderInput(id, name)}
      ${this.renderHelp()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-text-field': AnsinhTextField;
  }
}
