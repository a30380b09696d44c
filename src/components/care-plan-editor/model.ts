/**
 * The editor's pure model (no DOM, no Lit): the editable plan, immutable updates that keep every
 * field they do not touch (including fields of a later contract version), an undo history that
 * merges bursts of typing, lookups from contract issues to the items they concern, and the view
 * data the parts render (sign-offs found, reviews overdue, keys of list rows).
 *
 * The process steps (which moves are allowed, what blocks them) are in `state-machine.ts`.
 */
import { newId } from '../../data/ids.js';
import type { ContractIssue, LocalizedMessage } from '../../contract/issues.js';
import { fieldLabel } from '../../contract/labels.js';
import { parseCarePlan } from '../../contract/parse-care-plan.js';
import type { Lang } from '../../i18n/lang.js';
import { dataProblems } from './messages.js';

/** A plan as edited: the contract's shape, but values may be wrong until the user fixes them. */
export type DraftPlan = Record<string, unknown>;
export type Item = Record<string, unknown>;
export type Path = readonly (string | number)[];

/** The lists every plan has (a missing one is empty). `stepRecords` is optional: absent stays absent. */
export const COLLECTIONS = [
  'transitions',
  'needsAssessment',
  'goals',
  'activities',
  'careTeam',
  'signOffs',
  'reviews',
] as const;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A plan object the editor can show, or undefined when the input is not an object at all.
 * Missing lists become empty lists; nothing else changes, so wrong values stay visible (and
 * fixable) and unknown keys survive.
 */
export function toDraft(input: unknown): DraftPlan | undefined {
  if (!isRecord(input)) return undefined;
  const out: DraftPlan = { ...input };
  for (const key of COLLECTIONS) if (out[key] === undefined) out[key] = [];
  return out;
}

/** The list under `key`, or empty when it is missing or not a list. */
export function list(plan: DraftPlan, key: string): readonly unknown[] {
  const v = plan[key];
  return Array.isArray(v) ? v : [];
}

/** The value as text for a field: strings as they are, numbers as digits, anything else empty. */
export function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** A copy of `root` with `value` at `path`; objects and lists along the path are copied, nothing else. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === 'number') {
    const arr = Array.isArray(root) ? [...(root as unknown[])] : [];
    arr[head] = setIn(arr[head], rest, value);
    return arr as T;
  }
  const obj: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  if (value === undefined && rest.length === 0) delete obj[head];
  else obj[head] = setIn(obj[head], rest, value);
  return obj as T;
}

/**
 * The case file after an edit: a field emptied is removed, and so is a closure or a case file with
 * nothing left in it, so clearing the fields clears the record instead of leaving an invalid one.
 */
const CASE_FILE_FIELDS = new Set(['caseNumber', 'caseManager', 'openedOn', 'reviewEvery']);
const CLOSURE_FIELDS = new Set(['reason', 'date', 'meetingOn', 'recordReference', 'followUpUntil', 'detail']);

export function tidyCaseFile(plan: DraftPlan): DraftPlan {
  const file = plan.caseFile;
  if (!isRecord(file)) return plan;
  // Only the editor's own fields: an unknown key from a newer contract stays as it came.
  const prune = (o: Record<string, unknown>, fields: ReadonlySet<string>) =>
    Object.fromEntries(Object.entries(o).filter(([k, v]) => !(fields.has(k) && (v === '' || v === undefined))));
  const next = prune(file, CASE_FILE_FIELDS);
  if (isRecord(next.closure)) {
    const closure = prune(next.closure, CLOSURE_FIELDS);
    if (Object.keys(closure).length) next.closure = closure;
    else delete next.closure;
  }
  const out = { ...plan };
  if (Object.keys(next).length) out.caseFile = next;
  else delete out.caseFile;
  return out;
}

/** `['goals', 2, 'dueDate']` <-> `goals.2.dueDate`, kept on each field as `data-path`. */
export const pathKey = (path: Path): string => path.join('.');
export const parsePath = (key: string): (string | number)[] =>
  key.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** The value at `path`, or undefined where the path leaves the plan's objects and lists. */
export function getIn(root: unknown, path: Path): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** A copy of `items` with the item at `from` moved to `to` (clamped). */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const target = Math.max(0, Math.min(out.length - 1, to));
  if (from < 0 || from >= out.length || from === target) return out;
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** A copy of `plan` with `item` added at the end of the list `collection`. */
export function withItem(plan: DraftPlan, collection: string, item: unknown): DraftPlan {
  return { ...plan, [collection]: [...list(plan, collection), item] };
}

