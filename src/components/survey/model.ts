/**
 * The survey's rules, apart from any DOM: which items are shown (enableWhen), what each answer
 * must satisfy, the response that leaves the element, and the view data its parts render (which
 * screen shows which items, problem wordings, the send status). Kept pure so the element, its
 * tests and a server can agree on them.
 */
import type { ContractIssue } from '../../contract/issues.js';
import {
  DEFAULT_SCALE5,
  SurveyDefinitionSchema,
  type EnableWhen,
  type ScaleOption,
  type SurveyAnswer,
  type SurveyDefinition,
  type SurveyItem,
  type SurveyResponse,
  type SurveySection,
} from '../../contract/survey.js';
import type { Lang } from '../../i18n/lang.js';
import { vietnamDate } from '../../contract/shared.js';

/** Answers as the element holds them while the respondent fills the form, keyed by item code. */
export type Answers = Record<string, SurveyAnswer>;

/** The answered value, without an "other" text or a reason. */
export function answerValue(answer: SurveyAnswer | undefined): SurveyAnswer | undefined {
  if (answer && typeof answer === 'object' && !Array.isArray(answer)) return answer.value ?? undefined;
  return answer;
}

/** The reason or "other" text attached to an answer. */
export function answerExtra(answer: SurveyAnswer | undefined, key: 'other' | 'reason'): string {
  if (answer && typeof answer === 'object' && !Array.isArray(answer)) return answer[key] ?? '';
  return '';
}

/** True when nothing was answered (null, '', an empty list, an object with neither value nor text). */
export function isEmptyAnswer(answer: SurveyAnswer | undefined): boolean {
  if (answer === undefined || answer === null || answer === '') return true;
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') {
    const v = answer.value;
    return (v === undefined || isEmptyAnswer(v)) && !answer.other;
  }
  return false;
}

function asNumber(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x))) return Number(x);
  return undefined;
}

function compare(actual: unknown, operator: EnableWhen['operator'], expected: unknown): boolean {
  const a = asNumber(actual);
  const b = asNumber(expected);
  // Numbers compare as numbers ("10" > "9"); everything else as text, so option values given as
  // strings in one place and numbers in another still match.
  const [x, y]: [number | string, number | string] =
    a !== undefined && b !== undefined ? [a, b] : [String(actual), String(expected)];
  switch (operator) {
    case '=':
      return x === y;
    case '!=':
      return x !== y;
    case '>':
      return x > y;
    case '<':
      return x < y;
    case '>=':
      return x >= y;
    case '<=':
      return x <= y;
    default:
      return false;
  }
}

/** One enableWhen condition against the current answers (FHIR semantics). */
export function conditionHolds(condition: EnableWhen, answers: Answers): boolean {
  const answer = answers[condition.item];
  const empty = isEmptyAnswer(answer);
  if (condition.operator === 'exists') return condition.answer === !empty;
  if (empty) return condition.operator === '!=';
  const value = answerValue(answer);
  const values = Array.isArray(value) ? value : [value];
  // A multiple-choice answer meets "=" when any chosen option does, "!=" when none does.
  if (condition.operator === '!=') return values.every((v) => compare(v, '!=', condition.answer));
  return values.some((v) => compare(v, condition.operator, condition.answer));
}

/** Whether an item (or section-level group) is shown, given the answers. */
export function isEnabled(item: Pick<SurveyItem, 'enableWhen' | 'enableBehavior'>, answers: Answers): boolean {
  const conditions = item.enableWhen;
  if (!conditions || conditions.length === 0) return true;
  return item.enableBehavior === 'any'
    ? conditions.some((c) => conditionHolds(c, answers))
    : conditions.every((c) => conditionHolds(c, answers));
}

/** Items that take an answer (not groups, not display texts). */
export type AnswerableItem = Exclude<SurveyItem, { type: 'group' } | { type: 'display' }>;

export function isAnswerable(item: SurveyItem): item is AnswerableItem {
  return item.type !== 'group' && item.type !== 'display';
}

/** Shown leaf items of one section, in order, with groups flattened (a hidden group hides its items). */
export function visibleItems(section: SurveySection, answers: Answers): SurveyItem[] {
  const out: SurveyItem[] = [];
  for (const item of section.items) {
    if (!isEnabled(item, answers)) continue;
    if (item.type === 'group') {
      for (const sub of item.items) if (isEnabled(sub, answers)) out.push(sub);
    } else {
      out.push(item);
    }
  }
  return out;
}

/** Every shown item of the survey. Conditions may chain (C shows when B, which shows when A). */
export function allVisibleItems(definition: SurveyDefinition, answers: Answers): SurveyItem[] {
  return definition.sections.flatMap((s) => visibleItems(s, answers));
}

