/**
 * Every event an ansinh element fires, typed once here: a named detail type per event, declared in
 * `HTMLElementEventMap`, so `el.addEventListener('ansinh-submit', (e) => e.detail…)` is typed in
 * every host with no cast.
 *
 * An event name is shared by several elements (`ansinh-change` comes from a text field, a survey
 * and a care-plan editor), and `HTMLElementEventMap` holds one type per name: there the detail is
 * the union of what the elements send. Each element also declares its own event map
 * (`AnsinhSurveyEventMap`…) and types its `addEventListener` with it, so a listener added to a
 * survey gets a `SurveyResponse`, not the union. Each element re-exports the detail types it sends.
 */
import type { CarePlan } from '../contract/care-plan.js';
import type { ContractIssue } from '../contract/issues.js';
import type { LedgerEntry } from '../contract/ledger.js';
import type { SurveyResponse } from '../contract/survey.js';

/** `detail` of `ansinh-invalid`: the contract issues of the data handed to an element. */
export interface InvalidDetail {
  issues: ContractIssue[];
}

/** `detail` of a form control's `ansinh-change`: its value (checkbox group: the values checked). */
export type FieldValue = string | string[];

/**
 * `detail` of the care-plan editor's `ansinh-change`: the plan as it is being edited. Fields may
 * still be missing or fail the contract; run `parseCarePlan` before storing it as a plan.
 */
export type CarePlanDraft = Partial<CarePlan> & { readonly [field: string]: unknown };

/** `detail` of `<ansinh-resident-card interactive>`'s `ansinh-select`. */
export interface ResidentSelectDetail {
  residentId: string;
}

/** `detail` of `<ansinh-stat-chart>`'s `ansinh-select`: the point chosen. */
export interface StatSelectDetail {
  period: string;
  orgUnit: string;
  category?: string;
  /** The figure, or null when it is missing or hidden (small-count suppression). */
  value: number | null;
}

/** The identity numbers a resident card masks until someone asks to see them. */
export type RevealableField = 'citizenId' | 'healthInsuranceNumber';

/** `detail` of `ansinh-reveal`: who asked to see which number (cancel the event to refuse). */
export interface RevealDetail {
  field: RevealableField;
  residentId: string;
}

/** Why a server refused a submission, in both languages. */
export interface DeliveryError {
  code: string;
  status?: number;
  message: { vi: string; en: string };
}

/** `detail` of `ansinh-queued`, `ansinh-sent`, `ansinh-failed` and `ansinh-auth-required` (the survey's outbox). */
export interface DeliveryDetail {
  /** The response, when this page still has it (not after a reload: the outbox keeps no copy once sent). */
  response?: SurveyResponse;
  idempotencyKey: string;
  /** Present on `ansinh-failed` and `ansinh-auth-required`: what the server said. */
  error?: DeliveryError;
}

/**
 * `detail` of `ansinh-auth-required`: what the server said, and for a waiting submission its key
 * (and the response, while the page has it).
 */
export interface AuthRequiredDetail {
  error?: DeliveryError;
  idempotencyKey?: string;
  response?: SurveyResponse;
}

/** Every `ansinh-change` detail: a control's value, a survey response in progress, a plan draft. */
export type ChangeDetail = FieldValue | SurveyResponse | CarePlanDraft;
/** Every `ansinh-submit` detail: a survey response, a care plan, a ledger entry. */
export type SubmitDetail = SurveyResponse | CarePlan | LedgerEntry;
/** Every `ansinh-select` detail: a resident, or a point of a chart. */
export type SelectDetail = ResidentSelectDetail | StatSelectDetail;

declare global {
  interface HTMLElementEventMap {
    /** Data handed to an element failed the contract. */
    'ansinh-invalid': CustomEvent<InvalidDetail>;
    /** The user changed an element's value. */
    'ansinh-change': CustomEvent<ChangeDetail>;
    /** The user asked to try a failed operation again (for example the retry button of a state). */
    'ansinh-retry': CustomEvent<undefined>;
    /** The user chose an item presented as one target (a resident card, a chart point). */
    'ansinh-select': CustomEvent<SelectDetail>;
    /** The user submitted a value. Cancelable where the element says so. */
    'ansinh-submit': CustomEvent<SubmitDetail>;
    /** A person asked to see a masked identity number. Cancel it to refuse. */
    'ansinh-reveal': CustomEvent<RevealDetail>;
    /** A submission is stored on the device, waiting to be sent (durable outbox). */
    'ansinh-queued': CustomEvent<DeliveryDetail>;
    /** The server accepted a queued submission. */
    'ansinh-sent': CustomEvent<DeliveryDetail>;
    /** The server refused a submission for good (4xx), or it could not be stored. */
    'ansinh-failed': CustomEvent<DeliveryDetail>;
    /**
     * The server wants a sign-in (401, 403, a redirect to a sign-in page): a load by id stopped
     * (the element shows "sign in", with a retry), or a submission waits on the device.
     */
    'ansinh-auth-required': CustomEvent<AuthRequiredDetail>;
  }
}

/**
 * Types `addEventListener` and `removeEventListener` of one element with its own event map, so a
 * listener on a survey receives the survey's details. Merged into an element's class:
 * `export interface AnsinhSurvey extends TypedEvents<AnsinhSurveyEventMap> {}`.
 */
export interface TypedEvents<M> {
  addEventListener<K extends keyof M>(
    type: K,
    listener: (this: HTMLElement, ev: M[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof M>(
    type: K,
    listener: (this: HTMLElement, ev: M[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