/** A copy of `plan` without item `index` of the list `collection`. */
export function withoutItem(plan: DraftPlan, collection: string, index: number): DraftPlan {
  return { ...plan, [collection]: list(plan, collection).filter((_x, i) => i !== index) };
}

/** A fresh id for a new goal, activity or member: short, unique enough, valid as a contract id. */
export function itemId(prefix: string): string {
  return `${prefix}-${newId().slice(0, 8)}`;
}

// ---------------------------------------------------------------------------------------------
// Undo history

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** What the last step was, to merge a burst of typing into one step. */
  readonly lastKey?: string | undefined;
  readonly lastAt?: number | undefined;
}

/** Keystrokes in the same field closer together than this are one undo step. */
export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * Records a new state. A `key` (e.g. the path of the field being typed in) that equals the last
 * step's key within `COALESCE_MS` replaces the present instead of adding a step.
 */
export function record<T>(h: History<T>, next: T, key?: string, now = Date.now()): History<T> {
  if (next === h.present) return h;
  if (key !== undefined && key === h.lastKey && h.lastAt !== undefined && now - h.lastAt < COALESCE_MS) {
    return { past: h.past, present: next, future: [], lastKey: key, lastAt: now };
  }
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: prev as T, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...future] = h.future;
  return { past: [...h.past, h.present], present: next as T, future };
}

// ---------------------------------------------------------------------------------------------
// Issues

export const NO_ISSUES: readonly ContractIssue[] = Object.freeze([]);

/**
 * Issues grouped by the item they concern: `goals.3` -> issues under `['goals', 3, ...]`, and
 * `$plan` for everything else. Items without issues share `NO_ISSUES`, so unchanged items keep
 * the same (identical) array and are not re-rendered.
 */
export function groupIssues(issues: readonly ContractIssue[]): Map<string, ContractIssue[]> {
  const map = new Map<string, ContractIssue[]>();
  for (const issue of issues) {
    const [a, b] = issue.path;
    const key = typeof a === 'string' && typeof b === 'number' ? `${a}.${b}` : '$plan';
    let bucket = map.get(key);
    if (!bucket) map.set(key, (bucket = []));
    bucket.push(issue);
  }
  return map;
}

/**
 * The groups of `issues` (see `groupIssues`), keeping each group of `before` whose issues did not
 * change, so a row whose issues are the same array is not re-rendered.
 */
export function regroupIssues(
  before: ReadonlyMap<string, readonly ContractIssue[]>,
  issues: readonly ContractIssue[],
): Map<string, readonly ContractIssue[]> {
  const next = new Map<string, readonly ContractIssue[]>();
  for (const [key, found] of groupIssues(issues)) {
    const old = before.get(key);
    next.set(key, old && sameIssues(old, found) ? old : found);
  }
  return next;
}

/** Issue messages for exactly this field path. */
export function issuesAt(issues: readonly ContractIssue[], path: Path): ContractIssue[] {
  return issues.filter(
    (i) => i.path.length === path.length && i.path.every((p, k) => p === path[k]),
  );
}

/** Same issues (by path, code, message) in both lists: the item need not re-render. */
export function sameIssues(a: readonly ContractIssue[], b: readonly ContractIssue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.code === y.code && x.message.en === y.message.en && x.path.join('.') === y.path.join('.');
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

/** `YYYY-MM-DD` of a Date in local time. */
export function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** True when `due` (YYYY-MM-DD) is before `today` (YYYY-MM-DD). */
export function isOverdue(due: unknown, today: string): boolean {
  return typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) && due < today;
}

/** True for a YYYY-MM-DD string that is a day of the calendar (not 2026-02-30). */
export function isRealDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** `today` when it is a YYYY-MM-DD day, else the local day of `now`. */
export function dayOrToday(today: string, now: Date = new Date()): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : isoDay(now);
}

/**
 * An ISO date-time as a local date and time with a four-digit year ("16:20 07/12/2026"): signed
 * records never carry a two-digit year (`dateStyle: 'short'` wrote "7/12/26"). Anything that is not
 * a date stays as it is.
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A review not done yet whose due day is before `today`. */
export function isLateReview(review: unknown, today: string): boolean {
  return isRecord(review) && !review.doneAt && isOverdue(review.dueDate, today);
}

