import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldStyles, hostStyles } from './styles.js';
import { FormControl } from './form-control.js';

/** One choice of a select, checkbox group or radio group. */
export interface ChoiceOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Reads a JSON array attribute; anything else (a typo in server-rendered markup) gives []. */
export const jsonArray = {
  fromAttribute(value: string | null): unknown[] {
    try {
      const parsed: unknown = JSON.parse(value ?? '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  },
  toAttribute: (value: unknown[]) => JSON.stringify(value),
};

/**
 * A form control whose value is picked from options. Options come from the `options` property
 * (or a JSON `options` attribute, for server-rendered pages) and from light-DOM `<option>`
 * children, which come first. A `selected` child option sets the initial value.
 */
export abstract class ChoiceControl extends FormControl {
  /** Options as data: `{ value, label, disabled? }[]`. Light-DOM `<option>` children come first. */
  @property({ converter: jsonArray }) options: ChoiceOption[] = [];

  @state() private _children: ChoiceOption[] = [];
  private _selected: string[] = [];
  private _observer?: MutationObserver;

  /** Every option, light-DOM children first. */
  protected get allOptions(): ChoiceOption[] {
    return [...this._children, ...(this.options ?? [])];
  }

  /** Applies the light-DOM options marked `selected` as the initial value. */
  protected abstract applySelected(values: string[]): void;

  override connectedCallback(): void {
    this.readChildren();
    this._observer ??= new MutationObserver(() => this.readChildren());
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated && this._selected.length) this.applySelected(this._selected);
    super.willUpdate(changed);
  }

  private readChildren(): void {
    const opts = Array.from(this.querySelectorAll('option'));
    this._selected = opts.filter((o) => o.defaultSelected).map((o) => o.value);
    this._children = opts.map((o) => ({ value: o.value, label: o.label, disabled: o.disabled }));
  }
}

/**
 * A group of checkboxes or radio buttons in a `<fieldset>` whose `<legend>` names the group:
 * screen readers announce the legend with each option.
 */
export abstract class ChoiceGroup extends ChoiceControl {
  static override styles = [hostStyles, fieldStyles];

  /** The question the group answers, shown as the `<legend>`. */
  @property() legend = '';

  /** Whether an option is currently chosen. */
  protected abstract isChosen(value: string): boolean;

  /** The user checked or unchecked an option. */
  protected abstract toggle(value: string, checked: boolean): void;

  protected renderGroup(type: 'checkbox' | 'radio'): TemplateResult {
    const name = this.legend ? undefined : this.externalLabel || undefined;
    const invalid = this.invalidShown ? 'true' : 'false';
    return html`<fieldset part="fieldset" aria-describedby=${this.describedBy} aria-label=${ifDefined(name)}>
      ${this.legend ? html`<legend part="legend">${this.legend}${this.renderRequired()}</legend>` : nothing}
      ${this.renderHelp()}
      <div part="options">
        ${this.allOptions.map(
          (o) =>
            html`<label class="choice" part="option"
              ><input
                type=${type}
                name=${this.uid}
                .value=${o.value}
                .checked=${live(this.isChosen(o.value))}
                ?disabled=${this.isDisabled || !!o.disabled}
                ?required=${type === 'radio' && this.required}
                aria-invalid=${invalid}
                @change=${(e: Event) => this.toggle(o.value, (e.target as HTMLInputElement).checked)}
              />${o.label}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  /** The first enabled option input, where the browser points when reporting a problem. */
  protected get firstInput(): HTMLInputElement | undefined {
    return this.renderRoot?.querySelector?.<HTMLInputElement>('input:not(:disabled)') ?? undefined;
  }
}
