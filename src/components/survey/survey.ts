import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextConsumer } from '@lit/context';
import { FormAssociated } from '../../base/primitives/form-control.js';
import { buttonStyles } from '../../base/primitives/button.styles.js';
import { hostStyles } from '../../base/primitives/styles.js';
import { dataSourceContext } from '../../base/context.js';
import type { DeliveryDetail, InvalidDetail, TypedEvents } from '../../base/events.js';
import type { ContractIssue } from '../../contract/issues.js';
import {
  SurveyDefinitionSchema,
  type SurveyAnswer,
  type SurveyDefinition,
  type SurveyItem,
  type SurveyResponse,
  type SurveySection,
} from '../../contract/survey.js';
import type { DataSource } from '../../data/source.js';
import type { Outbox, OutboxItem } from '../../data/outbox.js';
import { newId } from '../../data/ids.js';
import { formatNumber } from '../../i18n/format.js';
import {
  allVisibleItems,
  answerExtra,
  answerValue,
  buildResponse,
  checkAnswers,
  isAnswerable,
  isEmptyAnswer,
  scaleOptions,
  t,
  visibleItems,
  type Answers,
  type Problem,
} from './logic.js';
import { surveyMessages } from './messages.js';
import { surveyStyles } from './survey.styles.js';
import { face } from './faces.js';
import { toFhir } from './fhir-bridge.js';
import { draftStoreFor, type DraftStore } from '../../base/controllers/drafts.js';
import { draftKey } from './logic.js';

/** Where a submitted response stands. */
export type SurveySendState = 'idle' | 'queued' | 'sending' | 'sent' | 'failed';

/** `detail` of `ansinh-queued`, `ansinh-sent` and `ansinh-failed`. */
export type SurveyDeliveryDetail = DeliveryDetail;

/** The events `<ansinh-survey>` fires, with their details. */
export interface AnsinhSurveyEventMap {
  /** An answer changed: the response so far (status `in-progress`). */
  'ansinh-change': CustomEvent<SurveyResponse>;
  'ansinh-submit': CustomEvent<SurveyResponse>;
  'ansinh-queued': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-sent': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-failed': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}

interface Draft {
  responseId: string;
  startedAt: string;
  answers: Answers;
}

/** Read-aloud (kiosk only), loaded with the first kiosk survey. */
let speech: typeof import('./speech.js') | undefined;
const loadSpeech = async () => (speech ??= await import('./speech.js'));

/** The sending half (outbox, IndexedDB, HTTP), loaded with the first survey that has an endpoint. */
const loadDelivery = () => import('./delivery.js');

/**
 * Checks a definition against the contract schema. Only a definition that fails loads the full
 * contract parser, which words each problem in Vietnamese and English: valid forms never download
 * the field-label tables and messages of every other record.
 */
function checkDefinition(value: unknown): SurveyDefinition | undefined {
  try {
    const result = SurveyDefinitionSchema.safeParse(value);
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // Hostile input (throwing getters, revoked proxies): the parser words it.
  }
}

async function definitionIssues(value: unknown): Promise<readonly ContractIssue[]> {
  const { definitionIssues: words } = await import('./definition-issues.js');
  return words(value);
}

/** A definition in the template modules, loaded only when a `template` attribute asks for it. */
async function loadTemplate(id: string): Promise<unknown> {
  const { loadSurveyTemplate } = await import('./templates/load.js');
  return loadSurveyTemplate(id);
}

/**
 * The code printed before a question, as on the paper form ("A1. "). Internal codes of the
 * metadata and respondent blocks (`meta.ward`, `info.sex`) are not shown to respondents.
 */
