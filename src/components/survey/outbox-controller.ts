import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnsinhElement } from '../../base/ansinh-element.js';
import type { DeliveryDetail } from '../../base/events.js';
import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';
import type { Outbox, OutboxItem } from '../../data/outbox.js';
import { toFhir } from './fhir-bridge.js';
import type { SurveySendState } from './view-model.js';

/** The sending half (outbox, IndexedDB, HTTP), loaded with the first survey that has an endpoint. */
const loadDelivery = () => import('./delivery.js');

/** What the controller reads from the survey: where and how to send, and how to tell the page. */
export interface OutboxHost extends ReactiveControllerHost, Pick<AnsinhElement, 'emit' | 'isConnected'> {
  readonly endpoint: string;
  readonly outbox?: Outbox | undefined;
  readonly dbName: string;
  readonly format: 'json' | 'fhir';
}

/**
 * The survey's side of the durable outbox: puts a submitted response in it, listens to it while the
 * survey is on the page, and keeps where this respondent's response stands (`sendState`) and how
 * many responses to the same endpoint still wait (`waiting`). Fires `ansinh-queued`, `ansinh-sent`
 * and `ansinh-failed` from the host.
 */
export class OutboxController implements ReactiveController {
  #sendState: SurveySendState = 'idle';
  #waiting = 0;
  /** Responses this survey put in the outbox that are not settled yet, by idempotency key. */
  readonly #mine = new Map<string, SurveyResponse>();
  #listening?: Outbox | undefined;
  #listenRequest = 0;

  constructor(private readonly host: OutboxHost) {
    host.addController(this);
  }

  /** Where the last submitted response stands. */
  get sendState(): SurveySendState {
    return this.#sendState;
  }

  /** Responses to this endpoint still waiting in the outbox. */
  get waiting(): number {
    return this.#waiting;
  }

  hostConnected(): void {
    void this.listen();
  }

  hostDisconnected(): void {
    this.#listenRequest++;
    this.stopListening();
  }

  /** Stores the response in the outbox (as FHIR with `format="fhir"`), which sends it when it can. */
  async deliver(response: SurveyResponse, def: SurveyDefinition): Promise<void> {
    const host = this.host;
    this.#mine.set(response.id, response);
    // The thank-you screen must not show the previous response's "Đã gửi" while this one is stored.
    this.setState('idle');
    try {
      const payload = host.format === 'fhir' ? await toFhir(response, def) : response;
      const outbox = await this.currentOutbox();
      await this.listen();
      const item = await outbox.enqueue(payload, { endpoint: host.endpoint, idempotencyKey: response.id, format: host.format });
      // The outbox may already have sent it (or asked for sign-in) while we awaited the write: the
      // sent handler then took it out of #mine and set the state; otherwise it is queued.
      if (item.state === 'sent') this.setState('sent');
      else if (this.#mine.has(response.id) && this.#sendState === 'idle') this.setState('queued');
      host.emit('ansinh-queued', { response, idempotencyKey: response.id });
    } catch (error) {
      this.#mine.delete(response.id);
      this.setState('failed');
      const { errorDetail } = await loadDelivery();
      host.emit('ansinh-failed', { response, idempotencyKey: response.id, error: errorDetail(error) });
    }
    void this.refreshWaiting();
  }

  /** Listens to the current outbox (again, after `endpoint`, `outbox` or `db-name` changed). */
  async listen(): Promise<void> {
    const request = ++this.#listenRequest;
    if (!this.host.endpoint) {
      this.stopListening();
      return;
    }
    const outbox = await this.currentOutbox();
    // Settings changed or the element left the page while the outbox loaded.
    if (request !== this.#listenRequest || !this.host.endpoint || !this.host.isConnected) return;
    if (this.#listening === outbox) return;
    this.stopListening();
    this.#listening = outbox;
    outbox.addEventListener('sent', this.onSent);
    outbox.addEventListener('failed', this.onFailed);
    outbox.addEventListener('auth-required', this.onAuthRequired);
    outbox.addEventListener('change', this.onChange);
    void this.refreshWaiting();
  }

  /** The outbox to send through: the one set, else the page's shared one (loaded on demand). */
  private async currentOutbox(): Promise<Outbox> {
    if (this.host.outbox) return this.host.outbox;
    const { sharedOutbox } = await loadDelivery();
    return sharedOutbox(this.host.dbName);
  }

  private stopListening(): void {
    const outbox = this.#listening;
    if (!outbox) return;
    outbox.removeEventListener('sent', this.onSent);
    outbox.removeEventListener('failed', this.onFailed);
    outbox.removeEventListener('auth-required', this.onAuthRequired);
    outbox.removeEventListener('change', this.onChange);
    this.#listening = undefined;
  }

  private setState(state: SurveySendState): void {
    if (state === this.#sendState) return;
    this.#sendState = state;
    this.host.requestUpdate();
  }

  private onSent = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.host.endpoint) return;
    const response = this.#mine.get(item.idempotencyKey);
    if (response) {
      this.#mine.delete(item.idempotencyKey);
      if (this.#mine.size === 0) this.setState('sent');
    }
    this.host.emit('ansinh-sent', { ...(response ? { response } : {}), idempotencyKey: item.idempotencyKey });
    void this.refreshWaiting();
  };

  private onFailed = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.host.endpoint) return;
    const response = this.#mine.get(item.idempotencyKey);
    if (response) this.setState('failed');
    this.#mine.delete(item.idempotencyKey);
    this.host.emit('ansinh-failed', deliveryDetail(item, response));
    void this.refreshWaiting();
  };

  private onAuthRequired = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.host.endpoint) return;
    const response = this.#mine.get(item.idempotencyKey);
    if (response) this.setState('sign-in');
    this.host.emit('ansinh-auth-required', deliveryDetail(item, response));
  };

  private onChange = (e: CustomEvent<{ item: OutboxItem }>): void => {
    const item = e.detail.item;
    if (item.endpoint !== this.host.endpoint || !this.#mine.has(item.idempotencyKey)) return;
    if (item.state === 'sending' && this.#sendState === 'queued') this.setState('sending');
    if (item.state === 'pending' && this.#sendState === 'sending') this.setState('queued');
  };

  private async refreshWaiting(): Promise<void> {
    const outbox = this.#listening;
    if (!outbox) return;
    let waiting: number;
    try {
      const items = await outbox.list();
      waiting = items.filter((i) => i.endpoint === this.host.endpoint && (i.state === 'pending' || i.state === 'sending')).length;
    } catch {
      waiting = 0;
    }
    if (waiting !== this.#waiting) {
      this.#waiting = waiting;
      this.host.requestUpdate();
    }
  }
}

/** What `ansinh-failed` and `ansinh-auth-required` tell the page about an item. */
function deliveryDetail(item: OutboxItem, response: SurveyResponse | undefined): DeliveryDetail {
  const error = item.error;
  return {
    ...(response ? { response } : {}),
    idempotencyKey: item.idempotencyKey,
    ...(error ? { error: { code: error.code, ...(error.status !== undefined ? { status: error.status } : {}), message: error.message } } : {}),
  };
}
