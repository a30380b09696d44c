import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ContextConsumer } from '@lit/context';
import { AnsinhElement, defineElement } from '../../base/ansinh-element.js';
import { dataSourceContext } from '../../base/context.js';
import type { CarePlanDraft, InvalidDetail, TypedEvents } from '../../base/events.js';

export type { CarePlanDraft };

/** The events `<ansinh-care-plan-editor>` fires, with their details. */
export interface AnsinhCarePlanEditorEventMap {
  /** The plan changed (debounced while typing): the plan as it is being edited. */
  'ansinh-change': CustomEvent<CarePlanDraft>;
  /** Save was pressed on a plan that passes the contract. Cancelable. */
  'ansinh-submit': CustomEvent<CarePlan>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}
import type { ContractIssue } from '../../contract/issues.js';
import { parseCarePlan } from '../../contract/parse.js';
import type { CarePlan } from '../../contract/care-plan.js';
import { draftStoreFor, type DraftStore } from '../../base/controllers/drafts.js';
import { PrintController } from '../../base/controllers/print.js';
import { AnnounceController, announcerStyles } from '../../base/controllers/announce.js';
import { carePlanToFhir, type FhirOptions } from '../../fhir/index.js';
import type { CarePlan as FhirCarePlan, Goal as FhirGoal } from '../../fhir/types.js';
import { pathKey, parsePath, selectFieldTemplate, textFieldTemplate, type TextFieldOptions } from './fields.js';
import { AnsinhCarePlanActivity, AnsinhCarePlanGoal, syncFieldIssues, type EditDetail, type ItemDetail, type MoveDetail } from './items.js';
import {
  DOMAIN_LABELS,
  PRIORITY_LABELS,
  ROLE_LABELS,
  SIGN_OFF_LABELS,
  STEP_LABELS,
  label,
  messages,
  options,
} from './messages.js';
import {
  NO_ISSUES,
  getIn,
  groupIssues,
  isOverdue,
  isRecord,
  isoDay,
  list,
  move,
  newId,
  record,
  redo,
  sameIssues,
  setIn,
  startHistory,
  text,
  toDraft,
  undo,
  type DraftPlan,
  type History,
  type Item,
  type Path,
} from './plan-model.js';
import { STEPS, applyTransition, toLocalDateTime, transitionOptions, type CarePlanUser } from './state-machine.js';
import { renderDocument } from './document-view.js';
import { editorStyles, sharedStyles } from './care-plan-editor.styles.js';

/** What is kept as a draft between visits. */
interface StoredDraft {
  plan: unknown;
  savedAt: string;
}

/** ansinh-change is sent this long after the last edit, with the plan as it then is. */
export const CHANGE_DEBOUNCE_MS = 300;


type Field = HTMLElement & { value: string; setCustomValidity(m: string): void; checkValidity(): boolean };


/**
 * Edits a resident's support plan (kế hoạch trợ giúp) through the five-step social-work process:
 * intake and needs assessment, planning, implementing, monitoring and review, closing.
 *
 * Set `.plan` (or put the plan JSON in a child `<script type="application/json">`). A plan that
 * partly fails the contract still opens: each problem is shown under its field and in a summary,
 * and the user can fix it. Edits are undoable (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), kept as a draft
 * through the provider's DataSource (IndexedDB without a provider) and offered back after a
 * reload. Fields of a later contract version are kept as they are.
 *
 * @summary A resident's care plan editor: process steps, goals, activities, sign-offs, print.
 *
 * @event ansinh-change - The plan changed (300 ms after the last edit). `detail`: the plan.
 * @event ansinh-submit - The user saved a valid plan. `detail`: the plan. Cancelable: cancel to stop the provider's `saveCarePlan`.
 * @event ansinh-invalid - The plan handed in fails the contract. `detail`: `{ issues }`.
 *
 * @csspart toolbar - The bar with undo, redo, save and print.
 * @csspart summary - The list of problems to fix.
 * @csspart document - The plan as a document (readonly view and print).
 * @csspart issues - The error state when the data is not a plan at all.
 *
 * @cssprop --ansinh-care-plan-editor-gap - Space between sections.
 * @cssprop --ansinh-target-size - Minimum size of buttons and handles.
 *
 * @attr readonly - Shows the plan as a document, with no editing.
 * @attr today - The day overdue reviews and goals are measured against (YYYY-MM-DD); default today.
 */
export class AnsinhCarePlanEditor extends AnsinhElement {
  static override styles = [sharedStyles, editorStyles, announcerStyles];
  static override jsonProperty = 'plan';

  /** Registers the editor and the rows it renders (goal, activity). */
  static override define(tag: string): void {
    defineElement('ansinh-care-plan-goal', AnsinhCarePlanGoal);
    defineElement('ansinh-care-plan-activity', AnsinhCarePlanActivity);
    super.define(tag);
  }

