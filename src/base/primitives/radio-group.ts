import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChoiceGroup } from './choice-control.js';
import type { Validation } from './form-control.js';

/**
 * A question answered by picking exactly one option: native radio buttons in a `<fieldset>`
 * with a `<legend>`. The group is one Tab stop; the arrow keys move to and pick the next or
 * previous option, as with any radio group.
 *
 * Use it for 2 to about 6 options that the user should see at once; for more, use a select.
 *
 * @summary A form-associated group of radio buttons.
 *
 * @slot - `<option>` elements (read, not rendered): an alternative to the `options` property.
 * @event {CustomEvent<string>} ansinh-change - The user picked an option. `detail`: the new value (string).
 * @csspart fieldset - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart options - The list of options.
 * @csspart option - One option's label.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @cssprop --ansinh-target-size - Minimum height of each option.
 */
export class AnsinhRadioGroup extends ChoiceGroup {
  /** The picked value; '' when none. */
  @property() value = '';

  protected applySelected(values: string[]): void {
    if (!this.value) this.value = values[0] ?? '';
  }

  protected isChosen(value: string): boolean {
    return this.value === value;
  }

  protected toggle(value: string, checked: boolean): void {
    if (checked) this.commit(value);
  }

  protected validate(): Validation {
    return {
      flags: { valueMissing: this.required && !this.isDisabled && !this.value },
      anchor: this.firstInput,
      choice: 'one',
    };
  }

  protected formValue(): string | null {
    return this.value || null;
  }

  protected override render(): TemplateResult {
    return this.renderGroup('radio');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-radio-group': AnsinhRadioGroup;
  }
}
