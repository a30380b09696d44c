import { html, nothing, css, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ChoiceControl } from './choice-control.js';
import type { Validation } from './form-control.js';
import { primitiveMessages } from './messages.js';
import { fieldStyles, hostStyles } from './styles.js';

/**
 * A labelled drop-down list built on a native `<select>`, so phones show their own picker and
 * keyboards work as everywhere else. It takes part in forms like a native select.
 *
 * Use it to pick one of about 7 or more options; for fewer, a radio group shows them all at
 * once. Options come from the `options` property (or a JSON `options` attribute) and from
 * light-DOM `<option>` children. The first entry is always an empty "choose" option (text from
 * `placeholder`), so nothing is chosen for the user by accident.
 *
 * @summary A labelled, form-associated drop-down list.
 *
 * @slot - `<option>` elements (read, not rendered): an alternative to the `options` property.
 * @event {CustomEvent<string>} ansinh-change - The user picked an option. `detail`: the new value (string, '' for none).
 * @csspart label - The label.
 * @csspart select - The native `<select>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message under the field.
 * @cssprop --ansinh-target-size - Minimum height of the select.
 */
export class AnsinhSelect extends ChoiceControl {
  static override styles = [
    hostStyles,
    fieldStyles,
    css`
      select.box {
        cursor: pointer;
        /*
         * WebKit lays a closed select's chosen option out at its full width, past the box, and the
         * page scrolls sideways at 320 px: paint containment keeps it inside (the text is cut).
         */
        contain: paint;
        text-overflow: ellipsis;
      }
    `,
  ];

  /** The visible label. Without it, a light-DOM `<label for>` names the field. */
  @property() label = '';
  /** The chosen option's value; '' when none. */
  @property() value = '';
  /** Text of the empty first option (default: "— Chọn —" / "— Choose —"). */
  @property() placeholder?: string;

  @query('select') private _select?: HTMLSelectElement;

  protected applySelected(values: string[]): void {
    if (!this.value) this.value = values[0] ?? '';
  }

  protected validate(): Validation {
    return {
      flags: { valueMissing: this.required && !this.isDisabled && !this.value },
      anchor: this._select,
      choice: 'one',
    };
  }

  protected formValue(): string {
    return this.value ?? '';
  }

  private onChange(e: Event): void {
    this.commit((e.target as HTMLSelectElement).value);
  }

  protected override render(): TemplateResult {
    const id = `${this.uid}-input`;
    const options = this.allOptions.filter((o) => o.value !== '');
    return html`<div class="field">
      ${this.label
        ? html`<label for=${id} part="label">${this.label}${this.renderRequired()}</label>`
        : nothing}
      <select
        id=${id}
        class="box"
        part="select"
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-label=${ifDefined(this.label ? undefined : this.externalLabel || undefined)}
        aria-invalid=${this.invalidShown ? 'true' : 'false'}
        aria-describedby=${this.describedBy}
        @change=${this.onChange}
      >
        <option value="" .selected=${live(!this.value)}>
          ${this.placeholder ?? this.allOptions.find((o) => o.value === '')?.label ?? primitiveMessages[this.locale].choose}
        </option>
        ${options.map(
          (o) =>
            html`<option value=${o.value} ?disabled=${!!o.disabled} .selected=${live(o.value === this.value)}>
              ${o.label}
            </option>`,
        )}
      </select>
      ${this.renderHelp()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-select': AnsinhSelect;
  }
}
