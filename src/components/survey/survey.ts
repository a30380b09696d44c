import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociated } from '../../base/primitives/form-control.js';
import { buttonStyles } from '../../base/primitives/button.styles.js';
import { hostStyles } from '../../base/primitives/styles.js';
import type { TypedEvents } from '../../base/events.js';
import type { SurveyAnswer, SurveyDefinition, SurveyItem, SurveyResponse } from '../../contract/survey.js';
import type { Outbox } from '../../data/outbox.js';
import { domId, newId } from '../../base/controllers/ids.js';
import {
  allVisibleItems,
  answerAfterInput,
  buildResponse,
  checkAnswers,
  optionsOf,
  parseFormState,
  t,
  type Answers,
  type Problem,
} from './model.js';
import { onlyInitialAnswers, refreshTodayAnswers, withInitialAnswers } from './initial-answers.js';
import { screenItems, type SurveySendState } from './view-model.js';
import { surveyMessages } from './messages.js';
import { surveyStyles } from './survey.styles.js';
import { OutboxController } from './outbox-controller.js';
import { DraftController } from './draft-controller.js';
import { CountdownController } from './countdown-controller.js';
import { ReadAloudController } from './read-aloud-controller.js';
import { DefinitionController } from './definition-controller.js';
import type { SurveyLoader } from './survey-loader.js';
import { HostFormController } from './host-form-controller.js';
import { FocusController } from './focus-controller.js';
import { sendStatus } from './parts/status.js';
import { thanks } from './parts/thanks.js';
import { surveyForm } from './parts/form.js';
import { isChoiceInput, questionInput } from './parts/question.js';

import type { AnsinhSurveyEventMap } from './events.js';

export type { SurveySendState } from './view-model.js';
export type { AnsinhSurveyEventMap, SurveyDeliveryDetail } from './events.js';

/**
 * A satisfaction survey or questionnaire, filled on a page, at the bedside or on a kiosk.
 *
 * It renders any `SurveyDefinition` (the Ministry of Health forms through `template`, or a
 * hospital's own): sections, five-point scales with "not used / no opinion", single and multiple
 * choice with "other", numbers with bounds, short and long text, dates, conditions (enableWhen,
 * all/any), required items and help text. Items a condition hides are neither checked nor sent.
 *
 * It delivers the response in one of two ways:
 * - **Inside a `<form>`** it is a form control: the response is submitted as JSON under `name`,
 *   it takes part in `checkValidity()`, form reset and browser state restore.
 * - **On its own with `endpoint`** it shows a send button; the response is stored in the durable
 *   outbox (IndexedDB) first, then POSTed with an idempotency key, retried while offline, resumed
 *   after a reload, never sent twice. The respondent sees where it stands.
 *
 * Unfinished answers are kept on the device (the provider's DataSource drafts, else IndexedDB)
 * and come back after a reload; they are cleared after sending. A phone number is kept in
 * `response.contact`, apart from the answers.
 *
 * @summary A survey form: MoH satisfaction templates or any definition, offline-safe.
 *
 * @slot - An optional `<script type="application/json">` holding the definition.
 * @event {CustomEvent<SurveyResponse>} ansinh-change - An answer changed. `detail`: the response so far (`status: 'in-progress'`).
 * @event {CustomEvent<SurveyResponse>} ansinh-submit - The respondent sent a valid form. `detail`: the response. Cancelable: cancel to send it yourself.
 * @event {CustomEvent<SurveyDeliveryDetail>} ansinh-queued - The response is stored on the device, waiting to be sent. `detail`: `SurveyDeliveryDetail`.
 * @event {CustomEvent<SurveyDeliveryDetail>} ansinh-sent - The server accepted a response. `detail`: `SurveyDeliveryDetail`.
 * @event {CustomEvent<SurveyDeliveryDetail>} ansinh-failed - The server refused a response (4xx); it is not retried. `detail`: `SurveyDeliveryDetail`.
 * @event {CustomEvent<SurveyDeliveryDetail>} ansinh-auth-required - The server wants a sign-in (401, 403, or a redirect to a sign-in page): the response stays on the device and is sent once signed in. `detail`: `SurveyDeliveryDetail`.
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The definition failed the contract. `detail`: `{ issues }`.
 * @csspart form - The wrapper of the questions.
 * @csspart section - One section.
 * @csspart question - One question.
 * @csspart error-summary - The list of problems shown after a send attempt.
 * @csspart status - The live region telling where the response stands.
 * @csspart progress - The progress indicator (steps and kiosk modes).
 * @csspart issues - The error state for an invalid definition.
 * @cssprop --ansinh-survey-max-width - Maximum width of the form (default 60rem).
 * @cssprop --ansinh-target-size - Minimum size of every option and button (48px in kiosk mode).
 */
