import type { IDBPDatabase } from 'idb';
import { DEFAULT_DB_NAME, openAnsinhDB, type AnsinhDB } from './db.js';
import { DataSourceError, storageError } from './errors.js';
import { defaultTransport, toSerialized, type OutboxTransport } from './outbox-transport.js';
import { HttpClient, type HttpClientOptions } from './http.js';
import { newId } from './ids.js';

import type { OutboxFormat, OutboxItem, OutboxState } from './outbox-item.js';

export type { OutboxTransport };
export type { OutboxFormat, OutboxItem, OutboxState };

export interface EnqueueOptions {
  /** Where to POST (absolute, or relative to the page / `http.baseUrl`). */
  endpoint: string;
  /** Reuse one you already showed or stored; a fresh UUID otherwise. Enqueuing a key twice returns the first item. */
  idempotencyKey?: string;
  format?: OutboxFormat;
}

/**
 * Sends one item. Resolve with the server's answer when it was accepted. Reject with a
 * DataSourceError whose `retryable` is false (4xx) to give the item up; anything else is retried.
 * A sign-in failure (401, 403, a redirect to a sign-in page) and a 2xx that is not the contract's
 * answer keep the item queued.
 */

export interface OutboxOptions {
  /** IndexedDB database (shared with IndexedDbSource). Default `ansinh`. */
  dbName?: string;
  /** Custom sender; default POSTs JSON with fetch and an `Idempotency-Key` header. */
  transport?: OutboxTransport;
  /** Options of the default transport (base URL, headers, credentials, timeout). */
  http?: Omit<HttpClientOptions, 'retry' | 'source'>;
  /** Backoff after a failed attempt: base delay doubling up to the maximum. Default 1 s to 5 min. */
  retry?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Also try again on this interval (ms). Default 30 s; 0 turns it off. */
  intervalMs?: number;
  /** Send on construction, on `online` and on timers. Default true; false means only `flush()` sends. */
  auto?: boolean;
  /** Keep payload and server answer of sent items. Default false. */
  keepSentPayload?: boolean;
  /** How long a claim on an item lasts when Web Locks are unavailable. Default: timeout + 30 s. */
  leaseMs?: number;
}

export interface OutboxFlushResult {
  /** Sent by this flush. */
  sent: number;
  /** Given up by this flush (4xx). */
  failed: number;
  /** Still waiting afterwards. */
  pending: number;
}

export interface OutboxEventMap {
  queued: CustomEvent<{ item: OutboxItem }>;
  sent: CustomEvent<{ item: OutboxItem }>;
  failed: CustomEvent<{ item: OutboxItem }>;
  /**
   * The server wants a sign-in (401, 403, or it redirected to a sign-in page): the item stays
   * queued and is sent once the session is back. Show the person a way to sign in.
   */
  'auth-required': CustomEvent<{ item: OutboxItem }>;
  /** Any state change, including ones made by another tab. */
  change: CustomEvent<{ item: OutboxItem }>;
  /** A background flush could not use storage. */
  error: CustomEvent<{ error: DataSourceError }>;
}

/**
 * A durable queue of submissions (survey answers, ledger entries) for pages that must not lose
 * them: bedside tablets on hospital Wi-Fi, kiosks, field visits.
 *
 * - `enqueue()` resolves only after the item is in IndexedDB, before any attempt to send.
 * - Items are sent one at a time in queue order. Network errors, timeouts and 5xx leave the item
 *   pending with exponential backoff (it is never dropped); a 4xx marks it `failed` with the
 *   error, and the queue moves on.
 * - Sending resumes by itself on construction (a reload or a new visit), on the `online` event,
 *   and on a timer.
 * - Tabs coordinate through a Web Lock (one sender per database at a time) and an atomic claim in
 *   IndexedDB; this client never sends an item after it was marked sent. If a tab dies between
 *   the server's answer and marking the item, the item is sent again with the same
 *   Idempotency-Key, so the server can apply it once.
 */
export class Outbox extends EventTarget {
  readonly dbName: string;
  private readonly options: OutboxOptions;
  private readonly transport: OutboxTransport;
  private readonly backoffBase: number;
  private readonly backoffMax: number;
  private readonly leaseMs: number;
  private readonly instanceId = newId();
  private connection: Promise<IDBPDatabase<AnsinhDB>> | undefined;
  private flushing: Promise<OutboxFlushResult> | undefined;
  private again = false;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private intervalTimer: ReturnType<typeof setInterval> | undefined;
  private readonly inFlight = new Set<AbortController>();
  private readonly channel: BroadcastChannel | undefined;
  private forceNext = false;
  // Connectivity just came back: try now, whatever the backoff said.
  private readonly onOnline = (): void => this.kick(true);

