/**
 * `validateResponse(questionnaire, response)`: does a QuestionnaireResponse belong to its FHIR R4
 * Questionnaire (issue 18)? Checks what the R4 specification asks of a response to a given form:
 * the form's identity (`url|version`), the status, every linkId and where it sits (nesting exactly
 * as in the form, a question's children under its answer), repetition, each answer's value[x]
 * against the item type and its format, local answer lists, `maxLength`, `required` (in a
 * completed or amended response) and `enableWhen` / `enableBehavior` (an answer to a disabled item
 * is an error; hidden descendants of a disabled group are neither required nor allowed).
 *
 * Not checked: FHIRPath (`enableWhenExpression`, constraints; an item with an
 * `enableWhenExpression` is taken as enabled), answer value sets that are not in the form
 * (`answerValueSet` is checked only when the form lists `answerOption`), extensions, and FHIR
 * validity in general (use a FHIR validator for that: the tests run Medplum's beside this).
 *
 * Never throws: junk in, issues out (path into the response, vi and en messages).
 */
import type { ContractIssue } from '../contract/issues.js';
import type {
  Questionnaire,
  QuestionnaireEnableWhen,
  QuestionnaireItem,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './types.js';

type Path = (string | number)[];
type Item = QuestionnaireResponseItem;
type Answer = QuestionnaireResponseAnswer;

const STATUSES = new Set(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']);
const VALUE_KEYS = [
  'valueBoolean', 'valueDecimal', 'valueInteger', 'valueDate', 'valueDateTime', 'valueTime', 'valueString',
  'valueUri', 'valueAttachment', 'valueCoding', 'valueQuantity', 'valueReference',
] as const;
type ValueKey = (typeof VALUE_KEYS)[number];

/** The value[x] an answer to each item type may carry (R4 QuestionnaireResponse.item.answer.value[x]). */
const ALLOWED: Record<string, readonly ValueKey[]> = {
  boolean: ['valueBoolean'],
  decimal: ['valueDecimal'],
  integer: ['valueInteger'],
  date: ['valueDate'],
  dateTime: ['valueDateTime'],
  time: ['valueTime'],
  string: ['valueString'],
  text: ['valueString'],
  url: ['valueUri'],
  choice: ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime', 'valueReference'],
  'open-choice': ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime', 'valueReference'],
  attachment: ['valueAttachment'],
  reference: ['valueReference'],
  quantity: ['valueQuantity'],
  group: [],
  display: [],
};

// The R4 primitive formats (https://hl7.org/fhir/R4/datatypes.html).
const DATE = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/;
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function issue(path: Path, code: string, vi: string, en: string, severity: 'error' | 'warning' = 'error'): ContractIssue {
  return { path, code, severity, message: { vi, en } };
}

/** Is `value` a well-formed value for `key`? */
function wellFormed(key: ValueKey, value: unknown): boolean {
  switch (key) {
    case 'valueBoolean':
      return typeof value === 'boolean';
    case 'valueDecimal':
      return typeof value === 'number' && Number.isFinite(value);
    case 'valueInteger':
      return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
    case 'valueDate':
      return typeof value === 'string' && DATE.test(value);
    case 'valueDateTime':
      return typeof value === 'string' && DATE_TIME.test(value);
    case 'valueTime':
      return typeof value === 'string' && TIME.test(value);
    case 'valueString':
      return isText(value);
    case 'valueUri':
      return typeof value === 'string' && value !== '' && !/\s/.test(value);
    case 'valueCoding':
      return isObject(value) && (isText(value.code) || isText(value.display));
    case 'valueQuantity':
      return isObject(value) && typeof value.value === 'number' && Number.isFinite(value.value);
    default:
      return isObject(value);
  }
}

/** The one value[x] of an answer, if it has exactly one. */
function valueOf(a: Record<string, unknown>): { key: ValueKey; value: unknown } | { count: number } {
  const keys = VALUE_KEYS.filter((k) => a[k] !== undefined);
  const other = Object.keys(a).filter((k) => /^value[A-Z]/.test(k) && !(VALUE_KEYS as readonly string[]).includes(k));
  if (keys.length === 1 && other.length === 0) return { key: keys[0]!, value: a[keys[0]!] };
  return { count: keys.length + other.length };
}

/** The same code (or, where neither has one, the same display), and the same system where both name one. */
const sameCoding = (a: unknown, b: unknown): boolean => {
  if (!isObject(a) || !isObject(b)) return false;
  const same = a.code !== undefined || b.code !== undefined ? a.code === b.code : a.display !== undefined && a.display === b.display;
  return same && (a.system === undefined || b.system === undefined || a.system === b.system);
};

/** Does the value match one of the item's local answer options? */
function inOptions(q: QuestionnaireItem, key: ValueKey, value: unknown): boolean {
  const optionKey = key === 'valueCoding' ? 'valueCoding' : key;
  return (Array.isArray(q.answerOption) ? q.answerOption : []).some((o) => {
    if (!isObject(o)) return false;
    const option = o[optionKey];
    if (option === undefined) return false;
    if (key === 'valueCoding') return sameCoding(option, value);
    if (key === 'valueReference') return isObject(value) && isObject(option) && option.reference === value.reference;
    return option === value;
  });
}

// ---------------------------------------------------------------------------------------------
// enableWhen
// ---------------------------------------------------------------------------------------------

/** The answers given to `linkId`, looked for in the nearest enclosing instance first (R4). */
function answersTo(linkId: string, scopes: readonly (readonly Item[])[]): Answer[] {
  const find = (items: readonly Item[]): Answer[] | undefined => {
    for (const it of items) {
      if (!isObject(it)) continue;
      if (it.linkId === linkId) return Array.isArray(it.answer) ? it.answer.filter(isObject) : [];
      const nested = [
        ...(Array.isArray(it.item) ? it.item : []),
        ...(Array.isArray(it.answer) ? it.answer.flatMap((a) => (isObject(a) && Array.isArray(a.item) ? a.item : [])) : []),
      ];
      const found = find(nested);
      if (found) return found;
    }
    return undefined;
  };
  for (let i = scopes.length - 1; i >= 0; i--) {
    const found = find(scopes[i]!);
    if (found) return found;
  }
  return [];
}

const ANSWER_KEYS = ['answerBoolean', 'answerDecimal', 'answerInteger', 'answerDate', 'answerDateTime', 'answerTime', 'answerString', 'answerCoding', 'answerQuantity', 'answerReference'] as const;

function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : undefined;
  if (isObject(a) && isObject(b) && typeof a.value === 'number' && typeof b.value === 'number') {
    return (a.code ?? a.unit) === (b.code ?? b.unit) ? a.value - b.value : undefined;
  }
  return undefined;
}

/** One enableWhen condition against the answers given (R4 semantics; `!=` holds when no answer equals). */
function holds(cond: QuestionnaireEnableWhen, answers: Answer[]): boolean {
  if (cond.operator === 'exists') return (cond.answerBoolean === true) === answers.length > 0;
  const key = ANSWER_KEYS.find((k) => cond[k] !== undefined);
  if (!key) return false;
  const expected = cond[key];
  const valueKey = key.replace(/^answer/, 'value');
  const given = answers.map((a) => a[valueKey]).filter((v) => v !== undefined);
  const equal = (v: unknown) =>
    key === 'answerCoding'
      ? sameCoding(v, expected)
      : key === 'answerReference'
        ? isObject(v) && isObject(expected) && v.reference === expected.reference
        : compare(v, expected) === 0;
  switch (cond.operator) {
    case '=':
      return given.some(equal);
    case '!=':
      return !given.some(equal);
    case '>':
    case '<':
    case '>=':
    case '<=': {
      const op = cond.operator;
      return given.some((v) => {
        const c = compare(v, expected);
        if (c === undefined) return false;
        return op === '>' ? c > 0 : op === '<' ? c < 0 : op === '>=' ? c >= 0 : c <= 0;
      });
    }
    default:
      return false;
  }
}

function enabled(q: QuestionnaireItem, scopes: readonly (readonly Item[])[]): boolean {
  const conds = Array.isArray(q.enableWhen) ? q.enableWhen.filter(isObject) : [];
  if (conds.length === 0) return true;
  const results = conds.map((c) => holds(c, answersTo(String(c.question), scopes)));
  return q.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

interface Walk {
  issues: ContractIssue[];
  /** Every linkId of the form, to tell a misplaced item from an unknown one. */
  known: Set<string>;
  /** Required items are checked only in a response that says it is complete. */
  complete: boolean;
}

function hasContent(it: Item): boolean {
  const answers = Array.isArray(it.answer) ? it.answer : [];
  const children = Array.isArray(it.item) ? it.item : [];
  return answers.length > 0 || children.some((c) => isObject(c) && hasContent(c as Item));
}

/** Checks the response items of one level against the form items they answer. */
function walkLevel(qItems: readonly QuestionnaireItem[], raw: unknown, path: Path, w: Walk, scopes: readonly (readonly Item[])[], parentEnabled: boolean): void {
  if (raw !== undefined && !Array.isArray(raw)) {
    w.issues.push(issue(path, 'invalid_type', '`item` phải là một danh sách.', '`item` must be a list.'));
    return;
  }
  const items = (raw ?? []) as unknown[];
  const here = [...scopes, items.filter(isObject) as Item[]];
  const seen = new Map<string, number>();
  let lastIndex = -1;
  items.forEach((it, i) => {
    const at = [...path, i];
    if (!isObject(it) || !isText(it.linkId)) {
      w.issues.push(issue(at, 'invalid_item', 'Mục trả lời không có `linkId`.', 'A response item has no `linkId`.'));
      return;
    }
    const linkId = it.linkId;
    const index = qItems.findIndex((q) => q.linkId === linkId);
    const q = qItems[index];
    if (!q) {
      w.issues.push(
        w.known.has(linkId)
          ? issue(at, 'wrong_nesting', `Mục "${linkId}" không nằm đúng chỗ của nó trong phiếu.`, `Item "${linkId}" is not where the form puts it.`)
          : issue(at, 'unknown_link_id', `Phiếu không có mục "${linkId}".`, `The form has no item "${linkId}".`),
      );
      return;
    }
    if (index < lastIndex) {
      w.issues.push(issue(at, 'order', `Mục "${linkId}" đứng sai thứ tự so với phiếu.`, `Item "${linkId}" is out of the form's order.`, 'warning'));
    }
    lastIndex = Math.max(lastIndex, index);
    const count = (seen.get(linkId) ?? 0) + 1;
    seen.set(linkId, count);
    if (count === 2 && !(q.type === 'group' && q.repeats)) {
      w.issues.push(
        issue(at, 'repeats', `Mục "${linkId}" xuất hiện nhiều lần nhưng không lặp lại được.`, `Item "${linkId}" appears more than once but does not repeat.`),
      );
    }
    const on = parentEnabled && enabled(q, here);
    // Reported once, at the outermost disabled item (its answered descendants are part of it).
    if (!on && parentEnabled && hasContent(it as Item)) {
      w.issues.push(issue(at, 'disabled_answered', `Mục "${linkId}" đang ẩn (enableWhen) nhưng có câu trả lời.`, `Item "${linkId}" is disabled (enableWhen) but answered.`));
    }
    checkItem(q, it as Item, at, w, here, on);
  });
  if (!w.complete || !parentEnabled) return;
  for (const q of qItems) {
    if (!q.required || !enabled(q, here)) continue;
    const given = items.filter((it): it is Item => isObject(it) && it.linkId === q.linkId);
    const answered = q.type === 'group' ? given.length > 0 : given.some((it) => Array.isArray(it.answer) && it.answer.length > 0);
    if (!answered) {
      w.issues.push(issue(path, 'required', `Mục bắt buộc "${q.linkId}" chưa được trả lời.`, `Required item "${q.linkId}" is not answered.`));
    }
  }
}

function checkItem(q: QuestionnaireItem, it: Item, at: Path, w: Walk, scopes: readonly (readonly Item[])[], on: boolean): void {
  const answers = it.answer;
  const children = Array.isArray(q.item) ? q.item : [];
  if (q.type === 'group' || q.type === 'display') {
    if (answers !== undefined) {
      w.issues.push(issue([...at, 'answer'], `${q.type}_answer`, `Mục "${q.linkId}" (${q.type}) không nhận câu trả lời.`, `Item "${q.linkId}" (${q.type}) takes no answer.`));
    }
    if (q.type === 'group') walkLevel(children, it.item, [...at, 'item'], w, scopes, on);
    return;
  }
  if (it.item !== undefined) {
    // R4 allows a question's children beside its answers (item.item; R5 allows only answer.item):
    // checked there too, with a warning, since forms that nest under answers expect them there.
    w.issues.push(
      issue([...at, 'item'], 'question_children', `Mục con của câu hỏi "${q.linkId}" nên nằm trong câu trả lời (answer.item).`, `The children of question "${q.linkId}" belong under its answer (answer.item).`, 'warning'),
    );
    if (children.length) walkLevel(children, it.item, [...at, 'item'], w, scopes, on);
  }
  if (answers === undefined) return;
  if (!Array.isArray(answers)) {
    w.issues.push(issue([...at, 'answer'], 'invalid_type', '`answer` phải là một danh sách.', '`answer` must be a list.'));
    return;
  }
  if (answers.length > 1 && !q.repeats) {
    w.issues.push(issue([...at, 'answer'], 'answer_repeats', `Câu hỏi "${q.linkId}" chỉ nhận một câu trả lời.`, `Question "${q.linkId}" takes one answer.`));
  }
  const allowed = Object.hasOwn(ALLOWED, q.type) ? ALLOWED[q.type]! : [];
  answers.forEach((a, k) => {
    const ap = [...at, 'answer', k];
    if (!isObject(a)) {
      w.issues.push(issue(ap, 'invalid_type', 'Câu trả lời không hợp lệ.', 'An answer is not an object.'));
      return;
    }
    const v = valueOf(a);
    if ('count' in v) {
      w.issues.push(
        v.count === 0
          ? issue(ap, 'answer_no_value', `Câu trả lời cho "${q.linkId}" không có giá trị.`, `An answer to "${q.linkId}" has no value.`)
          : issue(ap, 'answer_many_values', `Câu trả lời cho "${q.linkId}" có nhiều hơn một giá trị.`, `An answer to "${q.linkId}" has more than one value.`),
      );
    } else if (!allowed.includes(v.key)) {
      w.issues.push(
        issue([...ap, v.key], 'answer_type', `Câu hỏi "${q.linkId}" (${q.type}) không nhận ${v.key}.`, `Question "${q.linkId}" (${q.type}) does not take ${v.key}.`),
      );
    } else if (!wellFormed(v.key, v.value)) {
      w.issues.push(issue([...ap, v.key], 'answer_format', `Giá trị ${v.key} của "${q.linkId}" sai định dạng.`, `The ${v.key} of "${q.linkId}" is malformed.`));
    } else {
      const local = Array.isArray(q.answerOption) && q.answerOption.length > 0;
      const free = q.type === 'open-choice' && v.key === 'valueString';
      if ((q.type === 'choice' || q.type === 'open-choice') && local && !free && !inOptions(q, v.key, v.value)) {
        w.issues.push(
          issue([...ap, v.key], 'answer_not_option', `Câu trả lời cho "${q.linkId}" không có trong danh sách của phiếu.`, `The answer to "${q.linkId}" is not one of the form's options.`),
        );
      }
      if (typeof v.value === 'string' && typeof q.maxLength === 'number' && [...v.value].length > q.maxLength) {
        w.issues.push(issue([...ap, v.key], 'too_long', `Câu trả lời cho "${q.linkId}" dài quá ${q.maxLength} ký tự.`, `The answer to "${q.linkId}" is longer than ${q.maxLength} characters.`));
      }
    }
    if (a.item !== undefined || (children.length > 0 && it.item === undefined)) {
      if (children.length === 0) {
        w.issues.push(issue([...ap, 'item'], 'wrong_nesting', `Câu hỏi "${q.linkId}" không có mục con.`, `Question "${q.linkId}" has no child items.`));
      } else {
        walkLevel(children, a.item, [...ap, 'item'], w, scopes, on);
      }
    }
  });
}

/** Problems of the form itself that make a response impossible to check (duplicate or missing linkIds). */
function checkForm(items: unknown, known: Set<string>, issues: ContractIssue[], path: Path): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    issues.push(issue(path, 'questionnaire_invalid', 'Phiếu (Questionnaire) có `item` không phải danh sách.', "The Questionnaire's `item` is not a list."));
    return;
  }
  items.forEach((q, i) => {
    if (!isObject(q) || !isText(q.linkId) || typeof q.type !== 'string') {
      issues.push(issue([...path, i], 'questionnaire_invalid', 'Một mục của phiếu thiếu `linkId` hoặc `type`.', 'A Questionnaire item lacks `linkId` or `type`.'));
      return;
    }
    if (known.has(q.linkId)) {
      issues.push(issue([...path, i], 'questionnaire_invalid', `Phiếu có hai mục cùng linkId "${q.linkId}".`, `The Questionnaire has two items with linkId "${q.linkId}".`));
    }
    known.add(q.linkId);
    checkForm(q.item, known, issues, [...path, i, 'item']);
  });
}

