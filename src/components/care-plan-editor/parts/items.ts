/**
 * One goal or one activity of the editing list, as its own element so that typing in one item
 * re-renders that item only: the editor hands each row its (immutable) item object, and an
 * unchanged object means no update. Rows report edits to the editor with internal events; they
 * hold no plan state of their own.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AnsinhElement } from '../../../base/ansinh-element.js';
import type { ContractIssue } from '../../../contract/issues.js';
import { formatDate } from '../../../i18n/format.js';
import {
  ACTIVITY_STATUS_LABELS,
  DOMAIN_LABELS,
  GOAL_STATUS_LABELS,
  label,
  messages,
} from '../messages.js';
import { NO_ISSUES, getIn, isOverdue, isRecord, pathKey, text, type Item, type Path } from '../model.js';
import { fieldListeners, selectFieldTemplate, syncFieldIssues, textFieldTemplate, type OptionLabels, type TextFieldOptions } from './fields.js';
import { PlanAddNoteEvent, PlanEditEvent, PlanMoveEvent, PlanRemoveEvent, type ItemCollection } from './item-events.js';
import { itemStyles, sharedStyles } from '../care-plan-editor.styles.js';

const DONE_GOAL = new Set(['completed', 'cancelled', 'rejected', 'entered-in-error']);

/** Shared mechanics of a goal row and an activity row. */
abstract class PlanItemElement extends AnsinhElement {
  static override styles = [sharedStyles, itemStyles];
  static override properties = {
    item: { attribute: false },
    index: { type: Number },
    count: { type: Number },
    issues: { attribute: false },
    today: {},
  };
  abstract readonly collection: ItemCollection;
  item: Item = {};
  index = 0;
  count = 1;
  issues: readonly ContractIssue[] = NO_ISSUES;
  /** YYYY-MM-DD, for overdue marks. */
  today = '';

  /** Short name of the item for buttons and announcements, e.g. "Mục tiêu 3". */
  abstract get itemName(): string;

  protected get m() {
    return messages[this.locale];
  }

  protected path(...rest: (string | number)[]): (string | number)[] {
    return [this.collection, this.index, ...rest];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('data-invalid', this.issues.some((i) => i.severity === 'error'));
  }