  /** Shows the plan as a document, with no editing. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Who is editing: recorded on step changes, notes and sign-offs. */
  @property({ attribute: false }) user?: CarePlanUser;
  /** The day against which reviews and goals are overdue (YYYY-MM-DD). Default: today. */
  @property() today = '';

  @state() private _history: History<DraftPlan> | undefined;
  @state() private _planIssues: readonly ContractIssue[] = [];
  @state() private _draft: StoredDraft | undefined;
  private readonly announcer = new AnnounceController(this);
  @state() private _draftSavedAt = '';
  @state() private _saving = false;
  @state() private _signerRole: 'resident' | 'guardian' = 'resident';
  @state() private _signerName = '';
  @state() private _directorName = '';
  @state() private _drop: { collection: string; index: number } | undefined;

  private _groups = new Map<string, readonly ContractIssue[]>();
  private _baseline: DraftPlan | undefined;
  private _changeTimer: ReturnType<typeof setTimeout> | undefined;
  private _draftChecked: string | undefined;
  private _issuesDirty = true;
  private _invalidPending = false;
  private readonly _source = new ContextConsumer(this, { context: dataSourceContext, subscribe: true });
  /** The plan as a document renders while the page prints (synchronously on beforeprint). */
  private readonly printer = new PrintController(this, { render: () => this.isUpdatePending && this.performUpdate() });

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  // ---------------------------------------------------------------------------------------------
  // Data in and out

  /** The plan as it now stands (with the user's edits); `undefined` before one is set. */
  get plan(): CarePlan | undefined {
    return this._history?.present as CarePlan | undefined;
  }
  set plan(input: unknown) {
    const old = this.plan;
    const draft = toDraft(input);
    clearTimeout(this._changeTimer);
    if (!draft) {
      this._history = undefined;
      const r = parseCarePlan(input);
      this.showContractIssues(r.ok ? [] : r.issues);
      this.requestUpdate('plan', old);
      return;
    }
    this.showContractIssues([]);
    this._history = startHistory(draft);
    this._baseline = draft;
    this._draft = undefined;
    this._draftChecked = undefined;
    this.validate();
    // Sent once the element is in the page, so listeners on an ancestor hear it.
    this._invalidPending = this._planIssues.some((i) => i.severity === 'error');
    if (this.isConnected) this.emitInvalid();
    this.requestUpdate('plan', old);
    if (this.isConnected) void this.checkDraft();
  }

  private emitInvalid(): void {
    if (!this._invalidPending) return;
    this._invalidPending = false;
    this.emit('ansinh-invalid', { issues: [...this._planIssues] });
  }

  /** True while there are edits that were not saved. */
  get dirty(): boolean {
    return !!this._history && this._history.present !== this._baseline;
  }

  /** Contract problems of the plan as it now stands (errors and warnings). */
  get issues(): readonly ContractIssue[] {
    return this._planIssues;
  }

  /**
   * The plan as FHIR R4 resources: a CarePlan and its Goals (see `ansinh/fhir`). Throws when the
   * plan still has contract errors: fix them first.
   */
  toFhir(options?: FhirOptions): { carePlan: FhirCarePlan; goals: FhirGoal[] } {
    const plan = this.plan;
    if (!plan) throw new Error('No care plan to export.');
    const r = parseCarePlan(plan);
    if (!r.ok) throw new Error('The care plan has errors to fix before export.');
    return carePlanToFhir(r.value, options);
  }

  /** Undoes the last edit. */
  undo(): void {
    if (!this._history || this.readonly || !this._history.past.length) return;
    this._history = undo(this._history);
    this.afterEdit(true);
    this.announcer.announce(messages[this.locale].undo);
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (!this._history || this.readonly || !this._history.future.length) return;
    this._history = redo(this._history);
    this.afterEdit(true);
    this.announcer.announce(messages[this.locale].redo);
  }

  /** Validates and, if the plan is valid, fires `ansinh-submit` and saves through the provider. */
  /** Prints the plan as an A4 document, its title at the top of each page. */
  async printPlan(): Promise<void> {
    const m = messages[this.locale];
    const title = text(this._history?.present.title);
    await this.printer.print({ title: title ? `${m.title}: ${title}` : m.title, lang: this.locale });
  }

  async save(): Promise<boolean> {
    const m = messages[this.locale];
    if (!this._history || this.readonly) return false;
    this.flushChange();
    const errors = this._planIssues.filter((i) => i.severity === 'error');
    if (errors.length) {
      this.announcer.announce(m.saveBlocked(errors.length));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return false;
    }
    // The plan as the contract reads it (unknown fields kept), so a listener gets a `CarePlan`.
    const parsed = parseCarePlan(this._history.present);
    if (!parsed.ok) return false;
    const plan = parsed.value;
    const present = this._history.present;
    const provided = this._source.value;
    if (!this.emit('ansinh-submit', plan, { cancelable: true })) return false;
    this._saving = true;
    try {
      if (provided?.saveCarePlan) await provided.saveCarePlan(plan, { idempotencyKey: `${text(plan.id)}:${Date.now()}` });
      this._baseline = present;
      await this.drafts().clear(this.draftKey);
      this._draftSavedAt = '';
      this.announcer.announce(m.saved);
      return true;
    } catch {
      this.announcer.announce(m.saveFailed);
      return false;
    } finally {
      this._saving = false;
    }
  }

