import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataSourceContext } from '../../base/context.js';
import { signalAuthRequired } from '../../base/controllers/auth.js';
import { isUnreachable, recallRead, rememberRead } from '../../base/controllers/last-read.js';
import type { DataSource, LedgerQuery } from '../../data/source.js';

/** Where a ledger read from the provider stands. `offline`: the last ledger this page read is shown. */
export type LedgerSourceState = 'idle' | 'loading' | 'streaming' | 'loaded' | 'error' | 'offline' | 'unsupported';


export interface LedgerSourceOptions {
  /** The fund to show (`fund-id`), or '' for the whole ledger. */
  fundId: () => string;
  /** The first page: shown at once; `last` when it is the whole ledger. */
  first(items: unknown[], info: { total?: number; last: boolean; whole: boolean }): void;
  /** A further page; `last` when no more follow. */
  next(items: unknown[], last: boolean): void;
  funds(funds: unknown[]): void;
  disclosure(disclosure: unknown): void;
}

/**
 * The ledger's entries from the nearest `<ansinh-provider>` when none are handed in: page by page
 * (`pageLedgerEntries`, the first page painted at once) or as one list (`listLedgerEntries`), with
 * the funds and the latest disclosure. A new source or fund, entries handed in, or leaving the page
 * aborts the reading; a late page of an older reading is dropped.
 */
export class LedgerSourceController implements ReactiveController {
  state: LedgerSourceState = 'idle';
  error: unknown;
  #offlineSince: number | undefined;
  #onOnline = (): void => {
    if (this.state === 'offline' || (this.state === 'error' && isUnreachable(this.error))) this.reload();
  };
  #consumer: ContextConsumer<typeof dataSourceContext, ReactiveControllerHost & HTMLElement>;
  #abort?: AbortController;
  #key?: string;
  #source?: DataSource;
  #handed = false;
  #companions: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LedgerSourceOptions,
  ) {
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: dataSourceContext, subscribe: true, callback: () => host.requestUpdate() });
  }

  /** Settles when the funds and the disclosure of the latest reading have arrived, or failed to. */
  get companions(): Promise<void> {
    return this.#companions;
  }

  /** In the offline state: when the ledger shown was read. */
  get offlineSince(): number | undefined {
    return this.state === 'offline' ? this.#offlineSince : undefined;
  }

  /** Reading failed or went offline: the retry button can read again. */
  get canRetry(): boolean {
    return this.state === 'error' || this.state === 'offline';
  }

  /** The kind of the provider's source (`rest`, `fhir`…). */
  get sourceKind(): string | undefined {
    return this.#source?.kind;
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#stop();
    this.#key = undefined;
  }

  /** Entries were handed in (or taken back with null/undefined). */
  hand(value: unknown): void {
    this.#handed = value !== undefined && value !== null;
    if (this.#handed) this.#stop();
    this.#key = undefined;
  }

  /** Call from `willUpdate`: reads the ledger when there is a source with ledger methods and nothing was handed in. */
  sync(): void {
    const source = this.#consumer.value;
    if (this.#handed || !source) {
      if (this.state !== 'idle') this.#stop();
      return;
    }
    if (!(source.pageLedgerEntries || source.listLedgerEntries)) {
      // A provider whose source keeps no ledger (a FHIR server): said, never an empty ledger.
      if (this.#source !== source || this.state !== 'unsupported') {
        this.#stop();
        this.#source = source;
        this.#key = undefined;
        this.#set('unsupported');
      }
      return;
    }
    const key = this.options.fundId();
    if (key === this.#key && source === this.#source) return;
    this.#key = key;
    this.#source = source;
    void this.#read(source, key);
  }

  /** Reads again (the retry button). */
  reload(): void {
    this.#key = undefined;
    this.host.requestUpdate();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#set('idle');
  }

  #set(state: LedgerSourceState, error?: unknown): void {
    this.state = state;
    this.error = error;
    this.host.requestUpdate();
  }

  async #read(source: DataSource, fundId: string): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const signal = abort.signal;
    const live = () => this.#abort === abort;
    this.#set('loading');
    // Funds and the disclosure come along; a source without them is fine.
    this.#companions = Promise.all([
      source.listFunds?.({ signal }).then((f) => live() && this.options.funds(f), () => undefined),
      source.getLedgerDisclosure?.({ signal }).then((d) => live() && d !== undefined && this.options.disclosure(d), () => undefined),
    ]).then(() => undefined);
    const query: LedgerQuery = fundId ? { fundId } : {};
    const read: unknown[] = [];
    try {
      if (source.pageLedgerEntries) {
        let first = true;
        for await (const page of source.pageLedgerEntries(query, { signal })) {
          if (!live()) return;
          read.push(...page.items);
          if (first) this.options.first(page.items, { ...(page.total !== undefined ? { total: page.total } : {}), last: false, whole: !fundId });
          else this.options.next(page.items, false);
          if (first) this.#set('streaming');
          first = false;
        }
        if (!live()) return;
        if (first) this.options.first([], { last: true, whole: !fundId });
        else this.options.next([], true);
      } else {
        const all = await source.listLedgerEntries!({ signal, ...query });
        if (!live()) return;
        // A source that cannot filter gets the whole ledger: the fund is picked here.
        const items = fundId ? all.filter((e) => (e as { fundId?: unknown } | null)?.fundId === fundId) : all;
        read.push(...items);
        this.options.first(items, { total: items.length, last: true, whole: !fundId });
      }
      this.#abort = undefined;
      rememberRead(source, `ledger:${fundId}`, read);
      this.#set('loaded');
    } catch (err) {
      if (!live()) return;
      this.#abort = undefined;
      const last = isUnreachable(err) ? recallRead(source, `ledger:${fundId}`) : undefined;
      if (last) {
        // Not reachable: the last whole ledger this page read, labelled offline.
        const items = last.value as unknown[];
        this.#offlineSince = last.at;
        this.options.first([...items], { total: items.length, last: true, whole: !fundId });
        this.#set('offline', err);
        return;
      }
      this.#set('error', err);
      signalAuthRequired(this.host, err);
    }
  }
}
