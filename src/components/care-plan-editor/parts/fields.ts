/**
 * The text and select fields of the care-plan editor and its goal and activity rows: one
 * template for both, so the plan and its items edit the same way. Each field carries its plan
 * path in `data-path`, which is how edits and contract issues find it.
 */
import type { FieldValue } from '../../../base/events.js';
import { html, type TemplateResult } from 'lit';
import type { ContractIssue } from '../../../contract/issues.js';
import type { Lang } from '../../../i18n/lang.js';
import { getIn, isRealDay, issuesAt, parsePath, pathKey, text, type DraftPlan, type Item, type Path } from '../model.js';
import { messages, options } from '../messages.js';

/** Labels of a select's options, `[vi, en]` by value. */
export type OptionLabels = Record<string, readonly [string, string]>;

export interface TextFieldOptions {
  required?: boolean;
  multiline?: boolean;
  date?: boolean;
  hint?: string;
  cls?: string;
}

export function textFieldTemplate(
  path: Path,
  value: string,
  fieldLabel: string,
  onInput: (e: Event) => void,
  opts: TextFieldOptions = {},
): TemplateResult {
  // A date that is not a valid day is shown as text, so the user sees what to fix.
  const type = opts.date && (value === '' || isRealDay(value)) ? 'date' : 'text';
  return html`<ansinh-text-field
    class=${opts.cls ?? ''}
    data-path=${pathKey(path)}
    label=${fieldLabel}
    type=${type}
    .value=${value}
    ?required=${!!opts.required}
    ?multiline=${!!opts.multiline}
    rows="2"
    hint=${opts.hint ?? (opts.date && type === 'text' ? 'YYYY-MM-DD' : '')}
    @input=${onInput}
  ></ansinh-text-field>`;
}

export function selectFieldTemplate(
  path: Path,
  value: string,
  fieldLabel: string,
  labels: OptionLabels,
  lang: Lang,
  onChoice: (e: CustomEvent<FieldValue>) => void,
  required = false,
): TemplateResult {
  const opts = options(labels, lang);
  // A value of a later contract version stays selectable instead of being dropped.
  if (value && !Object.hasOwn(labels, value)) opts.push({ value, label: value });
  return html`<ansinh-select
    data-path=${pathKey(path)}
    label=${fieldLabel}
    .options=${opts}
    .value=${value}
    ?required=${required}
    @ansinh-change=${onChoice}
  ></ansinh-select>`;
}

/** A small "Xóa" button; `what` names the item for screen readers. */
export function removeButtonTemplate(what: string, lang: Lang, onRemove: () => void): TemplateResult {
  const m = messages[lang];
  return html`<ansinh-button size="sm" variant="ghost" type="button" label=${m.removeItem(what)} @click=${onRemove}
      >${m.remove}</ansinh-button
    >`;
}

/**
 * What a section of the editor needs to show the plan's fields and change its lists: the editor
 * builds one per render, bound to the plan as it now stands.
 */
export interface PlanForm {
  plan: DraftPlan;
  lang: Lang;
  /** A text field for the value at `path`. */
  text(path: Path, fieldLabel: string, opts?: TextFieldOptions): TemplateResult;
  /** A select for the value at `path`. */
  select(path: Path, fieldLabel: string, labels: OptionLabels, required?: boolean): TemplateResult;
  /** A button that removes item `index` of `collection`. */
  removeButton(collection: string, index: number, what: string): TemplateResult;
  /** Adds `item` at the end of `collection`; returns its index. */
  add(collection: string, item: Item): number;
}

/** Edits the value at `path`; `typing` merges keystrokes in one field into one undo step. */
export type EditField = (path: Path, value: unknown, typing: boolean) => void;

type FieldElement = HTMLElement & { value: string };

/**
 * The `input` and `ansinh-change` listeners of the fields: each reads the field's `data-path`.
 * Made once per element, so re-rendering does not swap listeners.
 */
export function fieldListeners(edit: EditField): { onInput: (e: Event) => void; onChoice: (e: CustomEvent<FieldValue>) => void } {
  return {
    onInput: (e) => {
      const el = e.currentTarget as FieldElement;
      edit(parsePath(el.dataset.path!), el.value, true);
    },
    // An emptied select removes the value instead of keeping an empty string.
    onChoice: (e) => {
      const el = e.currentTarget as FieldElement;
      edit(parsePath(el.dataset.path!), el.value || undefined, false);
    },
  };
}

/** The form over `plan`: fields that read it and report edits through `listeners`. */
export function planForm(
  plan: DraftPlan,
  lang: Lang,
  listeners: ReturnType<typeof fieldListeners>,
  lists: { add(collection: string, item: Item): number; remove(collection: string, index: number): void },
): PlanForm {
  return {
    plan,
    lang,
    text: (path, fieldLabel, opts) => textFieldTemplate(path, text(getIn(plan, path)), fieldLabel, listeners.onInput, opts),
    select: (path, fieldLabel, labels, required) =>
      selectFieldTemplate(path, text(getIn(plan, path)), fieldLabel, labels, lang, listeners.onChoice, required),
    removeButton: (collection, index, what) => removeButtonTemplate(what, lang, () => lists.remove(collection, index)),
    add: (collection, item) => lists.add(collection, item),
  };
}

const shownMessage = new WeakMap<Element, string>();

/**
 * Puts each error of `issues` on the field (`[data-path]`) it concerns, via the field's custom
 * validity, so the field shows it and sets `aria-invalid`. Fields whose message did not change
 * are not touched (each touch re-renders the field).
 */
export function syncFieldIssues(root: ParentNode, issues: readonly ContractIssue[], lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement & { setCustomValidity(m: string): void; checkValidity(): boolean }>('[data-path]')) {
    const found = issuesAt(issues, parsePath(el.dataset.path!)).filter((i) => i.severity === 'error');
    const msg = found.map((i) => i.message[lang]).join(' ');
    if ((shownMessage.get(el) ?? '') === msg) continue;
    shownMessage.set(el, msg);
    el.setCustomValidity(msg);
    if (msg) el.checkValidity();
  }
}