  private get todayIso(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : isoDay(new Date());
  }

  private get draftKey(): string {
    return `care-plan:${text(this._history?.present.id) || 'new'}`;
  }

  /** Drafts go to the provider's source when it keeps them, else to this device's IndexedDB. */
  private drafts(): DraftStore {
    return draftStoreFor(this._source.value);
  }

  private validate(): void {
    const present = this._history?.present;
    if (!present) return;
    const r = parseCarePlan(present);
    this._planIssues = r.ok ? r.warnings : r.issues;
    const next = new Map<string, readonly ContractIssue[]>();
    for (const [key, list] of groupIssues(this._planIssues)) {
      const before = this._groups.get(key);
      next.set(key, before && sameIssues(before, list) ? before : list);
    }
    this._groups = next;
    this._issuesDirty = true;
  }

  private issuesFor(collection: string, index: number): readonly ContractIssue[] {
    return this._groups.get(`${collection}.${index}`) ?? NO_ISSUES;
  }

  // ---------------------------------------------------------------------------------------------
  // Edits

  private commit(next: DraftPlan, key?: string): void {
    if (!this._history || this.readonly) return;
    this._history = record(this._history, next, key);
    this.afterEdit(false);
  }

  private edit(path: Path, value: unknown, typing = false): void {
    if (!this._history) return;
    this.commit(setIn(this._history.present, path, value), typing ? pathKey(path) : undefined);
  }

  /** After any change of the present plan: re-validate and tell the page, debounced. */
  private afterEdit(immediateValidation: boolean): void {
    if (immediateValidation) this.validate();
    clearTimeout(this._changeTimer);
    this._changeTimer = setTimeout(() => this.flushChange(), CHANGE_DEBOUNCE_MS);
  }

  private flushChange(): void {
    if (this._changeTimer === undefined) return;
    clearTimeout(this._changeTimer);
    this._changeTimer = undefined;
    const plan = this._history?.present;
    if (!plan) return;
    this.validate();
    this.requestUpdate();
    this.emit('ansinh-change', plan);
    void this.saveDraft(plan);
  }

  private async saveDraft(plan: DraftPlan): Promise<void> {
    const source = this.drafts();
    const key = this.draftKey;
    try {
      if (plan === this._baseline) {
        await source.clear(key);
        this._draftSavedAt = '';
        return;
      }
      const savedAt = toLocalDateTime(new Date());
      await source.save(key, { plan, savedAt } satisfies StoredDraft);
      this._draftSavedAt = savedAt;
    } catch {
      // A draft that cannot be kept (private mode, storage full) must not stop editing.
    }
  }

  private async checkDraft(): Promise<void> {
    const key = this.draftKey;
    if (this.readonly || this._draftChecked === key || !this._history) return;
    this._draftChecked = key;
    let stored: unknown;
    try {
      stored = await this.drafts().load(key);
    } catch {
      return;
    }
    if (!isRecord(stored) || !isRecord(stored.plan) || typeof stored.savedAt !== 'string') return;
    if (key !== this.draftKey) return;
    if (JSON.stringify(stored.plan) === JSON.stringify(this._history.present)) return;
    this._draft = { plan: stored.plan, savedAt: stored.savedAt };
  }

