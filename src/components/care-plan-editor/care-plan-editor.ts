import { DataController } from '../../base/controllers/data.js';
import { DataSourceError } from '../../data/errors.js';
import { versionOf } from '../../data/source.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import { linkStyles, tableScrollStyles } from '../../base/styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ContextConsumer } from '@lit/context';
import { AnsinhElement, defineElement } from '../../base/ansinh-element.js';
import { dataSourceContext } from '../../base/context.js';
import type { CarePlanDraft, InvalidDetail, TypedEvents } from '../../base/events.js';
import { draftStoreFor } from '../../base/controllers/drafts.js';
import { PrintController } from '../../base/controllers/print.js';
import { AnnounceController, announcerStyles } from '../../base/controllers/announce.js';
import type { ContractIssue } from '../../contract/issues.js';
import { parseCarePlan } from '../../contract/parse-care-plan.js';
import type { CarePlan } from '../../contract/care-plan.js';
import type { CarePlanStep } from '../../contract/resident.js';
import { carePlanToFhir } from '../../fhir/care-plan.js';
import { type FhirOptions } from '../../fhir/shared.js';
import type { CarePlan as FhirCarePlan, Goal as FhirGoal } from '../../fhir/types.js';
import { STEP_LABELS, label, messages } from './messages.js';
import { dayOrToday, getIn, list, readPlanInput, shortcutFor, text, type Item } from './model.js';
import { applyTransition, toLocalDateTime, type CarePlanUser } from './state-machine.js';
import { PlanDraftController } from './draft-controller.js';
import { PlanHistoryController } from './history-controller.js';
import { renderDocument } from './parts/document.js';
import { fieldListeners, planForm, syncFieldIssues } from './parts/fields.js';
import { focusField, rowAt } from './parts/focus.js';
import { renderActivities, renderGoals, type ItemListContext } from './parts/item-lists.js';
import { PlanAddNoteEvent, PlanEditEvent, PlanMoveEvent, PlanRemoveEvent, onItemEvent, type MoveDetail } from './parts/item-events.js';
import { AnsinhCarePlanActivity, AnsinhCarePlanGoal } from './parts/items.js';
import { renderConflict, renderDraftBanner, renderSummary } from './parts/notices.js';
import { renderProcess } from './parts/process.js';
import { startPointerReorder } from './parts/reorder.js';
import { renderHeader, renderNeeds, renderReviews, renderTeam } from './parts/sections.js';
import { renderCaseFile } from './parts/case-file.js';
import { renderSignOffs, type SignOffActions } from './parts/sign-offs.js';
import { renderToolbar } from './parts/toolbar.js';
import { editorStyles, sharedStyles } from './care-plan-editor.styles.js';

export type { CarePlanDraft };
export { CHANGE_DEBOUNCE_MS } from './history-controller.js';

/** The events `<ansinh-care-plan-editor>` fires, with their details. */
export interface AnsinhCarePlanEditorEventMap {
  /** The plan changed (debounced while typing): the plan as it is being edited. */
  'ansinh-change': CustomEvent<CarePlanDraft>;
  /** Save was pressed on a plan that passes the contract. Cancelable. */
  'ansinh-submit': CustomEvent<CarePlan>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}