/** The options of a scale item: its named scale, else the MoH scale; "not used" only when allowed. */
export function scaleOptions(definition: SurveyDefinition, item: Extract<SurveyItem, { type: 'scale5' }>): ScaleOption[] {
  const named = item.scale ? definition.scales?.find((s) => s.id === item.scale)?.options : undefined;
  const options = named ?? DEFAULT_SCALE5;
  return item.notApplicable === false ? options.filter((o) => o.score !== null && o.score !== undefined) : options;
}

/** The item is a way to reach the respondent: kept in `response.contact`, never in the answers. */
export function contactField(item: SurveyItem): 'phone' | 'name' | undefined {
  const declared = (item as { contactField?: unknown; contact?: unknown }).contactField ?? (item as { contact?: unknown }).contact;
  if (declared === 'phone' || declared === 'name') return declared;
  if (item.type === 'text' && item.inputMode === 'tel') return 'phone';
  return undefined;
}

export type ProblemKind = 'required' | 'min' | 'max' | 'integer' | 'number' | 'maxLength' | 'maxSelected' | 'phone' | 'otherText';

/** What is wrong with one item's answer. */
export interface Problem {
  code: string;
  kind: ProblemKind;
  /** Bound or limit the message needs. */
  limit?: number;
}

const PHONE = /^\+?[0-9][0-9 .-]{5,19}$/;