  /** Shows each field's contract issue under it (localised by the field itself). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Typing changes `item` on every keystroke: only look at the fields when issues could show.
    const relevant = changed.has('issues') || changed.has('index') || (changed.has('item') && this.issues.length > 0);
    if (relevant || changed.has('open')) syncFieldIssues(this.renderRoot, this.issues, this.locale);
  }

  /** Moves focus to the field at `path` (a full plan path), if this row shows it. */
  focusPath(path: Path): boolean {
    const key = pathKey(path);
    const all = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-path]')];
    const el = all.find((e) => e.dataset.path === key) ?? all.find((e) => key.startsWith(`${e.dataset.path}.`)) ?? all[0];
    el?.focus();
    return !!el;
  }

  focusControl(which: 'handle' | 'up' | 'down'): void {
    const el = this.renderRoot.querySelector<HTMLElement & { disabled?: boolean }>(`[data-control="${which}"]`);
    // A move button that is now disabled (top or bottom reached) cannot hold focus: use the handle.
    if (el && !el.disabled) el.focus();
    else this.renderRoot.querySelector<HTMLElement>('[data-control="handle"]')?.focus();
  }

  /** The row's fields report edits to the editor; the row keeps no plan state. */
  private readonly fields = fieldListeners((path, value, typing) => this.dispatchEvent(new PlanEditEvent({ path, value, typing })));

  private onKeydown(e: KeyboardEvent): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = this.index + (e.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= this.count) return;
    this.dispatchEvent(new PlanMoveEvent({ collection: this.collection, from: this.index, to, focus: 'handle' }));
  }

  private moveBy(delta: number, focus: 'up' | 'down'): void {
    this.dispatchEvent(new PlanMoveEvent({ collection: this.collection, from: this.index, to: this.index + delta, focus }));
  }

  protected textField(rel: (string | number)[], fieldLabel: string, opts: TextFieldOptions = {}): TemplateResult {
    return textFieldTemplate(this.path(...rel), text(getIn(this.item, rel)), fieldLabel, this.fields.onInput, opts);
  }

  protected selectField(
    rel: (string | number)[],
    fieldLabel: string,
    labels: OptionLabels,
    required = false,
  ): TemplateResult {
    return selectFieldTemplate(this.path(...rel), text(getIn(this.item, rel)), fieldLabel, labels, this.locale, this.fields.onChoice, required);
  }

  /** Drag handle, and (unless `handleOnly`) move buttons and remove. */
  protected controls(handleOnly = false): TemplateResult {
    const m = this.m;
    const name = this.itemName;
    const handle = html`<button
        class="handle"
        type="button"
        data-control="handle"
        aria-label=${m.dragHandle(name)}
        aria-roledescription=${this.locale === 'vi' ? 'tay nắm kéo thả' : 'drag handle'}
        @keydown=${this.onKeydown}
      >
        <span aria-hidden="true">⠿</span>
      </button>`;
    if (handleOnly) return handle;
    return html`${handle}
      <ansinh-button
        size="sm"
        variant="ghost"
        type="button"
        data-control="up"
        label=${m.moveUp(name)}
        ?disabled=${this.index === 0}
        @click=${() => this.moveBy(-1, 'up')}
        ><span aria-hidden="true">↑</span></ansinh-button
      >
      <ansinh-button
        size="sm"
        variant="ghost"
        type="button"
        data-control="down"
        label=${m.moveDown(name)}
        ?disabled=${this.index >= this.count - 1}
        @click=${() => this.moveBy(1, 'down')}
        ><span aria-hidden="true">↓</span></ansinh-button
      >
      <ansinh-button
        size="sm"
        variant="ghost"
        type="button"
        label=${m.removeItem(name)}
        @click=${() => this.dispatchEvent(new PlanRemoveEvent({ collection: this.collection, index: this.index }))}
        >${m.remove}</ansinh-button
      >`;
  }

  /** Issues of this item that no field shows (e.g. a bad id), listed under the item. */
  protected otherIssues(shown: readonly string[]): TemplateResult | typeof nothing {
    const lang = this.locale;
    const rest = this.issues.filter((i) => {
      const key = pathKey(i.path.slice(2));
      return i.severity === 'error' && !shown.some((s) => key === s || key.startsWith(`${s}.`));
    });
    if (!rest.length) return nothing;
    return html`${rest.map(
      (i) => html`<p class="issue">${i.field?.[lang] ?? pathKey(i.path)}: ${i.message[lang]}</p>`,
    )}`;
  }
}

/**
 * A goal in the editing list.
 * @summary Internal row of `<ansinh-care-plan-editor>`: one goal.
 */
export class AnsinhCarePlanGoal extends PlanItemElement {
  readonly collection = 'goals' as const;

  get itemName(): string {
    return this.m.goal(this.index + 1);
  }

  protected override render() {
    const m = this.m;
    const g = this.item;
    const overdue = !DONE_GOAL.has(text(g.status)) && isOverdue(g.dueDate, this.today);
    const headingId = `goal-h`;
    return html`<div class="item" role="group" aria-labelledby=${headingId}>
      <div class="head">
        ${this.controls()}
        <h3 class="title" id=${headingId}>${this.itemName}</h3>
        ${overdue ? html`<ansinh-badge tone="warning">${m.overdue}</ansinh-badge>` : nothing}
      </div>
      <div class="grid">
        ${this.selectField(['domain'], m.domain, DOMAIN_LABELS, true)}
        ${this.textField(['description'], m.description, { required: true, cls: 'wide' })}
        ${this.textField(['measure'], m.measure)} ${this.textField(['target'], m.target)}
        ${this.textField(['dueDate'], m.dueDate, { date: true })}
        ${this.selectField(['status'], m.status, GOAL_STATUS_LABELS, true)}
      </div>
      ${this.otherIssues(['domain', 'description', 'measure', 'target', 'dueDate', 'status'])}
    </div>`;
  }
}