// ---------------------------------------------------------------------------------------------
// View data

/** Keys for a list of rows: each item's id when every item has a distinct one, else its position. */
export function itemKeys(items: readonly unknown[]): (item: unknown, i: number) => unknown {
  const ids = items.map((x) => (isRecord(x) && typeof x.id === 'string' ? x.id : undefined));
  const unique = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  return unique ? (_x, i) => ids[i] : (_x, i) => i;
}

/** Where each signature of the plan is in `signOffs` (-1: not signed yet). */
export interface SignOffIndexes {
  /** One per care-team member (records only, in plan order): the member's own signature. */
  team: { member: Item; index: number }[];
  /** The resident's or guardian's signature. */
  person: number;
  director: number;
}

/**
 * Finds who has signed: a team member by id (or, for a signature without one, by name), the
 * resident or their guardian, the director.
 */
export function signOffIndexes(plan: DraftPlan): SignOffIndexes {
  const signOffs = list(plan, 'signOffs');
  const find = (pred: (s: Item) => boolean) => signOffs.findIndex((s) => isRecord(s) && pred(s));
  return {
    team: list(plan, 'careTeam')
      .filter(isRecord)
      .map((t) => ({
        member: t,
        index: find((s) => s.role === 'team' && (s.memberId === t.id || (!s.memberId && s.name === t.name))),
      })),
    person: find((s) => s.role === 'resident' || s.role === 'guardian'),
    director: find((s) => s.role === 'director'),
  };
}

/** What a key press asks of the editor: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redo, Ctrl/⌘+S save. */
export function shortcutFor(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | 'save' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y') return 'redo';
  return k === 's' ? 'save' : undefined;
}

// ---------------------------------------------------------------------------------------------
// Drafts

/** What is kept as a draft between visits. */
export interface StoredDraft {
  plan: unknown;
  savedAt: string;
}

/** The key a plan's draft is kept under: one per plan id, `new` for a plan without one. */
export function draftKeyFor(plan: DraftPlan | undefined): string {
  return `care-plan:${text(plan?.id) || 'new'}`;
}

/** A stored value that is a draft this editor wrote. */
export function isStoredDraft(v: unknown): v is StoredDraft & { plan: Record<string, unknown> } {
  return isRecord(v) && isRecord(v.plan) && typeof v.savedAt === 'string';
}

// ---------------------------------------------------------------------------------------------
// Data in: what a value handed in as `.plan` is

/** Deeper than any plan (a progress note's text is 5 levels down), with room for later versions. */
export const MAX_NESTING = 32;
/** More values than any plan holds (500 activities with notes are some thousands). */
export const MAX_VALUES = 1_000_000;
/** Keys that reach an object's prototype when data is copied or merged key by key. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Data problems listed at most; the first few say enough. */
const MAX_REPORTED = 20;

function notJsonKind(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? 'nan' : Number.isFinite(v) ? undefined : 'infinity';
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return typeof v;
  return undefined;
}

/**
 * Problems that make `input` unsafe to edit, keep or send, before the contract reads it: values
 * JSON cannot hold (NaN, functions…), keys that reach a prototype (`__proto__`), cycles, nesting
 * deeper than any plan. The contract cannot see these in fields it does not know (it keeps them
 * for later versions), and a cycle or a deep nest would break the draft store. Strings are not
 * read here, so a megabyte of text costs nothing; the contract's length caps judge it after.
 */
export function unsafeDataIssues(input: unknown): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const add = (path: (string | number)[], code: string, message: LocalizedMessage) =>
    issues.push({ path, code, severity: 'error', field: fieldLabel('carePlan', path), message });
  const open = new Set<object>();
  let seen = 0;
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (issues.length >= MAX_REPORTED) return;
    if (++seen > MAX_VALUES) {
      if (seen === MAX_VALUES + 1) add([], 'too_large', dataProblems.tooLarge(MAX_VALUES));
      return;
    }
    const kind = notJsonKind(value);
    if (kind) return void add(path, 'not_json', dataProblems.notJson(kind));
    if (typeof value !== 'object' || value === null) return;
    if (path.length >= MAX_NESTING) return void add(path, 'too_deep', dataProblems.tooDeep(MAX_NESTING));
    if (open.has(value)) return void add(path, 'cycle', dataProblems.cycle);
    open.add(value);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else {
      for (const key of Object.keys(value)) {
        if (PROTOTYPE_KEYS.has(key)) add([...path, key], 'forbidden_key', dataProblems.forbiddenKey(key));
        else visit((value as Record<string, unknown>)[key], [...path, key]);
      }
    }
    open.delete(value);
  };
  try {
    visit(input, []);
  } catch {
    // Throwing getters, revoked proxies: nothing of this can be edited.
    add([], 'unreadable', dataProblems.unreadable);
  }
  return issues;
}

