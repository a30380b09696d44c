/**
 * Loading a ledger into the element: entries ingested in slices (the first screen of rows first),
 * the hash chain verified while the rest is read, a published disclosure checked once both are
 * done, and rows rebuilt when the view or the language changes. A Lit reactive controller: it owns
 * this state and asks the element to update; each new `load()` abandons the previous run.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContractIssue } from '../../contract/issues.js';
import type { Fund, LedgerDisclosure } from '../../contract/ledger.js';
import type { Lang } from '../../i18n/lang.js';
import { defaultSubtle, verifyChain, verifySignature, yieldToMain, type ChainResult, type SignatureStatus } from './chain.js';
import type { LedgerView, RowLabels } from './model.js';
import { LedgerStore, type FilterResult, type LedgerFilter } from './store.js';

/**
 * Resolves once the next frame has been painted (two frames: the virtualiser lays out its first
 * rows one frame after it is rendered), or after 100 ms where frames do not come (hidden tabs).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}

/** What the verification part shows: the chain's state, then the disclosure's and its signature's. */
export interface VerificationStatus {
  chain?: ChainResult;
  verifying: boolean;
  verifyError: boolean;
  signature?: SignatureStatus;
  /** Differences between the published disclosure and the ledger, once checked. */
  disclosureIssues?: ContractIssue[];
  /**
   * The disclosure the issues and the signature above belong to: a verdict on any other (one
   * handed in since, still being checked) is not given.
   */
  checked?: LedgerDisclosure;
}

export interface LedgerLoaderHost extends ReactiveControllerHost {
  readonly view: string;
  readonly locale: Lang;
  readonly hashing: 'auto' | 'javascript';
}

export interface LedgerLoaderOptions {
  funds: () => Fund[];
  fundName: (id: string) => string;
  labels: () => RowLabels;
  disclosure: () => LedgerDisclosure | undefined;
  publicKey: () => JsonWebKey | undefined;
  /** Every entry is read: the ledger-level issues (duplicates, correction targets) are known. */
  loaded: () => void;
}

const EMPTY_RESULT: FilterResult = { items: [], matched: 0, receivedVnd: 0, distributedVnd: 0, fromBuckets: true };

export class LedgerLoader implements ReactiveController {
  /** The entries handed in, in chain order (valid or not). */
  items: unknown[] = [];
  store?: LedgerStore;
  status: VerificationStatus = { verifying: false, verifyError: false };
  /** Entries read so far (the progress line). */
  progress = 0;
  /** The number of entries the source announced, while pages are still coming ("n of N"). */
  expected: number | undefined;
  /** Pages still to come (`load(…, { more: true })` until `append(…, true)`). */
  private expecting = false;
  /** Wakes the loading run when a page arrives. */
  private wake?: () => void;
  /** False for a filtered list (one fund): it is not the whole chain, so it is not verified. */
  private verifiable = true;
  private run = 0;
  /** Each disclosure check; a slower earlier one never overwrites a later one's result. */
  private disclosureRun = 0;
  private readyPromise: Promise<void> = Promise.resolve();
  private resolveReady?: () => void;
  private rowsLang?: Lang;
  private result?: FilterResult;
  private resultDirty = true;

  constructor(
    private readonly host: LedgerLoaderHost,
    private readonly options: LedgerLoaderOptions,
  ) {
    host.addController(this);
  }

  /** True while pages of a ledger read page by page are still coming. */
  get streaming(): boolean {
    return this.expecting;
  }

  /** Resolves when the entries are loaded, the chain verified and any disclosure checked. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Web Crypto, unless the element asks for the JavaScript fallback. */
  get subtle(): SubtleCrypto | null {
    return this.host.hashing === 'javascript' ? null : defaultSubtle();
  }

  private get view(): LedgerView {
    return this.host.view === 'staff' ? 'staff' : 'public';
  }

  /** Changes the status, asking for an update only when something did change. */
  private setStatus(patch: Partial<VerificationStatus>): void {
    const changed = (Object.keys(patch) as (keyof VerificationStatus)[]).some((k) => this.status[k] !== patch[k]);
    if (!changed) return;
    this.status = { ...this.status, ...patch };
    this.host.requestUpdate();
  }

  /**
   * Starts (or restarts) loading the entries, then verifying the chain. With `more`, pages follow
   * through `append()` (a ledger read from the provider page by page): the first is painted at
   * once and the chain is verified when the last has arrived. `chain: false` for a list that is
   * not the whole ledger (one fund).
   */
  load(items: unknown[], options: { more?: boolean; total?: number; chain?: boolean } = {}): void {
    this.items = items;
    this.expecting = !!options.more;
    this.expected = options.more ? options.total : undefined;
    this.verifiable = options.chain !== false;
    const run = ++this.run;
    this.rowsLang = this.host.locale;
    const store = new LedgerStore(this.items, this.view, this.options.labels(), this.options.fundName);
    store.setFunds(this.options.funds());
    this.store = store;
    this.setStatus({ chain: undefined, disclosureIssues: undefined, signature: undefined, checked: undefined });
    this.resultDirty = true;
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    this.wake?.();
    void this.work(run, store);
  }