/**
 * An activity in the editing list: a summary line that opens into its fields and progress notes.
 * Rows start closed in a long plan, so 500 activities cost 500 lines, not 4 000 fields.
 * @summary Internal row of `<ansinh-care-plan-editor>`: one activity.
 */
export class AnsinhCarePlanActivity extends PlanItemElement {
  readonly collection = 'activities' as const;
  static override properties = { ...PlanItemElement.properties, open: { type: Boolean, reflect: true } };
  /** Shows the fields; closed rows show a one-line summary. */
  open = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('collapsible', '');
  }

  get itemName(): string {
    return this.m.activity(this.index + 1);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // An activity with something to fix opens, so the issue is shown next to its field.
    if (changed.has('issues') && this.issues.some((i) => i.severity === 'error')) this.open = true;
  }

  override focusPath(path: Path): boolean {
    if (!this.open) {
      this.open = true;
      void this.updateComplete.then(() => super.focusPath(path));
      return true;
    }
    return super.focusPath(path);
  }

  /** Opens the row and focuses the text of note `n` (after adding one). */
  async focusNote(n: number): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-path="${pathKey(this.path('progressNotes', n, 'text'))}"]`)?.focus();
  }

  protected override render() {
    const m = this.m;
    const a = this.item;
    const lang = this.locale;
    const notes = Array.isArray(a.progressNotes) ? a.progressNotes : [];
    const headingId = 'act-h';
    const bodyId = 'act-body';
    const summary = [label(DOMAIN_LABELS, a.domain, lang), text(a.what), label(ACTIVITY_STATUS_LABELS, a.status, lang)]
      .filter(Boolean)
      .join(' · ');
    return html`<div class="item" role="group" aria-labelledby=${headingId}>
      <div class="head">
        ${this.controls(!this.open)}
        <h3 class="title" id=${headingId}>
          <button
            class="toggle"
            type="button"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${bodyId}
            @click=${() => (this.open = !this.open)}
          >
            ${this.itemName}: ${summary}
          </button>
        </h3>
        ${this.issues.some((i) => i.severity === 'error')
          ? html`<ansinh-badge tone="danger">${m.issueCount(this.issues.filter((i) => i.severity === 'error').length)}</ansinh-badge>`
          : nothing}
      </div>
      <div id=${bodyId} ?hidden=${!this.open}>
        ${this.open
          ? html`<div class="grid">
                ${this.selectField(['domain'], m.domain, DOMAIN_LABELS, true)}
                ${this.textField(['what'], m.what, { required: true, cls: 'wide' })}
                ${this.textField(['schedule'], m.schedule, { hint: m.scheduleHint })}
                ${this.textField(['responsibleStaff'], m.responsible)}
                ${this.textField(['start'], m.start, { date: true })}
                ${this.textField(['end'], m.end, { date: true })}
                ${this.selectField(['status'], m.status, ACTIVITY_STATUS_LABELS, true)}
              </div>
              <h4>${m.notesTitle}</h4>
              ${notes.length
                ? html`<ul class="notes">
                    ${notes.map((n, i) => {
                      const note = isRecord(n) ? n : {};
                      const at = text(note.at);
                      const author = text(note.author);
                      return html`<li>
                        ${this.textField(['progressNotes', i, 'text'], m.noteText(at ? formatDate(at, lang) : '—', author || '—'), {
                          multiline: true,
                        })}
                      </li>`;
                    })}
                  </ul>`
                : html`<p class="muted">${m.noNotes}</p>`}
              <div class="row">
                <ansinh-button
                  size="sm"
                  variant="secondary"
                  type="button"
                  @click=${() => this.dispatchEvent(new PlanAddNoteEvent({ collection: 'activities', index: this.index }))}
                  >${m.addNote}</ansinh-button
                >
              </div>
              ${this.otherIssues([
                'domain', 'what', 'schedule', 'responsibleStaff', 'start', 'end', 'status',
                ...notes.map((_, i) => `progressNotes.${i}.text`),
              ])}`
          : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-care-plan-goal': AnsinhCarePlanGoal;
    'ansinh-care-plan-activity': AnsinhCarePlanActivity;
  }
}