function printedCode(code: string): string {
  return code.includes('.') ? '' : `${code}. `;
}

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
 * @event ansinh-change - An answer changed. `detail`: the response so far (`status: 'in-progress'`).
 * @event ansinh-submit - The respondent sent a valid form. `detail`: the response. Cancelable: cancel to send it yourself.
 * @event ansinh-queued - The response is stored on the device, waiting to be sent. `detail`: `SurveyDeliveryDetail`.
 * @event ansinh-sent - The server accepted a response. `detail`: `SurveyDeliveryDetail`.
 * @event ansinh-failed - The server refused a response (4xx); it is not retried. `detail`: `SurveyDeliveryDetail`.
 * @event ansinh-invalid - The definition failed the contract. `detail`: `{ issues }`.
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

  /** Name of an official template: `moh-inpatient`, `moh-outpatient` or `moh-staff`. Ignored when `definition` is set. */
  @property({ reflect: true }) template = '';
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

  @state() private _definition?: SurveyDefinition;
  @state() private _answers: Answers = {};
  @state() private _showErrors = false;
  @state() private _step = 0;
  @state() private _phase: 'form' | 'thanks' = 'form';
  @state() private _sendState: SurveySendState = 'idle';
  @state() private _waiting = 0;
  @state() private _countdown = 0;
  @state() private _largeText = false;
  @state() private _loading = false;
  @state() private _loadError = '';
  @state() private _notice = '';
  @state() private _voice?: SpeechSynthesisVoice | undefined;

  private _responseId = newId();
  private _startedAt = new Date().toISOString();
  private _rawDefinition: unknown;
  private _source?: DataSource | undefined;
  private _drafts?: DraftStore;
  private _draftTimer?: ReturnType<typeof setTimeout>;
  private _countdownTimer?: ReturnType<typeof setInterval>;
  private _myKeys = new Map<string, SurveyResponse>();
  private _listening?: Outbox | undefined;
  private _unwatchVoices?: () => void;
  private _templateRequest = 0;
  private _definitionRequest = 0;
  private _validation?: Promise<void> | undefined;
  private _otherOpen = new Set<string>();
  private _focusAfterRender: 'error' | 'top' | undefined;
  private readonly uid = `s${Math.random().toString(36).slice(2, 8)}`;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: dataSourceContext,
      subscribe: true,
      callback: (source) => {
        this._source = source;
        this._drafts = undefined;
      },
    });
    this.addEventListener('invalid', () => {
      // The host form (or checkValidity) found the survey incomplete: show what and where.
      this._showErrors = true;
      this._focusAfterRender = 'error';
    });
  }

  /** The survey definition. Invalid data shows an error state naming the problem and fires `ansinh-invalid`. */
  @property({ attribute: false })
  get definition(): SurveyDefinition | undefined {
    return this._definition;
  }
  set definition(value: unknown) {
    this._rawDefinition = value;
    this.acceptDefinition(value);
  }

  /** The answers given so far, keyed by item code (including items now hidden). */
  get answers(): Answers {
    return this._answers;
  }
  set answers(value: Answers) {
    this._answers = { ...value };
    this.syncForm();
  }

  /** The response as it would be sent now (`status: 'in-progress'`), or undefined without a definition. */
  get response(): SurveyResponse | undefined {
    return this.buildCurrent('in-progress');
  }

  /** Where the last submitted response stands. */
  get sendState(): SurveySendState {
    return this._sendState;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  get labels(): NodeList {
    return this.internals.labels;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Validates and sends, as the send button does. Resolves false when something needs correcting. */
  async submit(): Promise<boolean> {
    const def = this._definition;
    if (!def) return false;
    const problems = this.currentProblems();
    if (problems.length > 0) {
      this._showErrors = true;
      this._focusAfterRender = 'error';
      // In kiosk mode go back to the first unanswered question.
      if (this.kiosk) this._step = Math.max(0, this.kioskItems().findIndex((i) => i.code === problems[0]!.code));
      this.requestUpdate();
      return false;
    }
    const response = this.buildCurrent('completed', new Date().toISOString())!;
    if (!this.emit('ansinh-submit', response, { cancelable: true })) return true;
    // The thank-you screen replaces the form at once, so a second press cannot send it again.
    this._phase = 'thanks';
    this._focusAfterRender = 'top';
    if (this.kiosk) this.startCountdown();
    const cleared = this.discardDraft();
    if (this.endpoint) await this.deliver(response, def);
    await cleared;
    return true;
  }

  /** Clears every answer for the next respondent (also what a host form's reset does). */
  reset(): void {
    this._answers = {};
    this._otherOpen.clear();
    this._showErrors = false;
    this._step = 0;
    this._phase = 'form';
    this._notice = '';
    this._responseId = newId();
    this._startedAt = new Date().toISOString();
    clearInterval(this._countdownTimer);
    this._countdown = 0;
    this.applyInitial();
    this.syncForm();
    speech?.stopSpeaking();
  }

  private startNext(): void {
    this.reset();
    this._focusAfterRender = 'top';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.listenToOutbox();
    this.form?.addEventListener('submit', this.onHostSubmit);
    this._hostForm = this.form;
    this.syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._listenRequest++;
    this.stopListening();
    this._unwatchVoices?.();
    this._unwatchVoices = undefined;
    this._hostForm?.removeEventListener('submit', this.onHostSubmit);
    this._hostForm = null;
    clearInterval(this._countdownTimer);
    this.flushDraft();
    speech?.stopSpeaking();
  }

  /** Modules being loaded on demand (read-aloud); `updateComplete` waits for them. */
  private _loads = new Set<Promise<unknown>>();

  private track(load: Promise<unknown>): void {
    this._loads.add(load);
    void load.finally(() => this._loads.delete(load));
  }

  /** In kiosk mode, offers read-aloud when the browser has a voice for the language. */
  private async watchVoices(): Promise<void> {
    const s = await loadSpeech();
    if (!this.kiosk || !this.isConnected || this._unwatchVoices) return;
    this._voice = s.findVoice(this.locale);
    this._unwatchVoices = s.watchVoices(() => {
      this._voice = s.findVoice(this.locale);
    });
  }

  private _hostForm: HTMLFormElement | null = null;

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this._hostForm?.removeEventListener('submit', this.onHostSubmit);
    this._hostForm = form;
    form?.addEventListener('submit', this.onHostSubmit);
  }

  formResetCallback(): void {
    this.reset();
    void this.discardDraft();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const parsed = JSON.parse(state) as { answers?: unknown; id?: unknown };
      if (parsed && typeof parsed.answers === 'object' && parsed.answers) {
        this._answers = { ...(parsed.answers as Answers) };
        if (typeof parsed.id === 'string') this._responseId = parsed.id;
        this.syncForm();
      }
    } catch {
      // A state we did not write: ignore it.
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('template') && this.template && this._rawDefinition === undefined) void this.loadTemplateDefinition();
    if (this.kiosk && this.isConnected && !this._unwatchVoices) this.track(this.watchVoices());
    if (changed.has('endpoint') || changed.has('outbox') || changed.has('dbName')) {
      if (this.isConnected) void this.listenToOutbox();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm(undefined, true);
    const focus = this._focusAfterRender;
    this._focusAfterRender = undefined;
    if (focus === 'error') this.focusFirstError();
    if (focus === 'top') this.renderRoot.querySelector<HTMLElement>('[data-focus-top]')?.focus();
    if (speech && this._voice && !this._voice.lang.toLowerCase().startsWith(this.locale)) this._voice = speech.findVoice(this.locale);
  }

  // ---------------------------------------------------------------- definition

  private acceptDefinition(value: unknown): void {
    const request = ++this._definitionRequest;
    this._validation = undefined;
    if (value === undefined || value === null) {
      this._definition = undefined;
      this.showContractIssues([]);
      return;
    }
    const def = checkDefinition(value);
    if (!def) {
      this._definition = undefined;
      // The wording of the problems comes with the full parser; `updateComplete` waits for it.
      const validation: Promise<void> = definitionIssues(value)
        .catch(() => [unreadableIssue()])
        .then((issues) => {
          if (this._validation === validation) this._validation = undefined;
          if (request !== this._definitionRequest) return;
          this.showContractIssues(issues.length > 0 ? issues : [unreadableIssue()]);
        });
      this._validation = validation;
      this.requestUpdate();
      return;
    }
    this.showContractIssues([]);
    const previous = this._definition;
    this._definition = def;
    if (!previous || previous.id !== def.id || previous.version !== def.version) {
      this.reset();
      void this.restoreDraft();
    }
  }

  /** Also waits for the wording of an invalid definition's problems and for modules loading on demand. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._validation || this._loads.size > 0) {
      await Promise.all([this._validation, ...this._loads].map((p) => p?.catch(() => undefined)));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private async loadTemplateDefinition(): Promise<void> {
    const request = ++this._templateRequest;
    this._loading = true;
    this._loadError = '';
    try {
      const raw = await loadTemplate(this.template);
      if (request !== this._templateRequest || this._rawDefinition !== undefined) return;
      this.acceptDefinition(raw);
    } catch (error) {
      if (request !== this._templateRequest) return;
      this._loadError = error instanceof Error ? error.message : String(error);
      this.showContractIssues([templateIssue(this.template)]);
    } finally {
      if (request === this._templateRequest) this._loading = false;
    }
  }

  /** Pre-filled answers (`initial`) of a fresh form. */
  private applyInitial(): void {
    const def = this._definition;
    if (!def) return;
    for (const section of def.sections) {
      for (const item of section.items) {
        const items = item.type === 'group' ? item.items : [item];
        for (const leaf of items) {
          const initial = (leaf as { initial?: SurveyAnswer }).initial;
          if (initial !== undefined && this._answers[leaf.code] === undefined) this._answers[leaf.code] = initial;
        }
      }
    }
  }

  // ---------------------------------------------------------------- answers

  private buildCurrent(status: SurveyResponse['status'], submittedAt?: string): SurveyResponse | undefined {
    const def = this._definition;
    if (!def) return undefined;
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
    if (!def) return [];
    return checkAnswers(allVisibleItems(def, this._answers), this._answers);
  }

  private setAnswer(code: string, answer: SurveyAnswer | undefined): void {
    const next = { ...this._answers };
    if (answer === undefined) delete next[code];
    else next[code] = answer;
    this._answers = next;
    const current = this.buildCurrent('in-progress');
    this.syncForm(current);
    this.scheduleDraft();
    if (current) this.emit('ansinh-change', current);
  }

  /** One listener for every input in the form: read what changed from data attributes. */
  private onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const code = target.dataset['for'] ?? target.dataset['code'];
    const role = target.dataset['role'];
    if (!code || !role || !this._definition) return;
    const current = this._answers[code];
    const value = answerValue(current);
    const other = answerExtra(current, 'other');
    const reason = answerExtra(current, 'reason');
    const compose = (v: SurveyAnswer | undefined, o: string, r: string): SurveyAnswer | undefined => {
      if (!o && !r) return v === undefined || isEmptyAnswer(v) ? undefined : v;
      const obj: { value?: SurveyAnswer; other?: string; reason?: string } = {};
      if (v !== undefined && !isEmptyAnswer(v)) obj.value = v;
      if (o) obj.other = o;
      if (r) obj.reason = r;
      return obj as SurveyAnswer;
    };
    const input = target as HTMLInputElement;
    switch (role) {
      case 'choice': {
        const optionValue = this.optionValue(code, input.value);
        this._otherOpen.delete(code);
        // Choosing a listed option drops the "other" text; a low-rating reason stays only while low.
        this.setAnswer(code, compose(optionValue, '', this.keepsReason(code, optionValue) ? reason : ''));
        return;
      }
      case 'choice-other':
        this._otherOpen.add(code);
        this.setAnswer(code, compose(undefined, other, ''));
        this.requestUpdate();
        return;
      case 'check': {
        const list = Array.isArray(value) ? [...value] : [];
        const optionValue = this.optionValue(code, input.value);
        const at = list.findIndex((v) => String(v) === String(optionValue));
        if (input.checked && at < 0) list.push(optionValue as string | number);
        if (!input.checked && at >= 0) list.splice(at, 1);
        this.setAnswer(code, compose(list, other, ''));
        return;
      }
      case 'check-other':
        if (input.checked) this._otherOpen.add(code);
        else this._otherOpen.delete(code);
        this.setAnswer(code, compose(value, input.checked ? other : '', ''));
        this.requestUpdate();
        return;
      case 'other':
        this.setAnswer(code, compose(value, target.value, ''));
        return;
      case 'reason':
        this.setAnswer(code, compose(value, '', target.value));
        return;
      case 'number':
        this.setAnswer(code, target.value.trim() === '' ? undefined : Number(target.value));
        return;
      default:
        this.setAnswer(code, target.value === '' ? undefined : target.value);
    }
  };

  /** The option's own value (number or string) for the string an input carries. */
  private optionValue(code: string, raw: string): string | number {
    const item = this.itemByCode(code);
    if (!item || !this._definition) return raw;
    const options = item.type === 'scale5' ? scaleOptions(this._definition, item) : item.type === 'single' || item.type === 'multiple' ? item.options : [];
    return options.find((o) => String(o.value) === raw)?.value ?? raw;
  }

  private _index?: { def: SurveyDefinition; map: Map<string, SurveyItem> };
  private itemByCode(code: string): SurveyItem | undefined {
    const def = this._definition;
    if (!def) return undefined;
    if (this._index?.def !== def) {
      const map = new Map<string, SurveyItem>();
      for (const s of def.sections) for (const i of s.items) {
        map.set(i.code, i);
        if (i.type === 'group') for (const sub of i.items) map.set(sub.code, sub);
      }
      this._index = { def, map };
    }
    return this._index.map.get(code);
  }

  /** Threshold below which a rating asks for a reason, or undefined. */
  private reasonThreshold(item: SurveyItem): number | undefined {
    if (item.type !== 'scale5') return undefined;
    return item.askReasonBelow ?? (this.askReason ? 3 : undefined);
  }

  private keepsReason(code: string, value: unknown): boolean {
    const item = this.itemByCode(code);
    if (!item || item.type !== 'scale5' || !this._definition) return false;
    const threshold = this.reasonThreshold(item);
    const score = scaleOptions(this._definition, item).find((o) => String(o.value) === String(value))?.score;
    return threshold !== undefined && typeof score === 'number' && score < threshold;
  }

  // ---------------------------------------------------------------- form participation

  /** What the form value and validity were last computed from; see `syncForm`. */
  private _synced: unknown[] = [];

  /**
   * Gives the host form the response and the validity. `current` is the response just built for
   * the same answers (status aside), so an answer builds it once. After a render it runs again
   * only when something it depends on changed, or a problem's question had no element to point to.
   */
  private syncForm(current?: SurveyResponse, afterRender = false): void {
    const def = this._definition;
    const inputs = [def, this._answers, this.locale, this.isDisabled, this.required, this.kiosk, this._responseId];
    if (afterRender && inputs.every((v, i) => v === this._synced[i])) return;
    this._synced = inputs;
    if (!def) {
      this.internals.setFormValue(null);
      this.internals.setValidity({});
      return;
    }
    const response = current ? { ...current, status: 'completed' as const } : this.buildCurrent('completed');
    this.internals.setFormValue(this.isDisabled ? null : JSON.stringify(response), JSON.stringify({ id: this._responseId, answers: this._answers }));
    if (this.isDisabled) {
      this.internals.setValidity({});
      return;
    }
    const problems = this.currentProblems();
    const m = surveyMessages[this.locale];
    const nothingAnswered = this.required && Object.keys(response?.answers ?? {}).length === 0 && !response?.contact;
    const first = problems[0];
    if (!first && !nothingAnswered) {
      this.internals.setValidity({});
      return;
    }
    const anchor = (first && this.shadowRoot?.querySelector<HTMLElement>(`[data-code="${cssEscape(first.code)}"]`)) || undefined;
    if (first && !anchor) this._synced = []; // Point at the question once it is rendered.
    const flags: ValidityStateFlags = first
      ? first.kind === 'required'
        ? { valueMissing: true }
        : first.kind === 'min'
          ? { rangeUnderflow: true }
          : first.kind === 'max'
            ? { rangeOverflow: true }
            : first.kind === 'maxLength'
              ? { tooLong: true }
              : { badInput: true }
      : { valueMissing: true };
    const message = first ? `${this.itemLabel(first.code)}: ${this.problemText(first)}` : m.errRequired;
    if (anchor) this.internals.setValidity(flags, message, anchor);
    else this.internals.setValidity(flags, message);
  }

  override formDisabledCallback(disabled: boolean): void {
    super.formDisabledCallback(disabled);
    this.syncForm();
  }

  private onHostSubmit = (): void => {
    // The host form is being submitted with our JSON: it is the respondent's "send".
    const response = this.buildCurrent('completed', new Date().toISOString());
    if (response) this.emit('ansinh-submit', response);
    void this.discardDraft();
  };

  // ---------------------------------------------------------------- drafts

  private draftStore(): DraftStore {
    this._drafts ??= draftStoreFor(this._source, this.dbName);
    return this._drafts;
  }

  private scheduleDraft(): void {
    if (this.noDraft || !this._definition) return;
    clearTimeout(this._draftTimer);
    this._draftTimer = setTimeout(() => this.flushDraft(), 300);
  }

  /** Writes the draft now (also when the element leaves the page). */
  private flushDraft(): void {
    if (this._draftTimer === undefined) return;
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    const def = this._definition;
    if (!def || this.noDraft || this._phase !== 'form') return;
    const draft: Draft = { responseId: this._responseId, startedAt: this._startedAt, answers: this._answers };
    this.draftStore()
      .save(draftKey(def), draft)
      .catch(() => undefined); // Private browsing without IndexedDB: the form still works.
  }

  /** Resolves once the pending draft is written; for tests and for pages about to navigate. */
  async saveDraftNow(): Promise<void> {
    const def = this._definition;
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    if (!def || this.noDraft) return;
    await this.draftStore().save(draftKey(def), { responseId: this._responseId, startedAt: this._startedAt, answers: this._answers });
  }

  private async restoreDraft(): Promise<void> {
    const def = this._definition;
    if (!def || this.noDraft) return;
    let saved: unknown;
    try {
      saved = await this.draftStore().load(draftKey(def));
    } catch {
      return;
    }
    // The respondent may have started typing while the draft loaded: theirs wins.
    if (this._definition !== def || !isDraft(saved) || Object.keys(this._answers).some((k) => !isInitial(def, k))) return;
    this._answers = { ...saved.answers };
    this._responseId = saved.responseId;
    this._startedAt = saved.startedAt;
    this._notice = surveyMessages[this.locale].draftRestored;
    this.syncForm();
  }

  private async discardDraft(): Promise<void> {
    clearTimeout(this._draftTimer);
    this._draftTimer = undefined;
    const def = this._definition;
    if (!def || this.noDraft) return;
    await this.draftStore()
      .clear(draftKey(def))
      .catch(() => undefined);
  }

  // ---------------------------------------------------------------- delivery

  /** The outbox to send through: the one set, else the page's shared one (loaded on demand). */
  private async currentOutbox(): Promise<Outbox> {
    if (this.outbox) return this.outbox;
    const { sharedOutbox } = await loadDelivery();
    return sharedOutbox(this.dbName);
  }

  private async deliver(response: SurveyResponse, def: SurveyDefinition): Promise<void> {
    this._myKeys.set(response.id, response);
    try {
      const payload = this.format === 'fhir' ? await toFhir(response, def) : response;
      const outbox = await this.currentOutbox();
      await this.listenToOutbox();
      const item = await outbox.enqueue(payload, { endpoint: this.endpoint, idempotencyKey: response.id, format: this.format });
      // The outbox may already have sent it while we awaited the write.
      if (this._sendState !== 'sent' || item.state !== 'sent') this._sendState = item.state === 'sent' ? 'sent' : 'queued';
      this.emit('ansinh-queued', { response, idempotencyKey: response.id });
    } catch (error) {
      this._myKeys.delete(response.id);
      this._sendState = 'failed';
      const { errorDetail } = await loadDelivery();
      this.emit('ansinh-failed', { response, idempotencyKey: response.id, error: errorDetail(error) });
    }
    void this.refreshWaiting();
  }

  private _listenRequest = 0;

  private async listenToOutbox(): Promise<void> {
    const request = ++this._listenRequest;
    if (!this.endpoint) {
      this.stopListening();
      return;
    }
    const outbox = await this.currentOutbox();
    // Settings changed or the element left the page while the outbox loaded.
    if (request !== this._listenRequest || !this.endpoint || !this.isConnected) return;
    if (this._listening === outbox) return;
    this.stopListening();
    this._listening = outbox;
    outbox.addEventListener('sent', this.onSent);
    outbox.addEventListener('failed', this.onFailed);
    outbox.addEventListener('change', this.onChange);
    void this.refreshWaiting();
  }

  private stopListening(): void {
    const outbox = this._listening;
    if (!outbox) return;
    outbox.removeEventListener('sent', this.onSent);
    outbox.removeEventListener('failed', this.onFailed);
    outbox.removeEventListener('change', this.onChange);
    this._listening = undefined;
  }

  private onSent = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.endpoint) return;
    const response = this._myKeys.get(item.idempotencyKey);
    if (response) {
      this._myKeys.delete(item.idempotencyKey);
      if (this._myKeys.size === 0) this._sendState = 'sent';
    }
    this.emit('ansinh-sent', { ...(response ? { response } : {}), idempotencyKey: item.idempotencyKey });
    void this.refreshWaiting();
  };

  private onFailed = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.endpoint) return;
    const response = this._myKeys.get(item.idempotencyKey);
    if (response) this._sendState = 'failed';
    this._myKeys.delete(item.idempotencyKey);
    const error = item.error;
    this.emit('ansinh-failed', {
      ...(response ? { response } : {}),
      idempotencyKey: item.idempotencyKey,
      ...(error ? { error: { code: error.code, ...(error.status !== undefined ? { status: error.status } : {}), message: error.message } } : {}),
    });
    void this.refreshWaiting();
  };

  private onChange = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.endpoint) return;
    if (this._myKeys.has(item.idempotencyKey) && item.state === 'sending' && this._sendState === 'queued') this._sendState = 'sending';
    if (this._myKeys.has(item.idempotencyKey) && item.state === 'pending' && this._sendState === 'sending') this._sendState = 'queued';
  };

  private async refreshWaiting(): Promise<void> {
    const outbox = this._listening;
    if (!outbox) return;
    try {
      const items = await outbox.list();
      this._waiting = items.filter((i) => i.endpoint === this.endpoint && (i.state === 'pending' || i.state === 'sending')).length;
    } catch {
      this._waiting = 0;
    }
  }

  // ---------------------------------------------------------------- navigation

  private sectionsShown(): SurveySection[] {
    const def = this._definition;
    if (!def) return [];
    return def.sections.filter((s) => visibleItems(s, this._answers).length > 0);
  }

  private kioskItems(): SurveyItem[] {
    const def = this._definition;
    return def ? allVisibleItems(def, this._answers) : [];
  }

  private goto(step: number, items: readonly SurveyItem[]): void {
    // Moving on checks only what is on this screen.
    const problems = checkAnswers(items, this._answers);
    if (step > this._step && problems.length > 0) {
      this._showErrors = true;
      this._focusAfterRender = 'error';
      this.requestUpdate();
      return;
    }
    this._step = step;
    this._showErrors = false;
    this._focusAfterRender = 'top';
    speech?.stopSpeaking();
  }

  private startCountdown(): void {
    clearInterval(this._countdownTimer);
    this._countdown = Math.max(1, Math.round(this.resetAfter));
    this._countdownTimer = setInterval(() => {
      this._countdown -= 1;
      if (this._countdown <= 0) {
        this.reset();
        this._focusAfterRender = 'top';
      }
    }, 1000);
  }

  private focusFirstError(): void {
    const summary = this.renderRoot.querySelector<HTMLElement>('.summary');
    const problems = this.shownProblems();
    const first = problems[0];
    const target = first && this.renderRoot.querySelector<HTMLElement>(`[data-code="${cssEscape(first.code)}"]`);
    (target ?? summary)?.focus();
  }

  private shownProblems(): Problem[] {
    if (!this._showErrors) return [];
    const def = this._definition;
    if (!def) return [];
    const items = this.kiosk
      ? this.kioskItems().slice(this._step, this._step + 1)
      : this.mode === 'steps'
        ? visibleItems(this.sectionsShown()[this._step] ?? def.sections[0]!, this._answers)
        : allVisibleItems(def, this._answers);
    return checkAnswers(items, this._answers);
  }

  // ---------------------------------------------------------------- rendering

  private itemLabel(code: string): string {
    const item = this.itemByCode(code);
    return item ? `${printedCode(item.code)}${t(item.text, this.locale)}` : code;
  }

  private problemText(p: Problem): string {
    const m = surveyMessages[this.locale];
    const n = p.limit !== undefined ? formatNumber(p.limit, this.locale) : '';
    switch (p.kind) {
      case 'required':
        return m.errRequired;
      case 'number':
        return m.errNumber;
      case 'integer':
        return m.errInteger;
      case 'min':
        return m.errMin(n);
      case 'max':
        return m.errMax(n);
      case 'maxLength':
        return m.errMaxLength(n);
      case 'maxSelected':
        return m.errMaxSelected(n);
      case 'phone':
        return m.errPhone;
      default:
        return m.errRequired;
    }
  }

  protected override render(): TemplateResult {
    const m = surveyMessages[this.locale];
    const def = this._definition;
    const status = this.renderStatus();
    if (this.contractIssues.length > 0 && !def) return html`${this.renderContractIssues()}`;
    if (!def) {
      return html`<div class="root" role="status">${this._loading || this._validation ? m.loading : this.template ? '' : m.noDefinition}</div>`;
    }
    const large = this.kiosk || this._largeText;
    const classes = `root${this.kiosk ? ' kiosk' : ''}${this._largeText ? ' large-text' : ''}`;
    if (this._phase === 'thanks') {
      return html`<div class=${classes} data-ansinh-size=${large ? 'large' : nothing}>
        <div class="thanks">
          <h2 class="title" tabindex="-1" data-focus-top>${def.closing ? t(def.closing, this.locale) : m.thanks}</h2>
          ${status}
          ${this.kiosk ? html`<p>${m.resetIn(this._countdown)}</p>` : nothing}
          <button class="btn" type="button" data-variant=${this.kiosk ? nothing : 'secondary'} @click=${() => this.startNext()}>
            ${m.startNow}
          </button>
        </div>
      </div>`;
    }
    const problems = this.shownProblems();
    const byCode = new Map(problems.map((p) => [p.code, p]));
    return html`<div
      class=${classes}
      data-ansinh-size=${large ? 'large' : nothing}
      @change=${this.onInput}
      @input=${this.onInputLive}
    >
      ${this.renderHeader(def)} ${this.renderSummary(problems)} ${status}
      <div part="form" class="form" role="group" aria-label=${this.externalLabel || t(def.title, this.locale)}>
        ${this.kiosk ? this.renderKiosk(def, byCode) : this.mode === 'steps' ? this.renderSteps(byCode) : this.renderPage(def, byCode)}
      </div>
    </div>`;
  }

  /** Text fields update the answer while typing; choices on `change`. */
  private onInputLive = (e: Event): void => {
    const target = e.target as HTMLInputElement;
    if (target.type === 'radio' || target.type === 'checkbox') return;
    e.stopPropagation();
    this.onInput(e);
  };

  private renderHeader(def: SurveyDefinition): TemplateResult {
    const m = surveyMessages[this.locale];
    const first = this.kiosk || this.mode === 'steps' ? this._step === 0 : true;
    const tpl = def.template;
    const note = (def as { sourceNote?: { vi: string; en?: string } }).sourceNote;
    return html`<header class="header">
      ${this.kiosk ? this.renderToolbar() : nothing}
      <h2 class="title" tabindex="-1" data-focus-top=${this.kiosk || this.mode === 'steps' ? nothing : ''}>${t(def.title, this.locale)}</h2>
      ${first && def.description ? html`<p class="intro">${t(def.description, this.locale)}</p>` : nothing}
      ${first && tpl
        ? html`<p class="source">
            ${m.source}: ${tpl.source ?? tpl.id} · ${m.version} ${tpl.version}${note ? html`<br />${t(note, this.locale)}` : nothing}
          </p>`
        : nothing}
      ${this._notice ? html`<p class="muted">${this._notice}</p>` : nothing}
    </header>`;
  }

  private renderToolbar(): TemplateResult {
    const m = surveyMessages[this.locale];
    return html`<div class="toolbar">
      <button
        class="btn"
        type="button"
        data-variant="secondary"
        aria-pressed=${this._largeText ? 'true' : 'false'}
        @click=${() => (this._largeText = !this._largeText)}
      >
        ${m.largeText}
      </button>
    </div>`;
  }

  private renderSummary(problems: Problem[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    const m = surveyMessages[this.locale];
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="${this.uid}-sum">
      <h3 id="${this.uid}-sum">${m.errorSummaryTitle}</h3>
      <p>${m.errorCount(problems.length)}</p>
      <ul>
        ${problems.map(
          (p) =>
            html`<li>
              <a href="#${this.uid}-${p.code}" @click=${(e: Event) => this.jumpTo(e, p.code)}>${this.itemLabel(p.code)}: ${this.problemText(p)}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private jumpTo(e: Event, code: string): void {
    // Fragment links do not reach into a shadow root: focus the answer ourselves.
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-code="${cssEscape(code)}"]`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  private renderStatus(): TemplateResult {
    const m = surveyMessages[this.locale];
    const s = this._sendState;
    const text =
      s === 'queued' ? m.queued : s === 'sending' ? m.sending : s === 'sent' ? m.sent : s === 'failed' ? m.failed : '';
    const waiting = this._waiting > 0 && s !== 'queued' && s !== 'sending' ? m.waiting(this._waiting) : '';
    // Always in the page (empty when idle) so screen readers announce each change.
    return html`<div class="status" part="status" role="status" aria-live="polite" data-state=${s}>${text}${text && waiting ? ' · ' : ''}${waiting}</div>`;
  }

  private renderPage(def: SurveyDefinition, problems: Map<string, Problem>): TemplateResult {
    const m = surveyMessages[this.locale];
    const sections = this.sectionsShown();
    return html`${sections.map((s) => this.renderSection(s, problems))}
      ${this.hasSubmitButton()
        ? html`<div class="actions"><button class="btn" type="button" ?disabled=${this.isDisabled} @click=${() => void this.submit()}>${m.submit}</button></div>`
        : nothing}${def ? nothing : nothing}`;
  }

  private hasSubmitButton(): boolean {
    return !this.form;
  }

  private renderSteps(problems: Map<string, Problem>): TemplateResult {
    const m = surveyMessages[this.locale];
    const sections = this.sectionsShown();
    const count = sections.length;
    const step = Math.min(this._step, Math.max(0, count - 1));
    const section = sections[step];
    const last = step >= count - 1;
    return html`<div class="progress" part="progress">
        <p id="${this.uid}-prog" data-focus-top tabindex="-1">${m.progressSection(step + 1, count)}</p>
        <progress max=${count} .value=${step + 1} aria-labelledby="${this.uid}-prog"></progress>
      </div>
      ${section ? this.renderSection(section, problems) : nothing}
      <div class="actions">
        ${step > 0
          ? html`<button class="btn" data-variant="secondary" type="button" @click=${() => this.goto(step - 1, [])}>${m.previous}</button>`
          : nothing}
        ${!last
          ? html`<button class="btn" type="button" @click=${() => this.goto(step + 1, section ? visibleItems(section, this._answers) : [])}>${m.next}</button>`
          : this.form
            ? nothing
            : html`<button class="btn" type="button" ?disabled=${this.isDisabled} @click=${() => void this.submit()}>${m.submit}</button>`}
      </div>`;
  }

  private renderKiosk(def: SurveyDefinition, problems: Map<string, Problem>): TemplateResult {
    const m = surveyMessages[this.locale];
    const items = this.kioskItems();
    const count = items.length;
    const step = Math.min(this._step, Math.max(0, count - 1));
    const item = items[step];
    const section = item ? def.sections.find((s) => s.items.some((i) => i === item || (i.type === 'group' && i.items.includes(item as never)))) : undefined;
    const last = step >= count - 1;
    return html`<div class="progress" part="progress">
        <p id="${this.uid}-prog" data-focus-top tabindex="-1">
          ${section ? html`<span>${section.code ? `${section.code}. ` : ''}${t(section.title, this.locale)} · </span>` : nothing}${m.progressQuestion(step + 1, count)}
        </p>
        <progress max=${count} .value=${step + 1} aria-labelledby="${this.uid}-prog"></progress>
      </div>
      ${item ? this.renderQuestion(item, problems.get(item.code)) : nothing}
      <div class="actions">
        ${step > 0
          ? html`<button class="btn" data-variant="secondary" type="button" @click=${() => this.goto(step - 1, [])}>${m.previous}</button>`
          : nothing}
        ${!last
          ? html`<button class="btn" type="button" @click=${() => this.goto(step + 1, item ? [item] : [])}>${m.next}</button>`
          : this.form
            ? nothing
            : html`<button class="btn" type="button" ?disabled=${this.isDisabled} @click=${() => void this.submit()}>${m.submit}</button>`}
      </div>`;
  }

  private renderSection(section: SurveySection, problems: Map<string, Problem>): TemplateResult {
    const items = visibleItems(section, this._answers);
    const groups = new Map<SurveyItem, SurveyItem>();
    for (const i of section.items) if (i.type === 'group') for (const sub of i.items) groups.set(sub, i);
    let lastGroup: SurveyItem | undefined;
    return html`<section class="part" part="section" aria-labelledby="${this.uid}-sec-${section.id}">
      <h3 class="section-title" id="${this.uid}-sec-${section.id}">${section.code ? `${section.code}. ` : ''}${t(section.title, this.locale)}</h3>
      ${section.description ? html`<p class="muted">${t(section.description, this.locale)}</p>` : nothing}
      ${items.map((item) => {
        const group = groups.get(item);
        const heading = group && group !== lastGroup ? html`<h4 class="label">${t(group.text, this.locale)}</h4>` : nothing;
        lastGroup = group;
        return html`${heading}${this.renderQuestion(item, problems.get(item.code))}`;
      })}
    </section>`;
  }

  /**
   * One question, re-rendered only when something it shows changed: answering one question of a
   * long form touches that question alone, not every other one.
   */
  private renderQuestion(item: SurveyItem, problem: Problem | undefined): unknown {
    return guard(
      [
        item,
        this._definition,
        this._answers[item.code],
        problem?.kind,
        problem?.limit,
        this.locale,
        this.isDisabled,
        this.faces,
        this.askReason,
        this.kiosk && this._voice,
        this._otherOpen.has(item.code),
      ],
      () => this.renderItem(item, problem),
    );
  }

  private renderItem(item: SurveyItem, problem: Problem | undefined): TemplateResult {
    const m = surveyMessages[this.locale];
    const id = `${this.uid}-${item.code}`;
    const text = t(item.text, this.locale);
    const help = item.help ? html`<p class="help" id="${id}-help">${t(item.help, this.locale)}</p>` : nothing;
    const err = problem ? html`<p class="err" id="${id}-err">${this.problemText(problem)}</p>` : nothing;
    const describedBy = [item.help ? `${id}-help` : '', problem ? `${id}-err` : ''].filter(Boolean).join(' ') || nothing;
    const req = item.required
      ? html`<span class="req" aria-hidden="true"> *</span><span class="sr"> (${m.required})</span>`
      : nothing;
    const labelText = html`${printedCode(item.code) ? html`<span class="code">${item.code}.</span>` : nothing}${text}${req}`;
    const speakButton = this.kiosk && this._voice ? this.renderSpeak(item) : nothing;
    const disabled = this.isDisabled;
    const answer = this._answers[item.code];
    const value = answerValue(answer);
    if (item.type === 'display') return html`<p class="q" part="question">${text}</p>`;
    if (item.type === 'group') return html``;
    if (item.type === 'scale5' || item.type === 'single' || item.type === 'multiple') {
      const multiple = item.type === 'multiple';
      const options = item.type === 'scale5' ? scaleOptions(this._definition!, item) : item.options;
      const chosen = (v: unknown) => (multiple ? Array.isArray(value) && value.some((x) => String(x) === String(v)) : value !== undefined && value !== null && String(value) === String(v));
      const otherText = answerExtra(answer, 'other');
      const otherOn = item.type !== 'scale5' && item.allowOther && (this._otherOpen.has(item.code) || !!otherText);
      let first = true;
      const anchor = () => {
        const a = first;
        first = false;
        return a;
      };
      const threshold = this.reasonThreshold(item);
      const score = item.type === 'scale5' ? options.find((o) => chosen(o.value))?.score : undefined;
      const askReason = threshold !== undefined && typeof score === 'number' && score < threshold;
      return html`<fieldset
        class="q"
        part="question"
        id=${id}
        ?data-invalid=${!!problem}
        role=${ifDefined(multiple ? undefined : 'radiogroup')}
        aria-labelledby=${multiple ? nothing : `${id}-legend`}
        aria-describedby=${describedBy}
        aria-required=${ifDefined(item.required && !multiple ? 'true' : undefined)}
      >
        <legend id="${id}-legend">${labelText}</legend>
        ${speakButton} ${help} ${err}
        <div class="options${item.type === 'scale5' ? ' scale' : ''}">
          ${options.map(
            (o) => html`<label class="opt" part="option">
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name=${id}
                .value=${String(o.value)}
                .checked=${chosen(o.value)}
                ?disabled=${disabled}
                data-code=${anchor() ? item.code : nothing}
                data-for=${item.code}
                data-role=${multiple ? 'check' : 'choice'}
                aria-invalid=${ifDefined(problem ? 'true' : undefined)}
              />${item.type === 'scale5' && this.faces && typeof o.score === 'number' ? face(o.score) : nothing}${item.type === 'scale5' && typeof o.value === 'number' && o.value > 0
                ? html`<span class="num">${o.value}</span>`
                : nothing}<span>${t(o.label, this.locale)}</span>
            </label>`,
          )}
          ${item.type !== 'scale5' && item.allowOther
            ? html`<label class="opt" part="option">
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name=${id}
                  value="__other"
                  .checked=${!!otherOn && (multiple || value === undefined || value === null)}
                  ?disabled=${disabled}
                  data-for=${item.code}
                  data-code=${item.code}
                  data-role=${multiple ? 'check-other' : 'choice-other'}
                /><span>${m.otherOption}</span>
              </label>`
            : nothing}
        </div>
        ${otherOn
          ? html`<div class="sub">
              <label for="${id}-other">${m.otherLabel}</label>
              <input class="box" id="${id}-other" data-code=${item.code} data-role="other" .value=${otherText} ?disabled=${disabled} maxlength="2000" />
            </div>`
          : nothing}
        ${askReason
          ? html`<div class="sub">
              <label for="${id}-reason">${m.reasonLabel}</label>
              <textarea class="box" id="${id}-reason" data-code=${item.code} data-role="reason" .value=${answerExtra(answer, 'reason')} ?disabled=${disabled} maxlength="2000"></textarea>
            </div>`
          : nothing}
      </fieldset>`;
    }
    // Single-input items: text, long text, number, date.
    const common = {
      id: `${id}-input`,
      invalid: problem ? ('true' as const) : undefined,
    };
    const str = value === undefined || value === null ? '' : String(value);
    let control: TemplateResult;
    if (item.type === 'longtext') {
      control = html`<textarea
        class="box"
        id=${common.id}
        data-code=${item.code}
        data-role="text"
        .value=${str}
        maxlength=${ifDefined(item.maxLength)}
        ?disabled=${disabled}
        aria-invalid=${ifDefined(common.invalid)}
        aria-describedby=${describedBy}
        aria-required=${ifDefined(item.required ? 'true' : undefined)}
      ></textarea>`;
    } else if (item.type === 'number') {
      control = html`<span class="inline">
        <input
          class="box short"
          type="number"
          id=${common.id}
          data-code=${item.code}
          data-role="number"
          .value=${str}
          min=${ifDefined(item.min)}
          max=${ifDefined(item.max)}
          .step=${item.integer ? '1' : 'any'}
          inputmode=${item.integer ? 'numeric' : 'decimal'}
          ?disabled=${disabled}
          aria-invalid=${ifDefined(common.invalid)}
          aria-describedby=${describedBy}
          aria-required=${ifDefined(item.required ? 'true' : undefined)}
        />${item.unit ? html`<span>${t(item.unit, this.locale)}</span>` : nothing}
      </span>`;
    } else if (item.type === 'date') {
      control = html`<input
        class="box short"
        type="date"
        id=${common.id}
        data-code=${item.code}
        data-role="text"
        .value=${str}
        ?disabled=${disabled}
        aria-invalid=${ifDefined(common.invalid)}
        aria-describedby=${describedBy}
        aria-required=${ifDefined(item.required ? 'true' : undefined)}
      />`;
    } else {
      const mode = item.inputMode ?? 'text';
      control = html`<input
        class="box"
        type=${mode === 'tel' ? 'tel' : mode === 'email' ? 'email' : 'text'}
        inputmode=${mode}
        autocomplete=${mode === 'tel' ? 'tel' : 'off'}
        id=${common.id}
        data-code=${item.code}
        data-role="text"
        .value=${str}
        maxlength=${ifDefined(item.maxLength)}
        ?disabled=${disabled}
        aria-invalid=${ifDefined(common.invalid)}
        aria-describedby=${describedBy}
        aria-required=${ifDefined(item.required ? 'true' : undefined)}
      />`;
    }
    return html`<div class="q" part="question" id=${id} ?data-invalid=${!!problem}>
      <label class="label" for=${common.id}>${labelText}</label>
      ${speakButton} ${help} ${err} ${control}
    </div>`;
  }

  private renderSpeak(item: SurveyItem): TemplateResult {
    const m = surveyMessages[this.locale];
    return html`<div class="toolbar">
      <button class="btn" type="button" data-variant="secondary" data-speak @click=${() => this.readAloud(item)}>🔊 ${m.readAloud}</button>
    </div>`;
  }

  private readAloud(item: SurveyItem): void {
    const voice = this._voice;
    if (!voice || !speech || !this._definition) return;
    const parts = [t(item.text, this.locale)];
    if (item.type === 'scale5') parts.push(...scaleOptions(this._definition, item).map((o) => t(o.label, this.locale)));
    else if ((item.type === 'single' || item.type === 'multiple') && isAnswerable(item)) parts.push(...item.options.map((o) => t(o.label, this.locale)));
    speech.speak(parts.join('. '), voice);
  }
}

function isDraft(x: unknown): x is Draft {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<Draft>;
  return typeof d.responseId === 'string' && typeof d.startedAt === 'string' && !!d.answers && typeof d.answers === 'object';
}

function isInitial(def: SurveyDefinition, code: string): boolean {
  for (const s of def.sections) for (const i of s.items) {
    if (i.code === code) return (i as { initial?: unknown }).initial !== undefined;
    if (i.type === 'group') for (const sub of i.items) if (sub.code === code) return (sub as { initial?: unknown }).initial !== undefined;
  }
  return false;
}

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

function templateIssue(id: string): ContractIssue {
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

function unreadableIssue(): ContractIssue {
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
