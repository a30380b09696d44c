import { domId } from '../controllers/ids.js';
import type { FieldValue } from '../events.js';
import { LitElement, html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../ansinh-element.js';
import '../events.js';
import { primitiveMessages } from './messages.js';

/** What a control reports about its own value: the validity flags and the element to anchor to. */
export interface Validation {
  flags: ValidityStateFlags;
  /** The inner element the browser points at when it reports the problem. */
  anchor?: HTMLElement | undefined;
  /** Parameters some messages need. */
  minlength?: number;
  maxlength?: number;
  min?: string;
  max?: string;
  /** `email` picks a more helpful type-mismatch message. */
  type?: string;
  /** Which value-missing message fits: fill in (default), choose one, choose at least one. */
  choice?: 'one' | 'many';
}

/**
 * Base of every element that takes part in a `<form>` through `ElementInternals`: the owning
 * form, `disabled` (also set by a disabled `<fieldset>`), and focus delegated to the inner control
 * so a `<label for>` and `el.focus()` reach it.
 */
export class FormAssociated extends AnsinhElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Disables the control: it cannot be focused or changed and is left out of the form data. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True while a disabled ancestor `<fieldset>` (or `disabled` itself) disables the control. */
  @state() protected formDisabled = false;

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** True when disabled by its own attribute or by a disabled `<fieldset>`. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Text of the light-DOM `<label for>` elements pointing at this control. */
  protected get externalLabel(): string {
    return Array.from(this.internals.labels, (l) => l.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The constraint validation state, as on a native control. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** Returns false (and fires `invalid`) when the value does not satisfy the constraints. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and shows the localised message under the field and in the browser. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}


/**
 * Shared mechanics of every ansinh form control: form value, localised validity anchored to the
 * inner input, reset and restore, the error shown under the field, and `ansinh-change`.
 *
 * A subclass declares `value`, renders its inner control, and implements `validate()` and
 * `formValue()`. Errors appear once the form tries to submit (or `reportValidity()` is called),
 * then follow the value as the user corrects it: the pattern GOV.UK recommends over
 * validating on every keystroke.
 */
export abstract class FormControl extends FormAssociated {
  /** The field name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';
  /** The user must give a value before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Help text shown under the label and linked to the control with `aria-describedby`. */
  @property() hint = '';

  /** The current value. */
  abstract value: unknown;

  /** True once the error under the field is to be shown. */
  @state() protected showError = false;

  /** Unique prefix for ids inside the shadow root (`<label for>`, `aria-describedby`). */
  protected readonly uid = domId('ansinh-control');

  private _default: unknown;
  private _custom = '';
  private _ready = false;

  constructor() {
    super();
    // The browser fires `invalid` on the host when the form or checkValidity() finds it invalid.
    this.addEventListener('invalid', () => {
      this.showError = true;
    });
  }

  /** Validity flags for the current value, in the same shape as `ValidityState`. */
  protected abstract validate(): Validation;

  /** What the form submits: a string, a `FormData` for several entries, or null for none. */
  protected abstract formValue(): string | FormData | null;

  /** Sets the value from a state the browser restores (back/forward navigation, autofill). */
  protected restore(state: string | File | FormData | null): void {
    this.value = typeof state === 'string' ? state : '';
  }

  /** Marks the control invalid with a message of the caller's (for example from the server); '' clears. */
  setCustomValidity(message: string): void {
    this._custom = message;
    this.syncForm();
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.value = this._default;
    this.showError = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.restore(state);
  }

  // Keeps form value and validity in step with every property change, synchronously, so that
  // `el.value = x; form.checkValidity()` sees the new value as it would with a native input.
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    if (this._ready) this.syncForm();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Only now are the subclass's fields initialised, even when the parser upgrades in place.
    this._ready = true;
    this.syncForm();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this._default = this.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The inner control now exists and shows the current value: anchor validity to it.
    this.syncForm();
  }

  private syncForm(): void {
    this.internals.setFormValue(this.formValue());
    const v = this.validate();
    const flags: ValidityStateFlags = { ...v.flags };
    if (this._custom) flags.customError = true;
    const message = this._custom || this.messageFor(flags, v);
    if (!message) this.internals.setValidity({});
    else if (v.anchor) this.internals.setValidity(flags, message, v.anchor);
    else this.internals.setValidity(flags, message);
  }

  private messageFor(f: ValidityStateFlags, v: Validation): string {
    const m = primitiveMessages[this.locale];
    if (f.valueMissing) return v.choice === 'one' ? m.valueMissingOne : v.choice === 'many' ? m.valueMissingMany : m.valueMissing;
    if (f.badInput) return m.badInput;
    if (f.typeMismatch) return v.type === 'email' ? m.typeMismatchEmail : m.typeMismatch;
    if (f.tooShort) return m.tooShort(v.minlength ?? 0);
    if (f.tooLong) return m.tooLong(v.maxlength ?? 0);
    if (f.patternMismatch) return m.patternMismatch;
    if (f.rangeUnderflow) return m.rangeUnderflow(v.min ?? '');
    if (f.rangeOverflow) return m.rangeOverflow(v.max ?? '');
    if (f.stepMismatch) return m.stepMismatch;
    return '';
  }

  /** True when the error under the field is visible. */
  protected get invalidShown(): boolean {
    return this.showError && !this.internals.validity.valid;
  }

  /** Ids for `aria-describedby`: the hint and the visible error. */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.hint ? `${this.uid}-hint` : '', this.invalidShown ? `${this.uid}-error` : ''];
    return ids.filter(Boolean).join(' ') || nothing;
  }

  /** The marker after a label of a required control. */
  protected renderRequired(): TemplateResult | typeof nothing {
    if (!this.required) return nothing;
    return html`<span class="req" aria-hidden="true"> *</span><span class="sr">
        (${primitiveMessages[this.locale].required})</span
      >`;
  }

  /** The hint and the error under the field. */
  protected renderHelp(): TemplateResult {
    return html`${this.hint
      ? html`<div class="hint" id="${this.uid}-hint" part="hint">${this.hint}</div>`
      : nothing}${this.invalidShown
      ? html`<div class="error" id="${this.uid}-error" part="error">${this.internals.validationMessage}</div>`
      : nothing}`;
  }

  /** Sets the value as the user's change and fires `ansinh-change` with it. */
  protected commit(value: FieldValue): void {
    this.value = value;
    this.emit('ansinh-change', value);
  }
}