export class AnsinhSurvey extends FormAssociated {
  static override styles = [hostStyles, buttonStyles, surveyStyles];
  static override jsonProperty = 'definition';

  /** Name of an official template: `moh-inpatient`, `moh-outpatient` or `moh-staff`. Ignored when `definition` or `survey-id` is set. */
  @property({ reflect: true }) template = '';
  /** Id of a definition to load through the nearest `<ansinh-provider>` (`getSurveyDefinition`). Ignored when `definition` is set. */
  @property({ attribute: 'survey-id' }) surveyId = '';
  /** The data path for `survey-id`, loaded on first use. */
  private _byId?: SurveyLoader;
  /** URL the response is POSTed to when the survey is used on its own (no host form). */
  @property() endpoint = '';
  /** `json` sends the contract `SurveyResponse`; `fhir` a FHIR R4 QuestionnaireResponse. */
  @property() format: 'json' | 'fhir' = 'json';
  /** Field name under which a host `<form>` submits the response as JSON. */
  @property({ reflect: true }) name = '';
  /** A host form cannot be submitted before at least one question is answered (required items always count). */
  @property({ type: Boolean, reflect: true }) required = false;
  /** `page`: every section on one page. `steps`: one section at a time with progress. */
  @property({ reflect: true }) mode: 'page' | 'steps' = 'page';
  /** Bedside / kiosk: one question per screen, large targets, reset for the next respondent. */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Shows faces on the five-point scale. */
  @property({ type: Boolean, reflect: true }) faces = false;
  /** Asks for a reason whenever a scale item is rated 1 or 2 (items may set `askReasonBelow` themselves). */
  @property({ type: Boolean, reflect: true, attribute: 'ask-reason' }) askReason = false;
  /** Seconds the thank-you screen stays before the kiosk resets for the next respondent. */
  @property({ type: Number, attribute: 'reset-after' }) resetAfter = 10;
  /** Turns off keeping unfinished answers on the device (shared computers without kiosk reset). */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** IndexedDB database of the outbox and drafts (default `ansinh`). */
  @property({ attribute: 'db-name' }) dbName = 'ansinh';

  /** The outbox used to send; by default one shared per database. Set your own to configure retries. */
  @property({ attribute: false }) outbox?: Outbox;

  @state() private _answers: Answers = {};
  @state() private _showErrors = false;
  @state() private _step = 0;
  @state() private _phase: 'form' | 'thanks' = 'form';
  @state() private _largeText = false;
  @state() private _notice = '';

  private _responseId = newId();
  private _startedAt = new Date().toISOString();
  private _otherOpen = new Set<string>();
  private readonly uid = domId('s');

