import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContractIssue } from '../../contract/issues.js';
import { parseCarePlan } from '../../contract/parse-care-plan.js';
import {
  NO_ISSUES,
  list,
  move,
  pathKey,
  record,
  redo,
  regroupIssues,
  setIn,
  tidyCaseFile,
  startHistory,
  undo,
  withItem,
  withoutItem,
  type DraftPlan,
  type History,
  type Path,
} from './model.js';

/** ansinh-change is sent this long after the last edit, with the plan as it then is. */
export const CHANGE_DEBOUNCE_MS = 300;

/**
 * The plan being edited: its undo history, the version last loaded or saved (to tell unsaved
 * edits), and its contract issues, grouped by goal and activity so that a row whose issues did
 * not change keeps the same array and is not re-rendered. A change is reported once edits pause
 * for `CHANGE_DEBOUNCE_MS`, and at once when the element leaves the page.
 */
export class PlanHistoryController implements ReactiveController {
  history: History<DraftPlan> | undefined;
  /** The plan as loaded or last saved. */
  baseline: DraftPlan | undefined;
  /** Contract issues of the present plan (errors and warnings). */
  issues: readonly ContractIssue[] = [];
  /** Issues changed since the fields last showed them. */
  issuesDirty = true;
  #groups = new Map<string, readonly ContractIssue[]>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** Edits are refused while this is true. */
      readonly: () => boolean;
      /** The present plan after edits paused (debounced). */
      changed: (plan: DraftPlan) => void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Whatever is pending goes out now rather than being lost.
    this.flush();
  }

  get present(): DraftPlan | undefined {
    return this.history?.present;
  }

  /** True while there are edits that were not saved. */
  get dirty(): boolean {
    return !!this.history && this.history.present !== this.baseline;
  }

  /**
   * Starts over with `plan` and its contract `issues` (or with no plan): no undo steps, nothing
   * unsaved, nothing pending.
   */
  load(plan: DraftPlan | undefined, issues: readonly ContractIssue[] = []): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.history = plan && startHistory(plan);
    this.baseline = plan;
    this.issues = issues;
    this.#groups = regroupIssues(this.#groups, issues);
    this.issuesDirty = true;
    this.host.requestUpdate();
  }

  /** Re-reads the present plan's contract issues. */
  validate(): void {
    const present = this.history?.present;
    if (!present) return;
    const r = parseCarePlan(present);
    this.issues = r.ok ? r.warnings : r.issues;
    this.#groups = regroupIssues(this.#groups, this.issues);
    this.issuesDirty = true;
    this.host.requestUpdate();
  }

  /** The issues of item `index` of `collection`. */
  issuesFor(collection: string, index: number): readonly ContractIssue[] {
    return this.#groups.get(`${collection}.${index}`) ?? NO_ISSUES;
  }

  /** Makes `next` the present plan; a `key` merges a burst of typing into one undo step. */
  commit(next: DraftPlan, key?: string): void {
    if (!this.history || this.options.readonly()) return;
    this.history = record(this.history, next, key);
    this.changed(false);
  }

  /** Sets the value at `path`; `typing` merges keystrokes in one field into one undo step. */
  edit(path: Path, value: unknown, typing = false): void {
    if (!this.history) return;
    const next = setIn(this.history.present, path, value);
    this.commit(path[0] === 'caseFile' ? tidyCaseFile(next) : next, typing ? pathKey(path) : undefined);
  }

  /** Adds `item` at the end of the list `collection`; returns its position. */
  add(collection: string, item: unknown): number {
    const next = withItem(this.history!.present, collection, item);
    this.commit(next);
    this.validate();
    return list(next, collection).length - 1;
  }

  /** Removes item `index` of the list `collection`. */
  remove(collection: string, index: number): void {
    this.commit(withoutItem(this.history!.present, collection, index));
    this.validate();
  }

  /** Moves an item of `collection` from one position to another; false when either is out of the list. */
  move(collection: string, from: number, to: number): boolean {
    const present = this.history?.present;
    const items = present ? list(present, collection) : [];
    if (!present || to < 0 || to >= items.length || from === to) return false;
    this.commit({ ...present, [collection]: move(items, from, to) });
    this.validate();
    return true;
  }

  /** Adds `plan` as one undo step, whatever the readonly state (a restored draft). */
  restore(plan: DraftPlan): void {
    if (!this.history) return;
    this.history = record(this.history, plan);
    this.validate();
  }

  /** Undoes the last edit; false when there is none to undo. */
  undo(): boolean {
    if (!this.history || this.options.readonly() || !this.history.past.length) return false;
    this.history = undo(this.history);
    this.changed(true);
    return true;
  }

  /** Redoes the last undone edit; false when there is none. */
  redo(): boolean {
    if (!this.history || this.options.readonly() || !this.history.future.length) return false;
    this.history = redo(this.history);
    this.changed(true);
    return true;
  }

  /** Reports a pending change now. */
  flush(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const plan = this.history?.present;
    if (!plan) return;
    this.validate();
    this.options.changed(plan);
  }

  /** After any change of the present plan: re-validate now or with the report, debounced. */
  private changed(validateNow: boolean): void {
    if (validateNow) this.validate();
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), CHANGE_DEBOUNCE_MS);
  }
}
