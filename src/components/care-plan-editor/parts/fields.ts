/**
 * The text and select fields of the care-plan editor and its goal and activity rows: one
 * template for both, so the plan and its items edit the same way.
 */
import type { FieldValue } from '../../base/events.js';
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { isRealDay, type Path } from './plan-model.js';
import { options } from './messages.js';

/** `['goals', 2, 'dueDate']` <-> `goals.2.dueDate`, kept on each field as `data-path`. */
export const pathKey = (path: Path): string => path.join('.');
export const parsePath = (key: string): (string | number)[] =>
  key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

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
  labels: Record<string, readonly [string, string]>,
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