  private readonly source = new DefinitionController(this, {
    issues: (issues) => this.showContractIssues(issues),
    accepted: (def, previous) => {
      if (previous && previous.id === def.id && previous.version === def.version) return;
      this.reset();
      void this.restoreDraft();
    },
  });
  // Added before the focus controller: the form's validity is synced before focus moves.
  private readonly hostForm = new HostFormController(this, this.internals, {
    inputs: () => ({
      definition: this._definition,
      answers: this._answers,
      lang: this.locale,
      disabled: this.isDisabled,
      required: this.required,
      kiosk: this.kiosk,
      responseId: this._responseId,
    }),
    response: () => this.buildCurrent('completed'),
    problems: () => this.currentProblems(),
    anchor: (code) => this.focusOnRender.answer(code),
    submitted: () => {
      // The host form is being submitted with our JSON: it is the respondent's "send".
      const response = this.buildCurrent('completed', new Date().toISOString());
      if (response) this.emit('ansinh-submit', response);
      void this.drafts.discard();
    },
  });
  private readonly focusOnRender = new FocusController(this, () => this.shownProblems()[0]?.code);
  private readonly delivery = new OutboxController(this);
  private readonly drafts = new DraftController(this, () => ({
    definition: this._definition,
    draft: { responseId: this._responseId, startedAt: this._startedAt, answers: this._answers },
    keep: this._phase === 'form',
  }));
  private readonly countdown = new CountdownController(this, () => this.startNext());
  private readonly readAloud = new ReadAloudController(this);

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      // The host form (or checkValidity) found the survey incomplete: show what and where.
      this._showErrors = true;
      this.focusOnRender.request('error');
    });
  }

  /** The survey definition. Invalid data shows an error state naming the problem and fires `ansinh-invalid`. */
  @property({ attribute: false })
  get definition(): SurveyDefinition | undefined {
    return this.source.value;
  }
  set definition(value: unknown) {
    this.source.set(value);
    // Data handed in wins: a load by id in flight is dropped.
    this._byId?.controller.hand(value);
  }

  private get _definition(): SurveyDefinition | undefined {
    return this.source.value;
  }

  /** The answers given so far, keyed by item code (including items now hidden). */
  get answers(): Answers {
    return this._answers;
  }
  set answers(value: Answers) {
    this._answers = { ...value };
    this.hostForm.sync();
  }

  /** The response as it would be sent now (`status: 'in-progress'`), or undefined without a definition. */
  get response(): SurveyResponse | undefined {
    return this.buildCurrent('in-progress');
  }

  /** Where the last submitted response stands. */
  get sendState(): SurveySendState {
    return this.delivery.sendState;
  }

  /** Validates and sends, as the send button does. Resolves false when something needs correcting. */
  async submit(): Promise<boolean> {
    const def = this._definition;
    if (!def) return false;
    const problems = this.currentProblems();
    if (problems.length > 0) {
      this._showErrors = true;
      this.focusOnRender.request('error');
      // In kiosk mode go back to the first unanswered question.
      if (this.kiosk) this._step = Math.max(0, allVisibleItems(def, this._answers).findIndex((i) => i.code === problems[0]!.code));
      this.requestUpdate();
      return false;
    }
    const response = this.buildCurrent('completed', new Date().toISOString())!;
    if (!this.emit('ansinh-submit', response, { cancelable: true })) return true;
    // The thank-you screen replaces the form at once, so a second press cannot send it again.
    this._phase = 'thanks';
    this.focusOnRender.request('top');
    if (this.kiosk) this.countdown.start(this.resetAfter);
    const cleared = this.drafts.discard();
    if (this.endpoint) await this.delivery.deliver(response, def);
    await cleared;
    return true;
  }

  /** Clears every answer for the next respondent (also what a host form's reset does). */
  reset(): void {
    this._answers = this._definition ? withInitialAnswers(this._definition, {}) : {};
    this._otherOpen.clear();
    this._showErrors = false;
    this._step = 0;
    this._phase = 'form';
    this._notice = '';
    this._responseId = newId();
    this._startedAt = new Date().toISOString();
    this.countdown.stop();
    this.hostForm.sync();
    this.readAloud.stop();
  }

  /** Resolves once the pending draft is written; for tests and for pages about to navigate. */
  async saveDraftNow(): Promise<void> {
    await this.drafts.saveNow();
  }

  private startNext(): void {
    this.reset();
    this.focusOnRender.request('top');
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.hostForm.attach(form);
  }

  formResetCallback(): void {
    this.reset();
    void this.drafts.discard();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    const restored = parseFormState(state);
    if (!restored) return;
    this._answers = restored.answers;
    if (restored.id !== undefined) this._responseId = restored.id;
    this.hostForm.sync();
  }

  override formDisabledCallback(disabled: boolean): void {
    super.formDisabledCallback(disabled);
    this.hostForm.sync();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('template') && this.template && !this.surveyId) void this.source.loadTemplate(this.template);
    if (this.surveyId && !this._byId) {
      void import('./survey-loader.js').then(({ surveyLoader }) => {
        this._byId ??= surveyLoader(this, (value) => this.source.loaded(value));
        this.requestUpdate();
      });
    }
    this._byId?.controller.sync(this.source.fromProperty ? undefined : this.surveyId || undefined);
    if ((changed.has('endpoint') || changed.has('outbox') || changed.has('dbName')) && this.isConnected) void this.delivery.listen();
  }

  /** Also waits for the wording of an invalid definition's problems and for read-aloud loading on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.source.pending || this.readAloud.pending) {
      await Promise.all([this.source.pending, this.readAloud.pending].map((p) => p?.catch(() => undefined)));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ---------------------------------------------------------------- drafts

  private async restoreDraft(): Promise<void> {
    const def = this._definition;
    if (!def) return;
    const saved = await this.drafts.load(def);
    // The respondent may have started typing while the draft loaded: theirs wins.
    if (!saved || this._definition !== def || !onlyInitialAnswers(def, this._answers, new Date(this._startedAt))) return;
    this._answers = { ...saved.answers };
    this._responseId = saved.responseId;
    this._startedAt = saved.startedAt;
    this._notice = surveyMessages[this.locale].draftRestored;
    this.hostForm.sync();
  }

  // ---------------------------------------------------------------- answers

  private buildCurrent(status: SurveyResponse['status'], submittedAt?: string): SurveyResponse | undefined {
    const def = this._definition;
    if (!def) return undefined;
    // Sent on a later day than it was opened: untouched "today" dates become the day it is sent.
    if (submittedAt) this._answers = refreshTodayAnswers(def, this._answers, new Date(this._startedAt), new Date(submittedAt));
    return buildResponse(def, this._answers, {
      id: this._responseId,
      startedAt: this._startedAt,
      status,
      language: this.locale,
      mode: this.kiosk ? 'kiosk' : 'web',
      ...(submittedAt ? { submittedAt } : {}),
    });
  }

  private currentProblems(): Problem[] {
    const def = this._definition;
    return def ? checkAnswers(allVisibleItems(def, this._answers), this._answers) : [];
  }

  private setAnswer(code: string, answer: SurveyAnswer | undefined): void {
    const next = { ...this._answers };
    if (answer === undefined) delete next[code];
    else next[code] = answer;
    this._answers = next;
    const current = this.buildCurrent('in-progress');
    this.hostForm.sync(current);
    this.drafts.schedule();
    if (current) this.emit('ansinh-change', current);
  }

  /** One listener for every input in the form: the part tells which question and what changed. */
  private onInput = (e: Event): void => {
    const input = questionInput(e);
    const def = this._definition;
    if (!input || !def) return;
    const { code, role } = input;
    const change = answerAfterInput(def, code, this._answers[code], role, input, this.askReason);
    if (change.otherOpen === true) this._otherOpen.add(code);
    if (change.otherOpen === false) this._otherOpen.delete(code);
    this.setAnswer(code, change.answer);
    if (role === 'choice-other' || role === 'check-other') this.requestUpdate();
  };

  /** Text fields update the answer while typing; choices on `change`. */
  private onInputLive = (e: Event): void => {
    if (isChoiceInput(e)) return;
    e.stopPropagation();
    this.onInput(e);
  };

  // ---------------------------------------------------------------- navigation and focus

  private goto = (step: number, items: readonly SurveyItem[]): void => {
    // Moving on checks only what is on this screen.
    if (step > this._step && checkAnswers(items, this._answers).length > 0) {
      this._showErrors = true;
      this.focusOnRender.request('error');
      this.requestUpdate();
      return;
    }
    this._step = step;
    this._showErrors = false;
    this.focusOnRender.request('top');
    this.readAloud.stop();
  };

  private shownProblems(): Problem[] {
    const def = this._definition;
    if (!this._showErrors || !def) return [];
    return checkAnswers(screenItems(def, this._answers, { kiosk: this.kiosk, mode: this.mode, step: this._step }), this._answers);
  }

  private speakItem = (item: SurveyItem): void => {
    const def = this._definition;
    if (!def || !this.readAloud.voice) return;
    this.readAloud.read([t(item.text, this.locale), ...optionsOf(def, item).map((o) => t(o.label, this.locale))]);
  };

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const m = surveyMessages[this.locale];
    const def = this._definition;
    const lang = this.locale;
    if (this.contractIssues.length > 0 && !def) return html`${this.renderContractIssues()}`;
    if (!def) {
      const state = this.surveyId && this._byId ? this._byId.render(this.surveyId, lang) : nothing;
      if (state !== nothing) return html`${state}`;
      return html`<div class="root" role="status">${this.source.busy || this.surveyId ? m.loading : this.template ? '' : m.noDefinition}</div>`;
    }
    const status = sendStatus(this.delivery.sendState, this.delivery.waiting, lang);
    if (this._phase === 'thanks') {
      const { kiosk, _largeText: largeText } = this;
      return thanks({ definition: def, lang, kiosk, largeText, countdown: this.countdown.seconds, status, onNext: () => this.startNext() });
    }
    return html`${this._byId?.offline(lang) ?? nothing}${surveyForm({
      uid: this.uid,
      definition: def,
      answers: this._answers,
      lang,
      kiosk: this.kiosk,
      mode: this.mode,
      step: this._step,
      disabled: this.isDisabled,
      faces: this.faces,
      askReason: this.askReason,
      otherOpen: this._otherOpen,
      voice: this.kiosk && this.readAloud.voice,
      notice: this._notice,
      largeText: this._largeText,
      problems: this.shownProblems(),
      status,
      label: this.externalLabel,
      submitButton: !this.form,
      onReadAloud: this.speakItem,
      goto: this.goto,
      submit: () => void this.submit(),
      onToggleLargeText: () => (this._largeText = !this._largeText),
      onJump: this.focusOnRender.jump,
      onChange: this.onInput,
      onInput: this.onInputLive,
    })}`;
  }
}

// Listeners added to this element receive its own details (see AnsinhSurveyEventMap).
export interface AnsinhSurvey {
  addEventListener: TypedEvents<AnsinhSurveyEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhSurveyEventMap>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-survey': AnsinhSurvey;
  }
}