/**
 * Checks a QuestionnaireResponse against its Questionnaire (both FHIR R4) and returns the issues
 * found: errors where the response breaks the form, warnings where it only strays from it (items
 * out of order, a version left out). An empty list means it belongs to the form. Paths point into
 * the response (`['item', 0, 'answer', 0, 'valueCoding']`); problems of the form itself carry the
 * code `questionnaire_invalid` and a path into the form.
 */
export function validateResponse(questionnaire: Questionnaire | unknown, response: unknown): ContractIssue[] {
  const issues: ContractIssue[] = [];
  if (!isObject(questionnaire) || questionnaire.resourceType !== 'Questionnaire') {
    return [issue([], 'questionnaire_invalid', 'Đây không phải một phiếu FHIR (Questionnaire).', 'This is not a FHIR Questionnaire.')];
  }
  if (!isObject(response) || response.resourceType !== 'QuestionnaireResponse') {
    return [issue([], 'not_a_response', 'Đây không phải một QuestionnaireResponse.', 'This is not a QuestionnaireResponse.')];
  }
  const known = new Set<string>();
  checkForm(questionnaire.item, known, issues, ['item']);
  if (issues.length) return issues;

  const url = typeof questionnaire.url === 'string' ? questionnaire.url : undefined;
  const version = typeof questionnaire.version === 'string' ? questionnaire.version : undefined;
  if (url) {
    const [base, given] = typeof response.questionnaire === 'string' ? response.questionnaire.split('|') : [];
    const expected = version ? `${url}|${version}` : url;
    if (base !== url) {
      issues.push(issue(['questionnaire'], 'questionnaire_mismatch', `Câu trả lời không trỏ tới phiếu ${expected}.`, `The response does not point to the form ${expected}.`));
    } else if (given !== undefined && version !== undefined && given !== version) {
      issues.push(issue(['questionnaire'], 'questionnaire_version', `Câu trả lời thuộc phiên bản ${given}, phiếu là phiên bản ${version}.`, `The response is to version ${given}; the form is version ${version}.`));
    } else if (given === undefined && version !== undefined) {
      issues.push(issue(['questionnaire'], 'questionnaire_version', `Câu trả lời không ghi phiên bản phiếu (${expected}).`, `The response does not name the form's version (${expected}).`, 'warning'));
    }
  }
  if (!STATUSES.has(response.status as string)) {
    issues.push(issue(['status'], 'status', 'Trạng thái (status) không hợp lệ.', 'The status is not a QuestionnaireResponse status.'));
  }
  const w: Walk = { issues, known, complete: response.status === 'completed' || response.status === 'amended' };
  walkLevel((questionnaire.item ?? []) as QuestionnaireItem[], response.item, ['item'], w, [], true);
  return issues;
}
