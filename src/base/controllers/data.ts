import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataSourceContext } from '../context.js';
import type { DataSource, RequestOptions } from '../../data/source.js';

import type { LoadState } from './load-state.js';
import { signalAuthRequired } from './auth.js';
import { isUnreachable, recallRead, rememberRead } from './last-read.js';

export type { LoadState };

/** The DataSource method that reads one record, or undefined when the source has none. */
export type RecordReader = (source: DataSource) => ((id: string, options: RequestOptions) => Promise<unknown>) | undefined;

export interface DataControllerOptions {
  /** Picks the reading method, e.g. `(s) => s.getResident?.bind(s)`. */
  read: RecordReader;
  /** Hands a loaded record to the element, which validates it (the contract boundary). */
  accept: (value: unknown) => void;
  /** Clears what the element shows when a new load starts. */
  reset?: () => void;
  /**
   * Load again when the provider hands down another source for the same id (default true). An
   * editor says false: a portal that renews its source (a new token) must not throw away edits.
   */
  reloadOnNewSource?: boolean;
  /**
   * What kind of record this reads (`resident`, `care-plan`, `dataset`…). With it, what was last
   * read for a key is remembered for this page (in memory only: nothing personal is written to the
   * device), and shown, labelled offline, when the source cannot be reached.
   */
  kind?: string;
}

/** What connected data paths do when the browser is back online: one window listener for all. */
const onlineWatchers = new Set<() => void>();
function notifyOnline(): void {
  for (const watcher of [...onlineWatchers]) watcher();
}

/**
 * The one data path every element takes when it loads by id (`resident-id`, `plan-id`,
 * `survey-id`, `dataset-id`…) through the nearest `<ansinh-provider>`:
 *
 * - the provider's DataSource arrives through @lit/context, asked for only once an id is set, so
 *   an element given its data as a property never looks for a provider;
 * - a changed id or source starts a new request and aborts the old one (AbortSignal), and an
 *   answer to an older request never overwrites a newer one;
 * - leaving the page aborts a request in flight; coming back loads again;
 * - the same states everywhere (`LoadState`), so every element renders loading, not found,
 *   error with retry, and no source alike; a 401/403 also fires `ansinh-auth-required`.
 */
export class DataController implements ReactiveController {
  #state: LoadState = 'idle';
  #error: unknown;
  #consumer?: ContextConsumer<typeof dataSourceContext, ReactiveControllerHost & HTMLElement>;
  #abort?: AbortController;
  #loadedKey?: string;
  #loadedSource?: DataSource;
  #handed = false;
  #offlineSince?: number;
  #onOnline = (): void => {
    if (this.#state === 'offline' || (this.#state === 'error' && isUnreachable(this.#error))) this.reload();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  /** Where the data stands. */
  get state(): LoadState {
    return this.#state;
  }

  /** Why the last load failed (a DataSourceError, or whatever the source threw). */
  get error(): unknown {
    return this.#error;
  }

  /** True when a retry can help (not for a source that lacks the method). */
  get canRetry(): boolean {
    return this.#state === 'error' || this.#state === 'offline';
  }

  /** The kind of the source last asked (`rest`, `fhir`, `memory`…). */
  get sourceKind(): string | undefined {
    return this.#loadedSource?.kind;
  }

  /** In the offline state: when the data shown was read (ms since the epoch). */
  get offlineSince(): number | undefined {
    return this.#state === 'offline' ? this.#offlineSince : undefined;
  }

  hostConnected(): void {
    // Back online: an element showing old data, or the "no connection" error, reads again.
    onlineWatchers.add(this.#onOnline);
    if (onlineWatchers.size === 1) globalThis.addEventListener?.('online', notifyOnline);
  }

  hostDisconnected(): void {
    onlineWatchers.delete(this.#onOnline);
    if (onlineWatchers.size === 0) globalThis.removeEventListener?.('online', notifyOnline);
    // A later reconnection loads again; an answer arriving meanwhile is ignored.
    if (this.#state === 'loading') {
      this.#abort?.abort();
      this.#abort = undefined;
      this.#loadedKey = undefined;
    }
  }

  /**
   * The element's data property was set: a value (not null or undefined) means the host handed
   * the data in, so nothing is loaded by id, and a request in flight is aborted at once (its
   * answer must never overwrite what the host gave); null or undefined hands loading back.
   */
  hand(value: unknown): void {
    this.#handed = value !== undefined && value !== null;
    if (!this.#handed) {
      this.#loadedKey = undefined;
      return;
    }
    this.#abort?.abort();
    this.#abort = undefined;
    this.#loadedKey = undefined;
    if (this.#state !== 'idle') this.#set('idle');
  }

  /**
   * Call from the element's `willUpdate`: loads `key` unless the host handed the data in or there
   * is no key. Does nothing when the key and the source are those already loaded.
   */
  sync(key: string | undefined): void {
    if (this.#handed || !key) {
      if (this.#state !== 'idle' || this.#abort) {
        this.#abort?.abort();
        this.#abort = undefined;
        this.#set('idle');
      }
      this.#loadedKey = undefined;
      return;
    }
    this.#consumer ??= new ContextConsumer(this.host, {
      context: dataSourceContext,
      subscribe: true,
      callback: () => this.host.requestUpdate(),
    });
    const newSource = this.#consumer.value !== this.#loadedSource;
    if (key !== this.#loadedKey || (newSource && this.options.reloadOnNewSource !== false)) this.#load(key);
  }

  /** Loads the same key again (the retry button). */
  reload(): void {
    this.#loadedKey = undefined;
    this.host.requestUpdate();
  }

  #set(state: LoadState, error?: unknown): void {
    this.#state = state;
    this.#error = error;
    this.host.requestUpdate();
  }

  #load(key: string): void {
    const source = this.#consumer?.value;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#loadedKey = key;
    this.#loadedSource = source;
    this.options.reset?.();
    if (!source) return this.#set('no-source');
    const read = this.options.read(source);
    if (!read) return this.#set('unsupported');
    const abort = new AbortController();
    this.#abort = abort;
    this.#set('loading');
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(read(key, { signal: abort.signal }));
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (data) => {
        if (this.#abort !== abort) return;
        this.#abort = undefined;
        if (data === undefined || data === null) return this.#set('not-found');
        if (this.options.kind) rememberRead(source, `${this.options.kind}:${key}`, data);
        this.options.accept(data);
        this.#set('loaded');
      },
      (err: unknown) => {
        if (this.#abort !== abort) return;
        this.#abort = undefined;
        const last = this.options.kind && isUnreachable(err) ? recallRead(source, `${this.options.kind}:${key}`) : undefined;
        if (last) {
          this.#offlineSince = last.at;
          this.options.accept(last.value);
          return this.#set('offline', err);
        }
        this.#set('error', err);
        signalAuthRequired(this.host, err);
      },
    );
  }
}
