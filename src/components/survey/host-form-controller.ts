import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';
import type { Lang } from '../../i18n/lang.js';
import { surveyMessages } from './messages.js';
import type { Answers, Problem } from './model.js';
import { itemLabel, problemText, validityFlags } from './view-model.js';

/** What the form value and validity are computed from. */
export interface FormInputs {
  definition: SurveyDefinition | undefined;
  answers: Answers;
  lang: Lang;
  disabled: boolean;
  required: boolean;
  kiosk: boolean;
  responseId: string;
}

export interface HostFormOptions {
  inputs: () => FormInputs;
  /** The response as it would be submitted now. */
  response: () => SurveyResponse | undefined;
  /** Problems of every shown item. */
  problems: () => Problem[];
  /** The element the browser points at for a problem of item `code`, once rendered. */
  anchor: (code: string) => HTMLElement | null | undefined;
  /** The host form is being submitted with the survey's JSON. */
  submitted: () => void;
}

/**
 * The survey as a control of a host `<form>`: gives the form the response (JSON) and its validity
 * with a localised message anchored on the first problem's question, and hears the form's submit.
 */
export class HostFormController implements ReactiveController {
  /** What the form value and validity were last computed from; see `sync`. */
  #synced: unknown[] = [];
  #form: HTMLFormElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly form: HTMLFormElement | null },
    private readonly internals: ElementInternals,
    private readonly options: HostFormOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach(this.host.form);
    this.sync();
  }

  hostDisconnected(): void {
    this.attach(null);
  }

  hostUpdated(): void {
    this.sync(undefined, true);
  }

  /** The form the survey now belongs to (from `formAssociatedCallback`). */
  attach(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.onSubmit);
  }

  /**
   * Gives the host form the response and the validity. `current` is the response just built for
   * the same answers (status aside), so an answer builds it once. After a render it runs again
   * only when something it depends on changed, or a problem's question had no element to point to.
   */
  sync(current?: SurveyResponse, afterRender = false): void {
    const { definition: def, answers, lang, disabled, required, kiosk, responseId } = this.options.inputs();
    const inputs = [def, answers, lang, disabled, required, kiosk, responseId];
    if (afterRender && inputs.every((v, i) => v === this.#synced[i])) return;
    this.#synced = inputs;
    const internals = this.internals;
    if (!def) {
      internals.setFormValue(null);
      internals.setValidity({});
      return;
    }
    const response = current ? { ...current, status: 'completed' as const } : this.options.response();
    internals.setFormValue(disabled ? null : JSON.stringify(response), JSON.stringify({ id: responseId, answers }));
    if (disabled) {
      internals.setValidity({});
      return;
    }
    const first = this.options.problems()[0];
    const nothingAnswered = required && Object.keys(response?.answers ?? {}).length === 0 && !response?.contact;
    if (!first && !nothingAnswered) {
      internals.setValidity({});
      return;
    }
    const anchor = (first && this.options.anchor(first.code)) || undefined;
    if (first && !anchor) this.#synced = []; // Point at the question once it is rendered.
    const message = first ? `${itemLabel(def, first.code, lang)}: ${problemText(first, lang)}` : surveyMessages[lang].errRequired;
    if (anchor) internals.setValidity(validityFlags(first), message, anchor);
    else internals.setValidity(validityFlags(first), message);
  }

  private onSubmit = (): void => this.options.submitted();
}