/** Checks one shown item's answer; undefined when it is fine. */
export function checkItem(item: SurveyItem, answer: SurveyAnswer | undefined): Problem | undefined {
  if (!isAnswerable(item)) return undefined;
  const code = item.code;
  if (isEmptyAnswer(answer)) return item.required ? { code, kind: 'required' } : undefined;
  const value = answerValue(answer);
  switch (item.type) {
    case 'number': {
      const n = asNumber(value);
      if (n === undefined) return { code, kind: 'number' };
      if (item.integer && !Number.isInteger(n)) return { code, kind: 'integer' };
      if (item.min !== undefined && n < item.min) return { code, kind: 'min', limit: item.min };
      if (item.max !== undefined && n > item.max) return { code, kind: 'max', limit: item.max };
      return undefined;
    }
    case 'text':
    case 'longtext': {
      const text = typeof value === 'string' ? value : String(value ?? '');
      if (item.maxLength !== undefined && text.length > item.maxLength) return { code, kind: 'maxLength', limit: item.maxLength };
      if (contactField(item) === 'phone' && text.trim() && !PHONE.test(text.trim())) return { code, kind: 'phone' };
      return undefined;
    }
    case 'multiple': {
      const list = Array.isArray(value) ? value : [];
      if (item.maxSelected !== undefined && list.length > item.maxSelected) return { code, kind: 'maxSelected', limit: item.maxSelected };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Problems of every shown item, in form order. Hidden items are never checked. */
export function checkAnswers(items: readonly SurveyItem[], answers: Answers): Problem[] {
  const out: Problem[] = [];
  for (const item of items) {
    const p = checkItem(item, answers[item.code]);
    if (p) out.push(p);
  }
  return out;
}

/** Everything the element needs to describe where and how a response was collected. */
export interface ResponseContext {
  id: string;
  startedAt: string;
  submittedAt?: string;
  status: SurveyResponse['status'];
  language: Lang;
  mode: 'web' | 'kiosk';
}

/**
 * The response as a portal receives it: answers of shown items only (hidden ones are dropped),
 * contact items moved to `contact`, no identity unless the definition asked for it.
 */
export function buildResponse(definition: SurveyDefinition, answers: Answers, ctx: ResponseContext): SurveyResponse {
  const out: Record<string, SurveyAnswer> = {};
  const contact: NonNullable<SurveyResponse['contact']> = {};
  const metadata: Record<string, string> = {};
  for (const item of allVisibleItems(definition, answers)) {
    if (!isAnswerable(item)) continue;
    const answer = answers[item.code];
    if (isEmptyAnswer(answer)) continue;
    const field = contactField(item);
    if (field) {
      if (!definition.anonymous) contact[field] = String(answerValue(answer)).trim();
      continue;
    }
    out[item.code] = normaliseAnswer(item, answer!);
    const meta = (item as { metadataField?: unknown }).metadataField;
    const value = answerValue(answer);
    if (typeof meta === 'string' && METADATA_FIELDS.has(meta) && (typeof value === 'string' || typeof value === 'number')) {
      metadata[meta] = String(value);
    }
  }
  const response: SurveyResponse = {
    id: ctx.id,
    definitionId: definition.id,
    definitionVersion: definition.version,
    status: ctx.status,
    answers: out,
    metadata: {
      mode: ctx.mode,
      language: ctx.language,
      ...(definition.template ? { template: definition.template } : {}),
      ...(definition.hospitalCode ? { hospitalCode: definition.hospitalCode } : {}),
      ...metadata,
    },
    startedAt: ctx.startedAt,
  };
  if (ctx.submittedAt) {
    response.submittedAt = ctx.submittedAt;
    // The day in Vietnam, not in UTC: a form sent at 06:30 in Hà Nội is 23:30 the day before in UTC.
    const sent = new Date(ctx.submittedAt);
    response.metadata!.filledOn ??= Number.isNaN(sent.getTime()) ? ctx.submittedAt.slice(0, 10) : vietnamDate(sent);
  }
  if (Object.keys(contact).length > 0) response.contact = contact;
  return response;
}

/** Items of a template may copy their answer into `response.metadata` (see contract/survey-templates/shared.ts). */
const METADATA_FIELDS = new Set(['surveyType', 'administeredBy', 'respondent', 'wardCode', 'filledOn', 'formNumber']);

/** Numbers as numbers; a reason or "other" only when written; a reason only on a low rating. */
function normaliseAnswer(item: AnswerableItem, answer: SurveyAnswer): SurveyAnswer {
  let value = answerValue(answer);
  if (item.type === 'number') value = asNumber(value) ?? null;
  const other = answerExtra(answer, 'other').trim();
  const reason = answerExtra(answer, 'reason').trim();
  if (!other && !reason) return value ?? null;
  const obj: { value?: SurveyAnswer; other?: string; reason?: string } = {};
  if (value !== undefined && !isEmptyAnswer(value)) obj.value = value as never;
  if (other) obj.other = other;
  if (reason) obj.reason = reason;
  return obj as SurveyAnswer;
}

/** The text of a localised string in a language, falling back to Vietnamese. */
export function t(text: { vi: string; en?: string | undefined } | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.vi;
}

/** One draft per survey and version: answers to another version may not fit its items. */
export function draftKey(definition: { id: string; version: string }): string {
  return `survey:${definition.id}@${definition.version}`;
}

// ---------------------------------------------------------------- the definition

/**
 * Checks a definition against the contract schema. Only a definition that fails loads the full
 * contract parser (definition-issues.ts), which words each problem in Vietnamese and English:
 * valid forms never download the field-label tables and messages of every other record.
 */
export function checkDefinition(value: unknown): SurveyDefinition | undefined {
  try {
    const result = SurveyDefinitionSchema.safeParse(value);
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // Hostile input (throwing getters, revoked proxies): the parser words it.
  }
}

/** The issue shown for a `template` attribute that names no template. */
export function templateIssue(id: string): ContractIssue {
  return {
    path: ['template'],
    code: 'unknown_template',
    severity: 'error',
    field: { vi: 'Mẫu phiếu', en: 'Template' },
    message: {
      vi: `Không có mẫu phiếu "${id}" (có: moh-inpatient, moh-outpatient, moh-staff).`,
      en: `There is no template "${id}" (available: moh-inpatient, moh-outpatient, moh-staff).`,
    },
  };
}

/** The issue shown when a definition could not even be checked. */
export function unreadableIssue(): ContractIssue {
  return {
    path: [],
    code: 'unreadable',
    severity: 'error',
    field: { vi: 'Mẫu phiếu khảo sát', en: 'Survey form' },
    message: {
      vi: 'Mẫu phiếu không hợp lệ: không kiểm tra được dữ liệu.',
      en: 'The survey form is not valid: its data could not be checked.',
    },
  };
}

const indexes = new WeakMap<SurveyDefinition, Map<string, SurveyItem>>();

/** The item with `code`, groups' items included (indexed once per definition). */
export function itemByCode(definition: SurveyDefinition, code: string): SurveyItem | undefined {
  let index = indexes.get(definition);
  if (!index) {
    index = new Map();
    for (const s of definition.sections) for (const i of s.items) {
      index.set(i.code, i);
      if (i.type === 'group') for (const sub of i.items) index.set(sub.code, sub);
    }
    indexes.set(definition, index);
  }
  return index.get(code);
}

// ---------------------------------------------------------------- drafts

/** Unfinished answers kept on the device between visits. */
export interface Draft {
  responseId: string;
  startedAt: string;
  answers: Answers;
}

/** True for a stored value this element wrote as a draft. */
export function isDraft(x: unknown): x is Draft {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<Draft>;
  return typeof d.responseId === 'string' && typeof d.startedAt === 'string' && !!d.answers && typeof d.answers === 'object';
}

/**
 * The answers and response id a host form's restored state holds (the browser keeps it for back
 * and forward navigation), or undefined for a state this element did not write.
 */
export function parseFormState(state: unknown): { answers: Answers; id?: string } | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed = JSON.parse(state) as { answers?: unknown; id?: unknown } | null;
    if (!parsed || typeof parsed.answers !== 'object' || !parsed.answers) return undefined;
    return { answers: { ...(parsed.answers as Answers) }, ...(typeof parsed.id === 'string' ? { id: parsed.id } : {}) };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- answering

/** An answer from its value, "other" text and reason; undefined when all three are empty. */
export function composeAnswer(value: SurveyAnswer | undefined, other: string, reason: string): SurveyAnswer | undefined {
  if (!other && !reason) return value === undefined || isEmptyAnswer(value) ? undefined : value;
  const obj: { value?: SurveyAnswer; other?: string; reason?: string } = {};
  if (value !== undefined && !isEmptyAnswer(value)) obj.value = value;
  if (other) obj.other = other;
  if (reason) obj.reason = reason;
  return obj as SurveyAnswer;
}

/** The options a choice or scale item offers (none for other items). */
export function optionsOf(definition: SurveyDefinition, item: SurveyItem): ScaleOption[] {
  if (item.type === 'scale5') return scaleOptions(definition, item);
  return item.type === 'single' || item.type === 'multiple' ? item.options : [];
}

/** The option's own value (number or string) for the string an input carries. */
export function optionValue(definition: SurveyDefinition, code: string, raw: string): string | number {
  const item = itemByCode(definition, code);
  if (!item) return raw;
  return optionsOf(definition, item).find((o) => String(o.value) === raw)?.value ?? raw;
}

/** Score below which a rating asks for a reason (the item's own, else 3 with `ask-reason`), or undefined. */
export function reasonThreshold(item: SurveyItem, askReason: boolean): number | undefined {
  if (item.type !== 'scale5') return undefined;
  return item.askReasonBelow ?? (askReason ? 3 : undefined);
}

/** True when `value` rates scale item `item` low enough to ask why. */
export function asksReason(definition: SurveyDefinition, item: SurveyItem, value: unknown, askReason: boolean): boolean {
  if (item.type !== 'scale5') return false;
  const threshold = reasonThreshold(item, askReason);
  if (threshold === undefined || value === undefined || value === null) return false;
  const score = scaleOptions(definition, item).find((o) => String(o.value) === String(value))?.score;
  return typeof score === 'number' && score < threshold;
}

/** What an input of a question does, as its `data-role` says. */
export type InputRole = 'choice' | 'choice-other' | 'check' | 'check-other' | 'other' | 'reason' | 'number' | 'text';

/** The new answer after one input changed, and whether the "other" text box opens or closes. */
export interface AnswerChange {
  answer: SurveyAnswer | undefined;
  otherOpen?: boolean;
}

/** The answer of item `code` after the input of `role` now holds `input` (its value and checked state). */
export function answerAfterInput(
  definition: SurveyDefinition,
  code: string,
  current: SurveyAnswer | undefined,
  role: string,
  input: { value: string; checked: boolean },
  askReason: boolean,
): AnswerChange {
  const value = answerValue(current);
  const other = answerExtra(current, 'other');
  const reason = answerExtra(current, 'reason');
  switch (role as InputRole) {
    case 'choice': {
      const chosen = optionValue(definition, code, input.value);
      const item = itemByCode(definition, code);
      // Choosing a listed option drops the "other" text; a low-rating reason stays only while low.
      const keep = item !== undefined && asksReason(definition, item, chosen, askReason);
      return { answer: composeAnswer(chosen, '', keep ? reason : ''), otherOpen: false };
    }
    case 'choice-other':
      return { answer: composeAnswer(undefined, other, ''), otherOpen: true };
    case 'check': {
      const list = Array.isArray(value) ? [...value] : [];
      const chosen = optionValue(definition, code, input.value);
      const at = list.findIndex((v) => String(v) === String(chosen));
      if (input.checked && at < 0) list.push(chosen as string & number);
      if (!input.checked && at >= 0) list.splice(at, 1);
      return { answer: composeAnswer(list as SurveyAnswer, other, '') };
    }
    case 'check-other':
      return { answer: composeAnswer(value, input.checked ? other : '', ''), otherOpen: input.checked };
    case 'other':
      return { answer: composeAnswer(value, input.value, '') };
    case 'reason':
      return { answer: composeAnswer(value, '', input.value) };
    case 'number':
      return { answer: input.value.trim() === '' ? undefined : Number(input.value) };
    default:
      return { answer: input.value === '' ? undefined : input.value };
  }
}