  constructor(options: OutboxOptions = {}) {
    super();
    this.options = options;
    this.dbName = options.dbName ?? DEFAULT_DB_NAME;
    this.backoffBase = options.retry?.baseDelayMs ?? 1000;
    this.backoffMax = options.retry?.maxDelayMs ?? 5 * 60_000;
    const http = new HttpClient({ ...options.http, retry: { maxAttempts: 1 }, source: 'outbox' });
    this.leaseMs = options.leaseMs ?? http.timeoutMs + 30_000;
    this.transport = options.transport ?? defaultTransport(http);
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`ansinh-outbox:${this.dbName}`);
      this.channel.onmessage = (e: MessageEvent<{ item: OutboxItem }>) => this.emit('change', e.data.item, false);
    }
    if (options.auto ?? true) {
      globalThis.addEventListener?.('online', this.onOnline);
      const every = options.intervalMs ?? 30_000;
      if (every > 0) this.intervalTimer = setInterval(() => this.kick(), every);
      this.kick();
    }
  }

  // Typed listeners: `outbox.addEventListener('sent', (e) => e.detail.item)`.
  override addEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: (event: OutboxEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: unknown, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }

  override removeEventListener<K extends keyof OutboxEventMap>(
    type: K,
    listener: (event: OutboxEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: unknown, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }

  /** Stores a submission; resolves with the stored item once it is safe in IndexedDB. */
  async enqueue(payload: unknown, options: EnqueueOptions): Promise<OutboxItem> {
    if (this.closed) throw new DataSourceError({ code: 'unsupported', source: 'outbox', detail: 'Outbox is closed.' });
    const item = await this.guard(async () => {
      const db = await this.open();
      const now = new Date().toISOString();
      const key = options.idempotencyKey ?? newId();
      const tx = db.transaction('outbox', 'readwrite');
      const existing = await tx.store.index('idempotencyKey').get(key);
      if (existing) {
        await tx.done;
        return { item: existing, isNew: false };
      }
      const fresh: Omit<OutboxItem, 'seq'> = {
        endpoint: options.endpoint,
        format: options.format ?? 'json',
        idempotencyKey: key,
        payload,
        state: 'pending',
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      };
      const seq = await tx.store.add(fresh as OutboxItem);
      await tx.done;
      return { item: { ...fresh, seq } as OutboxItem, isNew: true };
    });
    if (item.isNew) {
      this.emit('queued', item.item);
      this.emit('change', item.item);
    }
    if (this.options.auto ?? true) this.kick();
    return item.item;
  }

  /** Every item in queue order, with its state. */
  list(): Promise<OutboxItem[]> {
    return this.guard(async () => (await this.open()).getAll('outbox'));
  }

  /**
   * Sends what is due, in order. Concurrent calls share one run. `force` sends now even if the
   * first item is still waiting out its backoff (e.g. a "Send now" button).
   */
  flush(options: { force?: boolean } = {}): Promise<OutboxFlushResult> {
    if (options.force) this.forceNext = true;
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    const run = this.run().catch((error: unknown) => {
      throw storageError('outbox', error);
    });
    this.flushing = run;
    return run;
  }

  /** Resolves when no flush is running. */
  async whenIdle(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
  }

  /** Puts a failed item back in the queue (e.g. after the person corrected the server's complaint). */
  async retry(seq: number): Promise<OutboxItem | undefined> {
    const item = await this.update(seq, (i) => {
      if (i.state !== 'failed') return undefined;
      const next: OutboxItem = { ...i, state: 'pending', updatedAt: new Date().toISOString() };
      delete next.nextAttemptAt;
      return next;
    });
    if (item) {
      this.emit('change', item);
      if (this.options.auto ?? true) this.kick();
    }
    return item;
  }

  /** Removes an item that is not being sent right now. */
  async remove(seq: number): Promise<boolean> {
    return this.guard(async () => {
      const tx = (await this.open()).transaction('outbox', 'readwrite');
      const item = await tx.store.get(seq);
      if (!item || item.state === 'sending') {
        await tx.done;
        return false;
      }
      await tx.store.delete(seq);
      await tx.done;
      return true;
    });
  }

  /** Deletes the records of sent items. */
  async clearSent(): Promise<number> {
    return this.guard(async () => {
      const tx = (await this.open()).transaction('outbox', 'readwrite');
      const keys = await tx.store.index('state').getAllKeys('sent');
      await Promise.all(keys.map((k) => tx.store.delete(k)));
      await tx.done;
      return keys.length;
    });
  }

  /**
   * Stops timers and listeners and abandons a send in progress (the item goes back to pending
   * and is sent again, with the same key, by the next Outbox on this database).
   */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.intervalTimer);
    globalThis.removeEventListener?.('online', this.onOnline);
    for (const c of this.inFlight) c.abort();
    await this.whenIdle();
    this.channel?.close();
    const c = this.connection;
    this.connection = undefined;
    if (c) (await c.catch(() => undefined))?.close();
  }

  /** Flush in the background; storage failures become an `error` event. */
  private kick(force = false): void {
    if (this.closed) return;
    this.flush({ force }).catch((error: unknown) => {
      this.dispatchEvent(new CustomEvent('error', { detail: { error: storageError('outbox', error) } }));
    });
  }

  private async run(): Promise<OutboxFlushResult> {
    const result: OutboxFlushResult = { sent: 0, failed: 0, pending: 0 };
    try {
      for (;;) {
        this.again = false;
        let force = this.forceNext;
        this.forceNext = false;
        await this.withLock(async (exclusive) => {
          for (;;) {
            if (this.closed) return;
            const claim = await this.claimNext(exclusive, force);
            force = false;
            if (claim.kind === 'none') return;
            if (claim.kind === 'wait') {
              this.scheduleRetry(claim.at);
              return;
            }
            const outcome = await this.send(claim.item);
            if (outcome === 'sent') result.sent++;
            else if (outcome === 'failed') result.failed++;
            else return; // retry later (timer set) or closing
          }
        });
        if (!this.closed) {
          result.pending = (await (await this.open()).getAllKeysFromIndex('outbox', 'state', 'pending')).length;
        }
        // Checked and cleared with no await in between: a flush() requested during this run
        // either set `again` (and gets another pass) or starts a run of its own.
        if (!this.again || this.closed) {
          this.flushing = undefined;
          return result;
        }
      }
    } catch (error) {
      this.flushing = undefined;
      throw error;
    }
  }

  /** One sender per database across tabs: a Web Lock where available (all current browsers). */
  private async withLock(work: (exclusive: boolean) => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return work(false);
    await locks.request(`ansinh-outbox:${this.dbName}`, () => work(true));
  }

  /**
   * Atomically takes the first unsent item: marks it `sending`, owned by this instance. Items are
   * strictly ordered, so a first item that must wait makes the whole queue wait.
   */
  private async claimNext(
    exclusive: boolean,
    force: boolean,
  ): Promise<{ kind: 'none' } | { kind: 'wait'; at: number } | { kind: 'send'; item: OutboxItem }> {
    const db = await this.open();
    const tx = db.transaction('outbox', 'readwrite');
    const index = tx.store.index('state');
    const [pending, sending] = await Promise.all([index.getAll('pending'), index.getAll('sending')]);
    const now = Date.now();
    // Holding the lock, no one else can be sending: a `sending` item was left by a closed or crashed tab.
    const stale = sending.filter((i) => exclusive || (i.leaseUntil ?? 0) < now);
    const candidates = [...pending, ...stale].sort((a, b) => a.seq - b.seq);
    const blocked = sending.filter((i) => !stale.includes(i));
    const first = candidates[0];
    if (!first || blocked.some((b) => b.seq < first.seq)) {
      await tx.done;
      return first ? { kind: 'wait', at: now + 1000 } : { kind: 'none' };
    }
    if (!force && first.state === 'pending' && (first.nextAttemptAt ?? 0) > now) {
      await tx.done;
      return { kind: 'wait', at: first.nextAttemptAt! };
    }
    const claimed: OutboxItem = {
      ...first,
      state: 'sending',
      claimedBy: this.instanceId,
      leaseUntil: now + this.leaseMs,
      updatedAt: new Date(now).toISOString(),
    };
    await tx.store.put(claimed);
    await tx.done;
    this.emit('change', claimed);
    return { kind: 'send', item: claimed };
  }

  private async send(item: OutboxItem): Promise<'sent' | 'failed' | 'later'> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    let response: unknown;
    let error: unknown;
    let ok = false;
    try {
      response = await this.transport(item, controller.signal);
      ok = true;
    } catch (e) {
      error = e;
    } finally {
      this.inFlight.delete(controller);
    }
    const dse = error instanceof DataSourceError ? error : undefined;
    // Delivered means the server's answer was the contract's success. A 2xx that is not (an HTML
    // page, a body that is not JSON) proves nothing: the item stays queued and is sent again with
    // the same key, which the server applies once. So does an item the server wants a sign-in
    // for (401, 403, a redirect to a sign-in page): it waits, and `auth-required` says so.
    const held = !!dse && (dse.needsSignIn || (dse.code === 'invalid_response' && dse.status !== undefined && dse.status < 300));
    const now = Date.now();
    const stamp = new Date(now).toISOString();
    const attempts = item.attempts + 1;
    const keep = this.options.keepSentPayload ?? false;

    let outcome: 'sent' | 'failed' | 'later';
    const next = await this.update(item.seq, (current) => {
      if (current.state !== 'sending' || current.claimedBy !== this.instanceId) return undefined;
      const base: OutboxItem = { ...current, attempts, updatedAt: stamp };
      delete base.leaseUntil;
      delete base.claimedBy;
      if (ok) {
        outcome = 'sent';
        const sent: OutboxItem = { ...base, state: 'sent', sentAt: stamp };
        delete sent.error;
        delete sent.nextAttemptAt;
        if (keep) {
          if (response !== undefined) sent.response = response;
        } else {
          delete sent.payload;
        }
        return sent;
      }
      const serialized = toSerialized(error);
      if (dse && !dse.retryable && !held && dse.code !== 'aborted') {
        outcome = 'failed';
        return { ...base, state: 'failed', error: serialized };
      }
      outcome = 'later';
      const aborted = dse?.code === 'aborted' || controller.signal.aborted;
      const pending: OutboxItem = { ...base, state: 'pending', error: serialized };
      if (aborted) {
        pending.attempts = item.attempts;
        delete pending.nextAttemptAt;
      } else {
        // A server's Retry-After (429, 503) is waited for in full.
        const retryAfter = (dse as (DataSourceError & { retryAfterMs?: number }) | undefined)?.retryAfterMs ?? 0;
        pending.nextAttemptAt = now + Math.max(this.backoff(attempts), retryAfter);
      }
      return pending;
    });
    if (!next) return 'later';
    outcome ??= 'later';
    if (outcome === 'sent') this.emit('sent', next);
    if (outcome === 'failed') this.emit('failed', next);
    if (outcome === 'later' && dse?.needsSignIn) this.emit('auth-required', next);
    this.emit('change', next);
    if (outcome === 'later' && next.nextAttemptAt !== undefined) this.scheduleRetry(next.nextAttemptAt);
    return outcome;
  }

  private backoff(attempts: number): number {
    const ceiling = Math.min(this.backoffMax, this.backoffBase * 2 ** (attempts - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  private scheduleRetry(at: number): void {
    if (this.closed || !(this.options.auto ?? true)) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.kick(), Math.max(0, at - Date.now()));
  }

  private async update(seq: number, change: (item: OutboxItem) => OutboxItem | undefined): Promise<OutboxItem | undefined> {
    return this.guard(async () => {
      const tx = (await this.open()).transaction('outbox', 'readwrite');
      const current = await tx.store.get(seq);
      const next = current ? change(current) : undefined;
      if (next) await tx.store.put(next);
      await tx.done;
      return next;
    });
  }

  private emit(type: 'queued' | 'sent' | 'failed' | 'change' | 'auth-required', item: OutboxItem, broadcast = true): void {
    this.dispatchEvent(new CustomEvent(type, { detail: { item } }));
    if (broadcast && type === 'change' && !this.closed) this.channel?.postMessage({ item });
  }

  private open(): Promise<IDBPDatabase<AnsinhDB>> {
    this.connection ??= openAnsinhDB(this.dbName, () => {
      this.connection = undefined;
    });
    return this.connection;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw storageError('outbox', e);
    }
  }
}
