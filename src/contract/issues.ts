/**
 * A contract issue: what is wrong with data a portal handed to ansinh, where, and how to say it.
 * Every parse in `ansinh/contract` reports problems in this one shape, so the same error state
 * can show them in any component.
 */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

export interface ContractIssue {
  /** Path to the value, e.g. `['goals', 2, 'dueDate']`. Empty for the whole object. */
  path: (string | number)[];
  /** Stable machine code, e.g. `invalid_type`, `too_small`, `citizen_id_birth_year`. */
  code: string;
  /** `warning` never blocks a parse (e.g. citizen ID inconsistent with birth year). */
  severity: 'error' | 'warning';
  /** Human name of the field in both languages, e.g. {vi: 'Ngày sinh', en: 'Date of birth'}. */
  field?: LocalizedMessage;
  /** What is wrong, in both languages, without the field name. */
  message: LocalizedMessage;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: ContractIssue[] }
  | { ok: false; issues: ContractIssue[] };