/**
 * Edits a resident's support plan (kế hoạch trợ giúp) through the five-step social-work process:
 * intake and needs assessment, planning, implementing, monitoring and review, closing.
 *
 * Set `.plan` (or put the plan JSON in a child `<script type="application/json">`). A plan that
 * partly fails the contract still opens: each problem is shown under its field and in a summary,
 * and the user can fix it. Data that is not a plan (not an object, a field of the wrong type,
 * text over the contract's length caps, a step outside the five, values JSON cannot hold,
 * `__proto__` keys) shows the error state instead; `null` or `undefined` is no plan. Edits are
 * undoable (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), kept as a draft through the provider's DataSource
 * (IndexedDB without a provider) and offered back after a reload. Fields of a later contract
 * version are kept as they are.
 *
 * @summary A resident's care plan editor: process steps, goals, activities, sign-offs, print.
 *
 * @attr plan-id - With `<ansinh-provider>`: load the plan with this id through its DataSource (`getCarePlan`) when `.plan` is not set.
 * @event {CustomEvent<CarePlanDraft>} ansinh-change - The plan changed (300 ms after the last edit). `detail`: the plan.
 * @event {CustomEvent<CarePlan>} ansinh-submit - The user saved a valid plan. `detail`: the plan. Cancelable: cancel to stop the provider's `saveCarePlan`.
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The plan handed in fails the contract. `detail`: `{ issues }`.
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
  static override styles = [linkStyles, tableScrollStyles, sharedStyles, editorStyles, announcerStyles];
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
  /** Loads the plan with this id from the provider's DataSource (`getCarePlan`) when `.plan` is not set. */
  @property({ attribute: 'plan-id' }) planId = '';

  @state() private _saving = false;
  /** Someone saved the plan after it was loaded: the save was refused (412), the edits are kept. */
  @state() private _conflict = false;
  /** The version the plan was loaded or last saved at (sent as If-Match), when the source keeps versions. */
  private _version: string | undefined;
  @state() private _signerRole: 'resident' | 'guardian' = 'resident';
  @state() private _signerName = '';
  @state() private _directorName = '';
  private _invalidPending = false;
  /** Loading by `plan-id` through the provider (the shared data path); a renewed source keeps the edits. */
  private readonly loader = new DataController(this, {
    read: (source) => source.getCarePlan?.bind(source),
    kind: 'care-plan',
    accept: (value) => this.loadPlan(value),
    reset: () => this.loadPlan(undefined),
    reloadOnNewSource: false,
  });

  private readonly announcer = new AnnounceController(this);
  private readonly _source = new ContextConsumer(this, { context: dataSourceContext, subscribe: true });
  private readonly edits = new PlanHistoryController(this, {
    readonly: () => this.readonly,
    changed: (plan) => {
      this.emit('ansinh-change', plan);
      void this.drafts.keep(plan, plan === this.edits.baseline);
    },
  });
  private readonly drafts = new PlanDraftController(this, () => draftStoreFor(this._source.value), () => this.edits.present);
  private readonly fields = fieldListeners((path, value, typing) => this.edits.edit(path, value, typing));
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
    return this.edits.present as CarePlan | undefined;
  }
  set plan(input: unknown) {
    this.loader.hand(input);
    this.loadPlan(input);
  }

  private loadPlan(input: unknown): void {
    const old = this.plan;
    const read = readPlanInput(input);
    this._version = versionOf(input);
    this._conflict = false;
    this.drafts.reset();
    if (read.kind !== 'plan') {
      // No plan (null, undefined) is empty, not an error; anything else that is not a plan is.
      this.edits.load(undefined);
      this._invalidPending = false;
      this.showContractIssues(read.kind === 'none' ? [] : read.issues);
      this.requestUpdate('plan', old);
      return;
    }
    this.showContractIssues([]);
    this.edits.load(read.draft, read.issues);
    // Sent once the element is in the page, so listeners on an ancestor hear it.
    this._invalidPending = read.issues.some((i) => i.severity === 'error');
    if (this.isConnected) this.emitInvalid();
    this.requestUpdate('plan', old);
    if (this.isConnected) this.checkDraft();
  }

  private emitInvalid(): void {
    if (!this._invalidPending) return;
    this._invalidPending = false;
    this.emit('ansinh-invalid', { issues: [...this.edits.issues] });
  }

  /** True while there are edits that were not saved. */
  get dirty(): boolean {
    return this.edits.dirty;
  }

  /** Contract problems of the plan as it now stands (errors and warnings). */
  get issues(): readonly ContractIssue[] {
    return this.edits.issues;
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
    if (this.edits.undo()) this.announcer.announce(messages[this.locale].undo);
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (this.edits.redo()) this.announcer.announce(messages[this.locale].redo);
  }

  /** Prints the plan as an A4 document, its title at the top of each page. */
  async printPlan(): Promise<void> {
    const m = messages[this.locale];
    const title = text(this.edits.present?.title);
    await this.printer.print({ title: title ? `${m.title}: ${title}` : m.title, lang: this.locale });
  }

  /** Validates and, if the plan is valid, fires `ansinh-submit` and saves through the provider. */
  async save(): Promise<boolean> {
    const m = messages[this.locale];
    const present = this.edits.present;
    if (!present || this.readonly) return false;
    this.edits.flush();
    const errors = this.edits.issues.filter((i) => i.severity === 'error');
    if (errors.length) {
      this.announcer.announce(m.saveBlocked(errors.length));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return false;
    }
    // The plan as the contract reads it (unknown fields kept), so a listener gets a `CarePlan`.
    const parsed = parseCarePlan(present);
    if (!parsed.ok) return false;
    const plan = parsed.value;
    const provided = this._source.value;
    if (!this.emit('ansinh-submit', plan, { cancelable: true })) return false;
    this._saving = true;
    try {
      if (provided?.saveCarePlan) {
        const options = { idempotencyKey: `${text(plan.id)}:${Date.now()}`, ...(this._version ? { version: this._version } : {}) };
        this._version = versionOf(await provided.saveCarePlan(plan, options));
      }
      this.edits.baseline = present;
      this._conflict = false;
      await this.drafts.clear();
      this.announcer.announce(m.saved);
      return true;
    } catch (error) {
      // A newer version on the server: nothing was saved and nothing here is lost; the banner
      // offers to reapply these edits on that version, or to overwrite it.
      this._conflict = error instanceof DataSourceError && error.code === 'precondition_failed';
      this.announcer.announce(this._conflict ? m.conflict : m.saveFailed);
      return false;
    } finally {
      this._saving = false;
    }
  }

  /**
   * After a conflict: loads the plan as it is now saved and reapplies this person's edits on it
   * (three-way merge: their changes and mine both kept; where both changed the same value, mine).
   * The result is not saved: the person checks it and saves again. Undo returns to their version.
   */
  async reapplyOnLatest(): Promise<boolean> {
    const m = messages[this.locale];
    const source = this._source.value;
    const base = this.edits.baseline;
    const mine = this.edits.present;
    const id = text(mine?.id) || this.planId;
    if (!source?.getCarePlan || !base || !mine || !id) return false;
    this._saving = true;
    try {
      // Loaded only after a conflict: most pages never need it.
      const [latest, { threeWayMerge }] = await Promise.all([source.getCarePlan(id), import('./merge.js')]);
      const read = readPlanInput(latest);
      if (read.kind !== 'plan') throw new Error('not a plan');
      const merged = threeWayMerge(base, mine, read.draft);
      this.edits.load(read.draft, read.issues);
      this.edits.restore(merged.value);
      this._version = versionOf(latest);
      this._conflict = false;
      this.announcer.announce(m.reapplied(merged.clashes.length));
      return true;
    } catch {
      this.announcer.announce(m.reloadFailed);
      return false;
    } finally {
      this._saving = false;
    }
  }

  /** After a conflict: saves this version over the one on the server (no If-Match). */
  overwrite(): Promise<boolean> {
    this._version = undefined;
    return this.save();
  }

  // ---------------------------------------------------------------------------------------------
  // Edits

  /** Looks for a kept draft of this plan to offer back (not in the readonly view). */
  private checkDraft(): void {
    if (!this.readonly) void this.drafts.check();
  }

  private restoreDraft(): void {
    const draft = this.drafts.take();
    if (!draft || !this.edits.present) return;
    this.edits.restore(draft);
    this.announcer.announce(messages[this.locale].draftRestored);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-path]')?.focus());
  }

  private transition(to: CarePlanStep): void {
    const present = this.edits.present;
    if (!present || !this.user) return;
    this.edits.commit(applyTransition(present, to, this.user, toLocalDateTime(new Date())));
    this.edits.validate();
    this.announcer.announce(messages[this.locale].movedTo(label(STEP_LABELS, to, this.locale)));
  }

  private async moveItem(d: MoveDetail): Promise<void> {
    if (!this.edits.move(d.collection, d.from, d.to)) return;
    const m = messages[this.locale];
    const name = d.collection === 'goals' ? m.goal(d.from + 1) : m.activity(d.from + 1);
    this.announcer.announce(m.moved(name, d.to + 1, list(this.edits.present!, d.collection).length));
    await this.updateComplete;
    const row = rowAt(this.renderRoot, d.collection, d.to);
    await row?.updateComplete;
    row?.focusControl(d.focus);
  }

  private async addActivity(activity: Item): Promise<void> {
    const i = this.edits.add('activities', activity);
    await this.updateComplete;
    const row = rowAt(this.renderRoot, 'activities', i);
    if (row instanceof AnsinhCarePlanActivity) {
      row.open = true;
      await row.updateComplete;
      row.focusPath(['activities', i, 'domain']);
    }
  }

  private async addNote(index: number): Promise<void> {
    const notes = getIn(this.edits.present, ['activities', index, 'progressNotes']);
    const n = Array.isArray(notes) ? notes.length : 0;
    const note = { at: toLocalDateTime(new Date()), author: this.user?.name ?? messages[this.locale].unknownUser, text: '' };
    this.edits.edit(['activities', index, 'progressNotes'], [...(Array.isArray(notes) ? notes : []), note]);
    await this.updateComplete;
    const row = rowAt(this.renderRoot, 'activities', index);
    if (row instanceof AnsinhCarePlanActivity) await row.focusNote(n);
  }

  /** The sign-off block's fields, and signing (the time is now). */
  private readonly signer: SignOffActions = {
    setRole: (role) => (this._signerRole = role),
    setName: (name) => (this._signerName = name),
    setDirectorName: (name) => (this._directorName = name),
    sign: (entry) => void this.edits.add('signOffs', { ...entry, at: toLocalDateTime(new Date()) }),
  };

  // ---------------------------------------------------------------------------------------------
  // Keyboard, page lifecycle

  private onKeydown(e: KeyboardEvent): void {
    const action = this.readonly ? undefined : shortcutFor(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'save') void this.save();
    else this[action]();
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent): void => {
    if (!this.dirty || this.readonly) return;
    e.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    e.returnValue = messages[this.locale].leaveWarning;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.emitInvalid();
    if (this.edits.present) void this.updateComplete.then(() => this.checkDraft());
  }

  override disconnectedCallback(): void {
    // The history controller reports a pending change as the element leaves.
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot;
    // Fields inside fire their own ansinh-change (a string); the page hears only the plan's.
    root.addEventListener('ansinh-change', (e) => {
      if (e.target !== this) e.stopPropagation();
    });
    // The goal and activity rows report what the user did; the plan changes here only.
    onItemEvent(root, PlanEditEvent, (d) => this.edits.edit(d.path, d.value, d.typing));
    onItemEvent(root, PlanMoveEvent, (d) => void this.moveItem(d));
    onItemEvent(root, PlanRemoveEvent, (d) => this.edits.remove(d.collection, d.index));
    onItemEvent(root, PlanAddNoteEvent, (d) => void this.addNote(d.index));
    root.addEventListener('pointerdown', (e) => {
      if (e instanceof PointerEvent) startPointerReorder(e, root, (d) => void this.moveItem(d));
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.edits.issuesDirty && !changed.has('readonly')) return;
    this.edits.issuesDirty = false;
    // Fields of the editor itself (rows do their own): issue under the field it concerns.
    const editor = this.renderRoot.querySelector('.editor');
    if (editor) syncFieldIssues(editor, this.edits.issues, this.locale);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override willUpdate(): void {
    this.loader.sync(this.planId);
  }

  /** The state's retry button: load the plan again. */
  private onRetry = (event: Event): void => {
    if (event.target !== this) this.loader.reload();
  };

  protected override render(): TemplateResult {
    const h = this.edits.history;
    if (!h) {
      return html`${this.renderContractIssues()}${renderDataState(this.loader, { id: this.planId, property: 'plan', lang: this.locale, onRetry: this.onRetry })}`;
    }
    const plan = h.present;
    const lang = this.locale;
    const today = dayOrToday(this.today);
    const live = this.announcer.render();
    if (this.readonly) return html`${renderDocument(plan, lang, today)}${live}`;
    const f = planForm(plan, lang, this.fields, { add: (c, item) => this.edits.add(c, item), remove: (c, i) => this.edits.remove(c, i) });
    const issues = this.edits.issues;
    const groups = this.edits.issuesFor.bind(this.edits);
    const rows: ItemListContext = { plan, lang, today, issuesFor: groups };
    const toolbar = renderToolbar(
      { lang, canUndo: h.past.length > 0, canRedo: h.future.length > 0, dirty: this.dirty, draftSavedAt: this.drafts.savedAt, saving: this._saving },
      { undo: () => this.undo(), redo: () => this.redo(), print: () => void this.printPlan(), save: () => void this.save() },
    );
    const offered = this.drafts.offered;
    const conflict = this._conflict
      ? renderConflict(lang, this._saving, { reapply: () => void this.reapplyOnLatest(), overwrite: () => void this.overwrite() })
      : nothing;
    const draft = offered
      ? renderDraftBanner(offered.savedAt, lang, { restore: () => this.restoreDraft(), discard: () => void this.drafts.discard() })
      : nothing;
    const showIds = issues.some((i) => i.path[0] === 'id' || i.path[0] === 'residentId');
    const signer = { role: this._signerRole, name: this._signerName, directorName: this._directorName, user: this.user };
    return html`${toolbar}${live}
      <div class="editor">
        ${renderOfflineNotice(this.loader, lang, () => this.loader.reload())} ${conflict} ${draft} ${renderSummary(issues, lang, (path) => focusField(this.renderRoot, path))}
        ${renderProcess(plan, lang, !!this.user, (to) => this.transition(to))} ${renderHeader(f, showIds)}
        ${renderNeeds(f)} ${guard([plan.goals, issues, today, lang], () => renderGoals(rows, (g) => this.edits.add('goals', g)))}
        ${guard([plan.activities, issues, today, lang], () => renderActivities(rows, (a) => void this.addActivity(a)))}
        ${renderTeam(f)} ${renderReviews(f, today)} ${renderCaseFile(f, today)}
        ${renderSignOffs(f, signer, this.signer)}
      </div>
      ${this.printer.printing ? renderDocument(plan, lang, today) : nothing}`;
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