  /** The next page of a ledger read page by page; `last` when no more follow. */
  append(page: readonly unknown[], last: boolean): void {
    if (!this.expecting) return;
    for (const item of page) this.items.push(item);
    if (last) {
      this.expecting = false;
      this.expected = undefined;
    }
    this.wake?.();
  }

  private async work(run: number, store: LedgerStore): Promise<void> {
    // A first short slice now gives the first screen of rows; the rest, and the chain's
    // verification, wait until that screen has been painted, so a large ledger shows its newest
    // rows as fast as a small one.
    let done = store.ingest(4);
    this.progress = store.ingested;
    this.resultDirty = true;
    this.host.requestUpdate();
    if (!done) {
      await this.host.updateComplete;
      await afterPaint();
      if (run !== this.run) return;
    }
    // The chain is hashed (by workers, for large ledgers) while the rest of the entries are read;
    // a ledger still arriving page by page is hashed once it is whole.
    let verifying = this.expecting || !this.verifiable ? undefined : this.verify(run, !done);
    let last = performance.now();
    for (;;) {
      while (!done) {
        await yieldToMain();
        if (run !== this.run) return;
        done = store.ingest(8);
        if (performance.now() - last > 200 || done) {
          // Only the progress line and balances change while loading: the list keeps the first
          // slice's rows, so the virtualiser is not re-laid out every 200 ms.
          last = performance.now();
          this.progress = store.ingested;
          this.host.requestUpdate();
        }
      }
      if (!this.expecting) break;
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          if (this.wake === wake) this.wake = undefined;
          resolve();
        };
        this.wake = wake;
      });
      if (run !== this.run) return;
      done = store.ingest(8);
      this.resultDirty = true;
    }
    this.progress = store.ingested;
    this.options.loaded();
    this.resultDirty = true;
    this.host.requestUpdate();
    if (this.verifiable) verifying ??= this.verify(run, false);
    await verifying;
    if (run !== this.run) return;
    await this.checkDisclosure();
    if (run === this.run) this.resolveReady?.();
  }

  private async verify(run: number, mainThreadBusy = false): Promise<void> {
    this.setStatus({ verifying: true, verifyError: false });
    try {
      const result = await verifyChain(this.items, { subtle: this.subtle, mainThreadBusy });
      if (run !== this.run) return;
      this.setStatus({ chain: result });
    } catch {
      if (run === this.run) this.setStatus({ verifyError: true });
    } finally {
      if (run === this.run) this.setStatus({ verifying: false });
    }
  }

  /** Checks the disclosure against the verified ledger and its signature against the key. */
  async checkDisclosure(): Promise<void> {
    const d = this.options.disclosure();
    const store = this.store;
    const chain = this.status.chain;
    const run = ++this.disclosureRun;
    // The previous verdict belongs to the previous disclosure or key: withdrawn until this one is checked.
    this.setStatus({ disclosureIssues: undefined, signature: undefined, checked: undefined });
    if (!d || !store || !chain || store.ingested < store.total) return;
    const issues = store.checkDisclosure(d, chain.hashes);
    const signature = await verifySignature(d as unknown as Record<string, unknown>, this.options.publicKey(), this.subtle);
    if (run !== this.disclosureRun) return;
    this.setStatus({ disclosureIssues: issues, signature, checked: d });
  }

  /** Re-verifies the chain (for example after the page gains Web Crypto). */
  async verifyNow(): Promise<ChainResult | undefined> {
    await this.verify(this.run);
    await this.checkDisclosure();
    return this.status.chain;
  }

  /** Before each render: rebuilds the rows when the view or the language changed. */
  hostUpdate(): void {
    const store = this.store;
    if (store && (store.view !== this.view || this.rowsLang !== this.host.locale)) {
      this.rowsLang = this.host.locale;
      store.setView(this.view, this.options.labels());
      // Rebuilding rows: small ledgers at once, large ones in slices.
      if (!store.ingest(50)) void this.finishRows(this.run, store);
      this.resultDirty = true;
    }
  }

  private async finishRows(run: number, store: LedgerStore): Promise<void> {
    while (!store.ingest(8)) {
      await yieldToMain();
      if (run !== this.run) return;
    }
    this.resultDirty = true;
    this.host.requestUpdate();
  }

  /** The filter changed: the next `filtered()` filters again. */
  invalidate(): void {
    this.resultDirty = true;
  }

  /** The list for a filter, kept until the rows or the filter change. */
  filtered(filter: LedgerFilter): FilterResult {
    if (!this.result || this.resultDirty) {
      this.result = this.store?.filter(filter) ?? { ...EMPTY_RESULT, items: [] };
      this.resultDirty = false;
    }
    return this.result;
  }
}