  private restoreDraft(): void {
    const draft = this._draft && toDraft(this._draft.plan);
    this._draft = undefined;
    if (!draft || !this._history) return;
    this._history = record(this._history, draft);
    this.validate();
    this.announcer.announce(messages[this.locale].draftRestored);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-path]')?.focus());
  }

  private async discardDraft(): Promise<void> {
    this._draft = undefined;
    try {
      await this.drafts().clear(this.draftKey);
    } catch {
      // Nothing to do: the banner is gone, the draft will be overwritten by the next edit.
    }
  }

  private transition(to: (typeof STEPS)[number]): void {
    if (!this._history || !this.user) return;
    const next = applyTransition(this._history.present, to, this.user, toLocalDateTime(new Date()));
    this.commit(next);
    this.validate();
    this.announcer.announce(messages[this.locale].movedTo(label(STEP_LABELS, to, this.locale)));
  }

  private addItem(collection: string, item: Item): number {
    const present = this._history!.present;
    const items = [...list(present, collection), item];
    this.commit({ ...present, [collection]: items });
    this.validate();
    return items.length - 1;
  }

  private removeItem(collection: string, index: number): void {
    const present = this._history!.present;
    const items = list(present, collection).filter((_x, i) => i !== index);
    this.commit({ ...present, [collection]: items });
    this.validate();
  }

  private async moveItem(d: MoveDetail): Promise<void> {
    const present = this._history?.present;
    if (!present) return;
    const items = list(present, d.collection);
    if (d.to < 0 || d.to >= items.length || d.from === d.to) return;
    this.commit({ ...present, [d.collection]: move(items, d.from, d.to) });
    this.validate();
    const m = messages[this.locale];
    const name = d.collection === 'goals' ? m.goal(d.from + 1) : m.activity(d.from + 1);
    this.announcer.announce(m.moved(name, d.to + 1, items.length));
    await this.updateComplete;
    const row = this.rowAt(d.collection, d.to);
    await row?.updateComplete;
    row?.focusControl(d.focus);
  }

  private rowAt(collection: string, index: number): AnsinhCarePlanGoal | AnsinhCarePlanActivity | undefined {
    return (
      (this.renderRoot.querySelector(`[data-list="${collection}"] > [data-index="${index}"]`) as
        | AnsinhCarePlanGoal
        | AnsinhCarePlanActivity
        | null) ?? undefined
    );
  }

  private async addNote(index: number): Promise<void> {
    const present = this._history!.present;
    const notes = getIn(present, ['activities', index, 'progressNotes']);
    const n = Array.isArray(notes) ? notes.length : 0;
    const note = {
      at: toLocalDateTime(new Date()),
      author: this.user?.name ?? messages[this.locale].unknownUser,
      text: '',
    };
    this.edit(['activities', index, 'progressNotes'], [...(Array.isArray(notes) ? notes : []), note]);
    await this.updateComplete;
    const row = this.rowAt('activities', index) as AnsinhCarePlanActivity | undefined;
    await row?.focusNote(n);
  }

  private sign(entry: Item): void {
    this.addItem('signOffs', { ...entry, at: toLocalDateTime(new Date()) });
  }

  /** Focuses the field an issue is about (from the summary). */
  private async focusIssue(path: Path): Promise<void> {
    const [a, b] = path;
    if ((a === 'goals' || a === 'activities') && typeof b === 'number') {
      const row = this.rowAt(a, b);
      if (row) {
        row.scrollIntoView({ block: 'center' });
        row.focusPath(path);
        return;
      }
    }
    const fields = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')];
    const key = pathKey(path);
    const el =
      fields.find((f) => f.dataset.path === key) ??
      fields.find((f) => key.startsWith(`${f.dataset.path}.`) || f.dataset.path!.startsWith(`${key}.`));
    el?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Keyboard, pointer, page lifecycle

  private onKeydown(e: KeyboardEvent): void {
    if (this.readonly || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      e.preventDefault();
      this.undo();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      e.preventDefault();
      this.redo();
    } else if (k === 's') {
      e.preventDefault();
      void this.save();
    }
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent): void => {
    if (!this.dirty || this.readonly) return;
    e.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    e.returnValue = messages[this.locale].leaveWarning;
  };


  /** Pointer reordering: the handle is captured, rows under the pointer show where it drops. */
  private onPointerDown(e: PointerEvent): void {
    const handle = e.composedPath()[0];
    if (!(handle instanceof HTMLElement) || handle.dataset.control !== 'handle' || e.button !== 0) return;
    const row = (e.composedPath() as Element[]).find(
      (n): n is AnsinhCarePlanGoal | AnsinhCarePlanActivity =>
        n instanceof AnsinhCarePlanGoal || n instanceof AnsinhCarePlanActivity,
    );
    if (!row) return;
    e.preventDefault();
    const collection = row.collection;
    const from = row.index;
    handle.setPointerCapture?.(e.pointerId);
    row.toggleAttribute('data-dragging', true);
    const rows = () =>
      [...this.renderRoot.querySelectorAll<HTMLElement>(`[data-list="${collection}"] > [data-index]`)];
    let target = from;
    const onMove = (ev: PointerEvent) => {
      const all = rows();
      target = all.length - 1;
      for (let i = 0; i < all.length; i++) {
        const r = all[i]!.getBoundingClientRect();
        if (ev.clientY < r.top + r.height / 2) {
          target = i > from ? i - 1 : i;
          break;
        }
      }
      all.forEach((r, i) => {
        if (i === target && target !== from) r.dataset.drop = target < from ? 'before' : 'after';
        else delete r.dataset.drop;
      });
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onCancel);
      row.removeAttribute('data-dragging');
      rows().forEach((r) => delete r.dataset.drop);
      if (target !== from) void this.moveItem({ collection, from, to: target, focus: 'handle' });
    };
    const onCancel = () => {
      target = from;
      onUp();
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onCancel);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.emitInvalid();
    if (this._history) void this.updateComplete.then(() => this.checkDraft());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    // Whatever is pending goes out now rather than being lost.
    this.flushChange();
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot;
    // Fields inside fire their own ansinh-change (a string); the page hears only the plan's.
    root.addEventListener('ansinh-change', (e) => {
      if (e.target !== this) e.stopPropagation();
    });
    root.addEventListener('plan-edit', (e) => {
      const d = (e as CustomEvent<EditDetail>).detail;
      this.edit(d.path, d.value, d.typing);
    });
    root.addEventListener('plan-move', (e) => void this.moveItem((e as CustomEvent<MoveDetail>).detail));
    root.addEventListener('plan-remove', (e) => {
      const d = (e as CustomEvent<ItemDetail>).detail;
      this.removeItem(d.collection, d.index);
    });
    root.addEventListener('plan-add-note', (e) => void this.addNote((e as CustomEvent<ItemDetail>).detail.index));
    root.addEventListener('pointerdown', (e) => this.onPointerDown(e as PointerEvent));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this._issuesDirty && !changed.has('readonly')) return;
    this._issuesDirty = false;
    // Fields of the editor itself (rows do their own): issue under the field it concerns.
    const editor = this.renderRoot.querySelector('.editor');
    if (editor) syncFieldIssues(editor, this._planIssues, this.locale);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private onInput(e: Event): void {
    const el = e.currentTarget as Field;
    this.edit(parsePath(el.dataset.path!), el.value, true);
  }

  private onChoice(e: Event): void {
    const el = e.currentTarget as Field;
    this.edit(parsePath(el.dataset.path!), el.value || undefined);
  }

  private field(path: Path, fieldLabel: string, opts: TextFieldOptions = {}) {
    return textFieldTemplate(path, text(getIn(this._history!.present, path)), fieldLabel, this.onInput, opts);
  }

  private select(path: Path, fieldLabel: string, labels: Record<string, readonly [string, string]>, required = false) {
    return selectFieldTemplate(path, text(getIn(this._history!.present, path)), fieldLabel, labels, this.locale, this.onChoice, required);
  }

  private removeButton(collection: string, index: number, what: string) {
    const m = messages[this.locale];
    return html`<ansinh-button size="sm" variant="ghost" type="button" label=${m.removeItem(what)} @click=${() => this.removeItem(collection, index)}
      >${m.remove}</ansinh-button
    >`;
  }

  /** Keys for `repeat`: the item's id when ids are unique, else its position. */
  private keys(items: readonly unknown[]): (item: unknown, i: number) => unknown {
    const ids = items.map((x) => (isRecord(x) && typeof x.id === 'string' ? x.id : undefined));
    const unique = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
    return unique ? (_x, i) => ids[i] : (_x, i) => i;
  }

  protected override render() {
    if (!this._history) return this.renderContractIssues();
    const plan = this._history.present;
    const lang = this.locale;
    const today = this.todayIso;
    const live = this.announcer.render();
    if (this.readonly) return html`${renderDocument(plan, lang, today)}${live}`;
    return html`${this.renderToolbar()}${live}
      <div class="editor">
        ${this.renderDraftBanner()} ${this.renderSummary()} ${this.renderProcess(plan)} ${this.renderHeader(plan)}
        ${this.renderNeeds(plan)} ${guard([plan.goals, this._groups, today, lang], () => this.renderGoals(plan, today))}
        ${guard([plan.activities, this._groups, today, lang], () => this.renderActivities(plan, today))}
        ${this.renderTeam(plan)} ${this.renderReviews(plan, today)} ${this.renderSignOffs(plan)}
      </div>
      ${this.printer.printing ? renderDocument(plan, lang, today) : nothing}`;
  }

  private renderToolbar(): TemplateResult {
    const m = messages[this.locale];
    const h = this._history!;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${m.toolbar}>
      <ansinh-button type="button" variant="secondary" size="sm" data-action="undo" ?disabled=${!h.past.length} @click=${() => this.undo()}
        >${m.undo}</ansinh-button
      >
      <ansinh-button type="button" variant="secondary" size="sm" data-action="redo" ?disabled=${!h.future.length} @click=${() => this.redo()}
        >${m.redo}</ansinh-button
      >
      <span class="spacer"></span>
      ${this.dirty ? html`<ansinh-badge tone="warning" data-state="unsaved">${m.unsaved}</ansinh-badge>` : nothing}
      ${this._draftSavedAt
        ? html`<span class="muted" data-state="draft-saved">${m.draftSaved(this.time(this._draftSavedAt))}</span>`
        : nothing}
      <ansinh-button type="button" variant="secondary" size="sm" data-action="print" @click=${() => void this.printPlan()}
        >${m.print}</ansinh-button
      >
      <ansinh-button type="button" size="sm" data-action="save" ?loading=${this._saving} @click=${() => void this.save()}
        >${m.save}</ansinh-button
      >
    </div>`;
  }

  private time(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(d);
  }

  private renderDraftBanner(): TemplateResult | typeof nothing {
    if (!this._draft) return nothing;
    const m = messages[this.locale];
    return html`<div class="banner" role="region" aria-label=${m.restoreDraft} data-state="draft">
      <p>${m.draftFound(this.time(this._draft.savedAt))}</p>
      <div class="row">
        <ansinh-button type="button" data-action="restore-draft" @click=${() => this.restoreDraft()}>${m.restoreDraft}</ansinh-button>
        <ansinh-button type="button" variant="secondary" data-action="discard-draft" @click=${() => void this.discardDraft()}
          >${m.discardDraft}</ansinh-button
        >
      </div>
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const errors = this._planIssues.filter((i) => i.severity === 'error');
    const m = messages[this.locale];
    const lang = this.locale;
    if (!errors.length) return nothing;
    return html`<div class="summary" part="summary" tabindex="-1" role="region" aria-labelledby="summary-title">
      <h2 id="summary-title">${m.issuesTitle(errors.length)}</h2>
      <p>${m.issuesIntro}</p>
      <ul>
        ${errors.map(
          (i) => html`<li data-issue-path=${pathKey(i.path)}>
            <button class="link" type="button" @click=${() => void this.focusIssue(i.path)}>
              ${i.field?.[lang] ?? (pathKey(i.path) || m.title)}${i.path.length ? ` (${pathKey(i.path)})` : ''}</button
            >: ${i.message[lang]}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderProcess(plan: DraftPlan): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const current = plan.status;
    const opts = transitionOptions(plan);
    const transitions = list(plan, 'transitions').filter(isRecord);
    return html`<section aria-labelledby="process-h">
      <h2 id="process-h">${m.process}</h2>
      <ol class="steps">
        ${STEPS.map(
          (s) => html`<li aria-current=${ifDefined(s === current ? 'step' : undefined)} data-step=${s}>${label(STEP_LABELS, s, lang)}</li>`,
        )}
      </ol>
      ${this.user
        ? html`<div class="row" data-list="transitions">
            ${opts.map((o) => {
              const name = label(STEP_LABELS, o.to, lang);
              const text =
                o.kind === 'close' ? m.closePlan : o.kind === 'reopen' ? m.reopen : o.kind === 'forward' ? m.moveTo(name) : m.backTo(name);
              return html`<span class="row">
                <ansinh-button
                  type="button"
                  size="sm"
                  variant=${o.kind === 'forward' ? 'primary' : 'secondary'}
                  data-transition=${o.to}
                  ?disabled=${o.blockers.length > 0}
                  @click=${() => this.transition(o.to)}
                  >${text}</ansinh-button
                >${o.blockers.length ? html`<span class="muted">${o.blockers.map((b) => b[lang]).join(' ')}</span>` : nothing}
              </span>`;
            })}
          </div>`
        : html`<p class="muted">${m.needUser}</p>`}
      ${transitions.length
        ? html`<details>
            <summary>${m.history} (${transitions.length})</summary>
            <ol data-list="history">
              ${transitions.map(
                (t) => html`<li>
                  ${m.transitionBy(label(STEP_LABELS, t.from, lang), label(STEP_LABELS, t.to, lang), text(t.by), this.time(text(t.at)))}
                </li>`,
              )}
            </ol>
          </details>`
        : nothing}
    </section>`;
  }

  private renderHeader(plan: DraftPlan): TemplateResult {
    const m = messages[this.locale];
    const idIssues = this._planIssues.some((i) => i.path[0] === 'id' || i.path[0] === 'residentId');
    return html`<section aria-labelledby="head-h">
      <h2 id="head-h">${text(plan.title) || m.title}</h2>
      <div class="grid">
        ${idIssues
          ? html`${this.field(['id'], m.planId, { required: true })}${this.field(['residentId'], m.resident, { required: true })}`
          : html`<p class="muted">${m.planId}: ${text(plan.id)} · ${m.resident}: ${text(plan.residentId)}</p>`}
        ${this.field(['title'], m.planTitle, { cls: 'wide' })}
        ${this.field(['period', 'start'], m.periodStart, { date: true })} ${this.field(['period', 'end'], m.periodEnd, { date: true })}
        ${this.field(['notes'], m.generalNotes, { multiline: true, cls: 'wide' })}
      </div>
    </section>`;
  }

  private renderNeeds(plan: DraftPlan): TemplateResult {
    const m = messages[this.locale];
    const needs = list(plan, 'needsAssessment');
    return html`<section aria-labelledby="needs-h">
      <h2 id="needs-h">${m.needs}</h2>
      <p class="muted">${m.needsHint}</p>
      <ul class="list" data-list="needsAssessment">
        ${needs.map(
          (_n, i) => html`<li class="card grid">
            ${this.select(['needsAssessment', i, 'domain'], m.domain, DOMAIN_LABELS, true)}
            ${this.select(['needsAssessment', i, 'priority'], m.priority, PRIORITY_LABELS)}
            ${this.field(['needsAssessment', i, 'summary'], m.summary, { multiline: true, cls: 'wide' })}
            <div>${this.removeButton('needsAssessment', i, `${m.needs} ${i + 1}`)}</div>
          </li>`,
        )}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-need"
          @click=${() => this.addItem('needsAssessment', { domain: 'other', summary: '' })}>${m.addNeed}</ansinh-button>
      </div>
    </section>`;
  }

  private renderGoals(plan: DraftPlan, today: string): TemplateResult {
    const m = messages[this.locale];
    const goals = list(plan, 'goals');
    return html`<section aria-labelledby="goals-h">
      <h2 id="goals-h">${m.goals} (${goals.length})</h2>
      <div class="list" data-list="goals">
        ${repeat(
          goals,
          this.keys(goals),
          (g, i) => html`<ansinh-care-plan-goal
            data-index=${i}
            .item=${isRecord(g) ? g : {}}
            .index=${i}
            .count=${goals.length}
            .issues=${this.issuesFor('goals', i)}
            .today=${today}
          ></ansinh-care-plan-goal>`,
        )}
      </div>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-goal"
          @click=${() => this.addItem('goals', { id: newId('goal'), domain: 'other', description: '', status: 'proposed' })}
          >${m.addGoal}</ansinh-button>
      </div>
    </section>`;
  }

  private renderActivities(plan: DraftPlan, today: string): TemplateResult {
    const m = messages[this.locale];
    const acts = list(plan, 'activities');
    // Short lists open every row; a long plan shows one line per activity until opened.
    const openAll = acts.length <= 10;
    return html`<section aria-labelledby="acts-h">
      <h2 id="acts-h">${m.activities} (${acts.length})</h2>
      <div class="list" data-list="activities">
        ${repeat(
          acts,
          this.keys(acts),
          (a, i) => html`<ansinh-care-plan-activity
            data-index=${i}
            .item=${isRecord(a) ? a : {}}
            .index=${i}
            .count=${acts.length}
            .issues=${this.issuesFor('activities', i)}
            .today=${today}
            ?open=${openAll || nothing}
          ></ansinh-care-plan-activity>`,
        )}
      </div>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-activity"
          @click=${async () => {
            const i = this.addItem('activities', { id: newId('act'), domain: 'other', what: '', status: 'not-started', progressNotes: [] });
            await this.updateComplete;
            const row = this.rowAt('activities', i) as AnsinhCarePlanActivity | undefined;
            if (row) {
              row.open = true;
              await row.updateComplete;
              row.focusPath(['activities', i, 'domain']);
            }
          }}>${m.addActivity}</ansinh-button>
      </div>
    </section>`;
  }

  private renderTeam(plan: DraftPlan): TemplateResult {
    const m = messages[this.locale];
    const team = list(plan, 'careTeam');
    return html`<section aria-labelledby="team-h">
      <h2 id="team-h">${m.careTeam}</h2>
      <ul class="list" data-list="careTeam">
        ${team.map(
          (_t, i) => html`<li class="card grid">
            ${this.field(['careTeam', i, 'name'], m.memberName, { required: true })}
            ${this.select(['careTeam', i, 'role'], m.role, ROLE_LABELS, true)}
            <div>${this.removeButton('careTeam', i, `${m.careTeam} ${i + 1}`)}</div>
          </li>`,
        )}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-member"
          @click=${() => this.addItem('careTeam', { id: newId('staff'), name: '', role: 'social-worker' })}>${m.addMember}</ansinh-button>
      </div>
    </section>`;
  }

  private renderReviews(plan: DraftPlan, today: string): TemplateResult {
    const m = messages[this.locale];
    const reviews = list(plan, 'reviews');
    const overdue = reviews.filter((r) => isRecord(r) && !r.doneAt && isOverdue(r.dueDate, today)).length;
    return html`<section aria-labelledby="reviews-h">
      <h2 id="reviews-h">${m.reviews}</h2>
      ${overdue ? html`<p role="status" data-state="overdue"><ansinh-badge tone="warning">${m.overdue}</ansinh-badge> ${m.overdueReviews(overdue)}</p>` : nothing}
      <ul class="list" data-list="reviews">
        ${reviews.map((r, i) => {
          const late = isRecord(r) && !r.doneAt && isOverdue(r.dueDate, today);
          return html`<li class="card">
            ${late ? html`<div><ansinh-badge tone="warning">${m.overdue}</ansinh-badge></div>` : nothing}
            <div class="grid">
              ${this.field(['reviews', i, 'dueDate'], m.reviewDue, { date: true, required: true })}
              ${this.field(['reviews', i, 'doneAt'], m.reviewDone, { date: true })}
              ${this.field(['reviews', i, 'by'], m.reviewBy)}
              ${this.field(['reviews', i, 'notes'], m.reviewNotes, { multiline: true, cls: 'wide' })}
            </div>
            <div>${this.removeButton('reviews', i, `${m.reviews} ${i + 1}`)}</div>
          </li>`;
        })}
      </ul>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-review"
          @click=${() => this.addItem('reviews', { dueDate: today })}>${m.addReview}</ansinh-button>
      </div>
    </section>`;
  }

  private renderSignOffs(plan: DraftPlan): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const signOffs = list(plan, 'signOffs');
    const team = list(plan, 'careTeam').filter(isRecord);
    const findIndex = (pred: (s: Record<string, unknown>) => boolean) => signOffs.findIndex((s) => isRecord(s) && pred(s));
    const signedRow = (i: number) => {
      const s = signOffs[i] as Record<string, unknown>;
      return html`<span>${m.signedAt(this.time(text(s.at)))}</span> ${this.removeButton('signOffs', i, m.removeSignOff)}`;
    };
    const person = findIndex((s) => s.role === 'resident' || s.role === 'guardian');
    const director = findIndex((s) => s.role === 'director');
    return html`<section aria-labelledby="sign-h">
      <h2 id="sign-h">${m.signOffs}</h2>
      <ul class="list" data-list="signOffs">
        ${team.map((t) => {
          const i = findIndex((s) => s.role === 'team' && (s.memberId === t.id || (!s.memberId && s.name === t.name)));
          const who = `${text(t.name)} (${label(ROLE_LABELS, t.role, lang)})`;
          return html`<li class="card row" data-signer="team">
            <strong>${who}</strong>
            ${i >= 0
              ? signedRow(i)
              : html`<ansinh-button type="button" size="sm" variant="secondary" ?disabled=${!text(t.name)}
                  @click=${() => this.sign({ role: 'team', name: text(t.name), memberId: t.id })}>${m.signAs(text(t.name) || '—')}</ansinh-button>`}
          </li>`;
        })}
        <li class="card" data-signer="person">
          <strong>${m.residentOrGuardian}</strong>
          ${person >= 0
            ? html`<div class="row">
                ${label(SIGN_OFF_LABELS, (signOffs[person] as Item).role, lang)}: ${text((signOffs[person] as Item).name)} · ${signedRow(person)}
              </div>`
            : html`<div class="grid">
                <ansinh-select label=${m.signerRole} .options=${options({ resident: SIGN_OFF_LABELS.resident!, guardian: SIGN_OFF_LABELS.guardian! }, lang)}
                  .value=${this._signerRole}
                  @ansinh-change=${(e: CustomEvent<string>) => (this._signerRole = e.detail === 'guardian' ? 'guardian' : 'resident')}></ansinh-select>
                <ansinh-text-field label=${m.signerName} .value=${this._signerName}
                  @input=${(e: Event) => (this._signerName = (e.currentTarget as Field).value)}></ansinh-text-field>
                <div>
                  <ansinh-button type="button" size="sm" variant="secondary" ?disabled=${!this._signerName.trim()}
                    @click=${() => {
                      this.sign({ role: this._signerRole, name: this._signerName.trim() });
                      this._signerName = '';
                    }}>${m.signAs(label(SIGN_OFF_LABELS, this._signerRole, lang))}</ansinh-button>
                </div>
              </div>`}
        </li>
        <li class="card" data-signer="director">
          <strong>${m.director}</strong>
          ${director >= 0
            ? html`<div class="row">${m.approvedBy(text((signOffs[director] as Item).name), this.time(text((signOffs[director] as Item).at)))}
                ${this.removeButton('signOffs', director, m.removeSignOff)}</div>`
            : html`<div class="grid">
                <ansinh-text-field label=${m.signerName} .value=${this._directorName || (this.user?.role === 'director' ? this.user.name : '')}
                  @input=${(e: Event) => (this._directorName = (e.currentTarget as Field).value)}></ansinh-text-field>
                <div>
                  <ansinh-button type="button" size="sm" variant="secondary" data-action="approve"
                    ?disabled=${!(this._directorName || (this.user?.role === 'director' ? this.user.name : '')).trim()}
                    @click=${() => {
                      const name = (this._directorName || this.user?.name || '').trim();
                      this.sign({ role: 'director', name, ...(this.user?.role === 'director' ? { memberId: this.user.id } : {}) });
                      this._directorName = '';
                    }}>${m.approve}</ansinh-button>
                </div>
              </div>`}
        </li>
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-care-plan-editor': AnsinhCarePlanEditor;
  }
}

// Listeners added to this element receive its own details (see AnsinhCarePlanEditorEventMap).
export interface AnsinhCarePlanEditor {
  addEventListener: TypedEvents<AnsinhCarePlanEditorEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhCarePlanEditorEventMap>['removeEventListener'];
}