/** The editor's fields, as paths with `#` for a list position (see parts/). */
const EDITOR_FIELDS = new Set([
  'id', 'residentId', 'title', 'notes', 'period.start', 'period.end',
  'needsAssessment.#.domain', 'needsAssessment.#.priority', 'needsAssessment.#.summary',
  'goals.#.domain', 'goals.#.description', 'goals.#.measure', 'goals.#.target', 'goals.#.dueDate', 'goals.#.status',
  'activities.#.domain', 'activities.#.what', 'activities.#.schedule', 'activities.#.responsibleStaff',
  'activities.#.start', 'activities.#.end', 'activities.#.status', 'activities.#.progressNotes.#.text',
  'careTeam.#.name', 'careTeam.#.role',
  'reviews.#.dueDate', 'reviews.#.doneAt', 'reviews.#.by', 'reviews.#.notes',
  'caseFile.caseNumber', 'caseFile.caseManager', 'caseFile.openedOn', 'caseFile.reviewEvery',
  'caseFile.closure.reason', 'caseFile.closure.date', 'caseFile.closure.meetingOn', 'caseFile.closure.recordReference',
  'caseFile.closure.followUpUntil', 'caseFile.closure.detail',
  'stepRecords.#.form', 'stepRecords.#.date', 'stepRecords.#.by', 'stepRecords.#.reference', 'stepRecords.#.summary',
]);
/** Lists whose items the editor can remove: a problem inside an item is fixed by removing it. */
const REMOVABLE = new Set(['needsAssessment', 'goals', 'activities', 'careTeam', 'reviews', 'signOffs', 'stepRecords']);
/**
 * Problems of shape, not of value: a field of the wrong type (a list that is not a list, a date
 * that is a number), text over the contract's length caps, data that cannot be read. A field
 * cannot show these for the user to correct.
 */
const SHAPE_CODES = new Set(['invalid_type', 'too_long', 'too_big', 'too_many', 'invalid_union', 'invalid_key', 'unreadable']);

/**
 * True when `issue` keeps the plan from opening in the editor: the user could not fix it there.
 * Value problems in the editor's fields (an empty description, a day that does not exist, an
 * unknown domain, a missing required field) and anything inside an item that can be removed
 * leave the plan editable.
 */
export function blocksEditing(issue: ContractIssue): boolean {
  if (issue.severity !== 'error' || issue.code === 'too_many_issues') return false;
  if (SHAPE_CODES.has(issue.code)) return true;
  const pattern = issue.path.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
  if (EDITOR_FIELDS.has(pattern)) return false;
  const [head, index] = issue.path;
  return !(typeof head === 'string' && REMOVABLE.has(head) && typeof index === 'number');
}

/** What a value handed in as `.plan` is. */
export type PlanInput =
  /** `null` or `undefined`: no plan (the element is empty, nothing is wrong). */
  | { kind: 'none' }
  /** A plan the editor opens; its `issues` (errors and warnings) can all be fixed there. */
  | { kind: 'plan'; draft: DraftPlan; issues: readonly ContractIssue[] }
  /** Not a plan: the error state shows `issues`. */
  | { kind: 'not-a-plan'; issues: ContractIssue[] };

/**
 * Reads a value handed in as `.plan`: cheap checks first (plain data, then the contract, whose
 * length caps are checked before any pattern), so hostile input costs little and nothing of it
 * is rendered.
 */
export function readPlanInput(input: unknown): PlanInput {
  if (input === null || input === undefined) return { kind: 'none' };
  const unsafe = unsafeDataIssues(input);
  if (unsafe.length) return { kind: 'not-a-plan', issues: unsafe };
  const draft = toDraft(input);
  const r = parseCarePlan(draft ?? input);
  if (r.ok) return draft ? { kind: 'plan', draft, issues: r.warnings } : { kind: 'not-a-plan', issues: [] };
  if (!draft || r.issues.some(blocksEditing)) return { kind: 'not-a-plan', issues: r.issues };
  return { kind: 'plan', draft, issues: r.issues };
}
