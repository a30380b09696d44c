import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ChoiceGroup, jsonArray } from './choice-control.js';
import type { Validation } from './form-control.js';

/**
 * A question answered by ticking any number of options: native checkboxes in a
 * `<fieldset>` with a `<legend>`. Tab moves between the boxes and Space ticks one, as usual.
 *
 * The form receives one entry per ticked option under `name`, like checkboxes sharing a name.
 * With `required`, at least one option must be ticked.
 *
 * @summary A form-associated group of checkboxes.
 *
 * @slot - `<option>` elements (read, not rendered): an alternative to the `options` property.
 * @event {CustomEvent<string[]>} ansinh-change - The user ticked or unticked an option. `detail`: the ticked values (string[]).
 * @csspart fieldset - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart options - The list of options.
 * @csspart option - One option's label.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @cssprop --ansinh-target-size - Minimum height of each option.
 */
export class AnsinhCheckboxGroup extends ChoiceGroup {
  /** The ticked values, in option order. The `value` attribute takes a JSON array. */
  @property({ converter: jsonArray }) value: string[] = [];

  protected applySelected(values: string[]): void {
    if (!this.value?.length) this.value = values;
  }

  protected isChosen(value: string): boolean {
    return (this.value ?? []).includes(value);
  }

  protected toggle(value: string, checked: boolean): void {
    const set = new Set(this.value ?? []);
    if (checked) set.add(value);
    else set.delete(value);
    this.commit(this.allOptions.map((o) => o.value).filter((v) => set.has(v)));
  }

  protected validate(): Validation {
    return {
      flags: { valueMissing: this.required && !this.isDisabled && !this.value?.length },
      anchor: this.firstInput,
      choice: 'many',
    };
  }

  protected formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    for (const v of this.value ?? []) data.append(this.name, v);
    return data;
  }

  protected override restore(state: string | File | FormData | null): void {
    this.value =
      state instanceof FormData
        ? state.getAll(this.name).filter((v): v is string => typeof v === 'string')
        : typeof state === 'string' && state
          ? [state]
          : [];
  }

  protected override render(): TemplateResult {
    return this.renderGroup('checkbox');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-checkbox-group': AnsinhCheckboxGroup;
  }
}
