import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import type { InvalidDetail, TypedEvents } from '../../base/events.js';
import { toCsv, CSV_MIME } from '../../base/controllers/export.js';
import { downloadText } from '../../base/controllers/download.js';
import { PrintController } from '../../base/controllers/print.js';
import { newId } from '../../base/controllers/ids.js';
import {
  parseFund,
  parseLedgerDisclosure,
  parseLedgerEntry,
  parseList,
  type ContractIssue,
  type Fund,
  type LedgerDisclosure,
  type LedgerEntry,
  type LedgerEntryInput,
} from '../../contract/index.js';
import type { Lang } from '../../i18n/lang.js';
import { periodRange, type Granularity } from './balances.js';
import { defaultSubtle, entryHash, verifyChain, verifySignature, yieldToMain, type ChainResult, type SignatureStatus } from './chain.js';
import { ledgerStyles } from './donation-ledger.styles.js';
import { ledgerMessages, type LedgerMessages } from './messages.js';
import {
  csvTable,
  duplicateReceiptIssue,
  entryFromForm,
  fundLabel,
  knownFundIds,
  parseJwk,
  periodPresetOf,
  publicRows,
  receivingUnitOf,
  rowLabels,
  todayOr,
  type LedgerRow,
  type LedgerView,
  type PeriodPreset,
} from './model.js';
import { renderBalances, renderPeriods } from './parts/balances.js';
import { renderEntryForm, type EntryFormKind } from './parts/entry-form.js';
import { renderFilters } from './parts/filters.js';
import { renderNotice } from './parts/notice.js';
import { renderReceipt, wordsPending } from './parts/receipt.js';
import { renderList, type RowContext } from './parts/rows.js';
import { renderVerification } from './parts/verification.js';
import { LedgerStore, type FilterResult, type LedgerFilter } from './store.js';

/** The events `<ansinh-donation-ledger>` fires, with their details. */
export interface AnsinhDonationLedgerEventMap {
  /** Staff recorded an entry with the form: the entry, chained to the last one. */
  'ansinh-submit': CustomEvent<LedgerEntry>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-donation-ledger': AnsinhDonationLedger;
  }
}

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

/**
 * The donations a hospital social-work department or a centre received (cash, bank transfers,
 * VietQR, goods) and what it distributed, with balances per fund and per item, a hash chain that
 * anyone can verify, and a public view that shows donor names only with consent.
 *
 * Data: `.entries` (ledger entries, chain order), `.funds`, optionally `.disclosure` (a published
 * snapshot to check) and `public-key` (the portal's ECDSA P-256 key, JWK). Or one child
 * `<script type="application/json">` holding the entries array, or `{ "entries", "funds",
 * "disclosure" }`. Entries are validated once when they arrive; invalid ones are listed with
 * their problems and kept in view, never dropped.
 *
 * @summary Donations and distributions: balances, public view, verifiable hash chain, receipts.
 *
 * @attr view - `public` (default: donor names only with consent, beneficiaries by pseudonym, no contact details) or `staff`.
 * @attr entry-form - Staff view only: show the form to add a donation or distribution.
 * @attr receipt-id - Id of a donation whose receipt is shown instead of the list.
 * @attr expiry-days - Goods expiring within this many days are flagged (default 30).
 * @attr today - The date expiry and "this month" refer to (YYYY-MM-DD; default: today).
 * @attr public-key - The portal's public key (JWK, EC P-256) that signs disclosures.
 * @attr receiving-unit - Name of the receiving unit, for the form and the printed notice.
 * @attr hashing - `auto` (Web Crypto when the page has it) or `javascript` (always the fallback).
 *
 * @event ansinh-submit - The staff form produced a valid entry. `detail`: the `LedgerEntry` (with `prevHash`). The element does not add it: the portal stores it and sets `.entries` again.
 * @event ansinh-invalid - Entries, funds or the disclosure failed the contract. `detail`: `{ issues }`.
 *
 * @csspart issues - The list of contract and ledger problems.
 * @csspart verification - The chain verification status.
 * @csspart balances - The balances section.
 * @csspart filters - The search and filter form.
 * @csspart list - The scrolling list of entries.
 * @csspart row - One entry.
 * @csspart receipt - The receipt.
 * @csspart qr - The VietQR code.
 * @csspart notice - The printable public notice.
 * @csspart form - The staff entry form.
 *
 * @cssprop --ansinh-donation-ledger-list-height - Height of the scrolling list (default 32rem).
 * @cssprop --ansinh-donation-ledger-in - Colour of amounts received.
 * @cssprop --ansinh-donation-ledger-out - Colour of amounts distributed.
 */
export class AnsinhDonationLedger extends AnsinhElement {
  static override styles = ledgerStyles;
  static override jsonProperty = 'entries';

  /** Which view: `public` hides what the public may not see before anything is rendered. */
  @property({ reflect: true }) view: LedgerView = 'public';
  /** Show the staff entry form (staff view only). */
  @property({ type: Boolean, reflect: true, attribute: 'entry-form' }) entryForm = false;
  /** Id of the donation whose receipt is shown. */
  @property({ attribute: 'receipt-id' }) receiptId = '';
  /** Days ahead that expiring goods are flagged. */
  @property({ type: Number, attribute: 'expiry-days' }) expiryDays = 30;
  /** The date of "today" (YYYY-MM-DD); default: the device's date. */
  @property() today = '';
  /** Receiving unit name (form default and printed notice). */
  @property({ attribute: 'receiving-unit' }) receivingUnit = '';
  /** `javascript` forces the @noble/hashes fallback used where Web Crypto is missing. */
  @property() hashing: 'auto' | 'javascript' = 'auto';

  @state() private _filter: LedgerFilter = { sort: 'date-desc', group: true };
  @state() private _preset: PeriodPreset = 'all';
  @state() private _granularity: Granularity = 'month';
  @state() private _chain?: ChainResult;
  @state() private _verifying = false;
  @state() private _verifyError = false;
  @state() private _signature?: SignatureStatus;
  @state() private _disclosureIssues?: ContractIssue[];
  /** The A4 public notice renders while the page prints (Ctrl+P or the print buttons). */
  private readonly printer = new PrintController(this, { render: () => this.isUpdatePending && this.performUpdate() });
  @state() private _formKind: EntryFormKind = 'donation';
  @state() private _formChannel = 'cash';
  @state() private _formIssues: ContractIssue[] = [];
  @state() private _formStatus = '';
  @state() private _progress = 0;

  @query('.list') private _list?: HTMLElement & VirtualizerHostElement;

  private _entriesRaw: unknown = [];
  private _items: unknown[] = [];
  private _funds: Fund[] = [];
  private _fundMap = new Map<string, Fund>();
  private _disclosure?: LedgerDisclosure;
  private _publicKey?: JsonWebKey;
  private _inputIssues = { entries: [] as ContractIssue[], funds: [] as ContractIssue[], disclosure: [] as ContractIssue[] };
  private _store?: LedgerStore;
  private _result?: FilterResult;
  private _resultDirty = true;
  private _run = 0;
  private _ready: Promise<void> = Promise.resolve();
  private _resolveReady?: () => void;
  private _rowsLang?: Lang;

  /** Ledger entries in chain order (validated with `parseLedgerEntry` as they arrive). */
  @property({ attribute: false })
  get entries(): unknown {
    return this._entriesRaw;
  }
  set entries(value: unknown) {
    const old = this._entriesRaw;
    this._entriesRaw = value;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'entries' in value) {
      const v = value as { entries: unknown; funds?: unknown; disclosure?: unknown };
      if (v.funds !== undefined) this.funds = v.funds;
      if (v.disclosure !== undefined) this.disclosure = v.disclosure;
      value = v.entries;
    }
    let items: unknown[] | undefined;
    try {
      items = Array.isArray(value) ? Array.from(value as unknown[]) : undefined;
    } catch {
      items = undefined;
    }
    this._inputIssues.entries = items
      ? []
      : [{ path: [], code: 'invalid_type', severity: 'error', message: { vi: 'Sai kiểu: cần danh sách bút toán.', en: 'Wrong type: expected a list of entries.' } }];
    this._items = items ?? [];
    this.start();
    this.requestUpdate('entries', old);
  }

  /** Funds and appeals (`Fund[]`), validated with `parseFund`. */
  @property({ attribute: false })
  get funds(): Fund[] {
    return this._funds;
  }
  set funds(value: unknown) {
    const r = parseList(value ?? [], parseFund);
    this._funds = r.ok ? r.value : [];
    this._inputIssues.funds = r.ok ? [] : r.issues.map((i) => ({ ...i, path: ['funds', ...i.path] }));
    this._fundMap = new Map(this._funds.map((f) => [f.id, f]));
    this._store?.setFunds(this._funds);
    this.refreshIssues();
    this.requestUpdate('funds');
  }

  /** A published `LedgerDisclosure` to check against the ledger (and its signature, with `public-key`). */
  @property({ attribute: false })
  get disclosure(): LedgerDisclosure | undefined {
    return this._disclosure;
  }
  set disclosure(value: unknown) {
    if (value === undefined || value === null) {
      this._disclosure = undefined;
      this._inputIssues.disclosure = [];
    } else {
      const r = parseLedgerDisclosure(value);
      this._disclosure = r.ok ? r.value : undefined;
      this._inputIssues.disclosure = r.ok ? [] : r.issues.map((i) => ({ ...i, path: ['disclosure', ...i.path] }));
    }
    this.refreshIssues();
    void this.checkDisclosure();
    this.requestUpdate('disclosure');
  }

  /** The portal's public key (JWK, EC P-256), also settable as the `public-key` attribute. */
  @property({ attribute: false })
  get publicKey(): JsonWebKey | undefined {
    return this._publicKey;
  }
  set publicKey(value: JsonWebKey | undefined) {
    this._publicKey = value;
    void this.checkDisclosure();
    this.requestUpdate('publicKey');
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'public-key'];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'public-key') this.publicKey = parseJwk(value);
  }

  /** Resolves when the entries are loaded, the chain verified and any disclosure checked. */
  get ready(): Promise<void> {
    return this._ready;
  }

  /** The result of the last chain verification (hashes, head, first break). */
  get chain(): ChainResult | undefined {
    return this._chain;
  }

  /** The rows currently matched by the filters (in the current view's projection). */
  get visibleRows(): LedgerRow[] {
    return (this.result().items.filter((i) => i.type === 'row') as { row: LedgerRow }[]).map((i) => i.row);
  }

  /** Balances of the ledger (pure, incremental): see `LedgerBalances`. */
  get balances() {
    return this._store?.balances;
  }

  private get m(): LedgerMessages {
    return ledgerMessages[this.locale];
  }

  private get todayDate(): string {
    return todayOr(this.today);
  }

  private get subtle(): SubtleCrypto | null {
    return this.hashing === 'javascript' ? null : defaultSubtle();
  }

  private fundName = (id: string): string => fundLabel(this._fundMap.get(id), id, this.locale);

  /** Funds declared, then those the entries name: what the filter and the form offer. */
  private get fundIds(): string[] {
    return knownFundIds(this._funds, this._store?.balances.totals());
  }

  private refreshIssues(): void {
    const store = this._store;
    this.showContractIssues([
      ...this._inputIssues.entries,
      ...this._inputIssues.funds,
      ...this._inputIssues.disclosure,
      ...(store?.issues ?? []),
    ]);
  }

  /** Starts (or restarts) loading the entries, then verifying the chain. */
  private start(): void {
    const run = ++this._run;
    const view = this.view === 'staff' ? 'staff' : 'public';
    this._rowsLang = this.locale;
    const store = new LedgerStore(this._items, view, rowLabels(this.m), this.fundName);
    store.setFunds(this._funds);
    this._store = store;
    this._chain = undefined;
    this._disclosureIssues = undefined;
    this._signature = undefined;
    this._resultDirty = true;
    this._ready = new Promise((resolve) => (this._resolveReady = resolve));
    void this.work(run, store);
  }

  private async work(run: number, store: LedgerStore): Promise<void> {
    // A first short slice now gives the first screen of rows; the rest, and the chain's
    // verification, wait until that screen has been painted, so a large ledger shows its newest
    // rows as fast as a small one.
    let done = store.ingest(4);
    this._progress = store.ingested;
    this._resultDirty = true;
    this.requestUpdate();
    if (!done) {
      await this.updateComplete;
      await afterPaint();
      if (run !== this._run) return;
    }
    // The chain is hashed (by workers, for large ledgers) while the rest of the entries are read.
    const verifying = this.verify(run, !done);
    let last = performance.now();
    while (!done) {
      await yieldToMain();
      if (run !== this._run) return;
      done = store.ingest(8);
      if (performance.now() - last > 200 || done) {
        // Only the progress line and balances change while loading: the list keeps the first
        // slice's rows, so the virtualiser is not re-laid out every 200 ms.
        last = performance.now();
        this._progress = store.ingested;
        this.requestUpdate();
      }
    }
    this.refreshIssues();
    this._resultDirty = true;
    this.requestUpdate();
    await verifying;
    if (run !== this._run) return;
    await this.checkDisclosure();
    if (run === this._run) this._resolveReady?.();
  }

  private async verify(run: number, mainThreadBusy = false): Promise<void> {
    this._verifying = true;
    this._verifyError = false;
    try {
      const result = await verifyChain(this._items, { subtle: this.subtle, mainThreadBusy });
      if (run !== this._run) return;
      this._chain = result;
    } catch {
      if (run === this._run) this._verifyError = true;
    } finally {
      if (run === this._run) this._verifying = false;
    }
  }

  private async checkDisclosure(): Promise<void> {
    const d = this._disclosure;
    const store = this._store;
    if (!d || !store || !this._chain || store.ingested < store.total) {
      this._disclosureIssues = undefined;
      this._signature = undefined;
      return;
    }
    this._disclosureIssues = store.checkDisclosure(d, this._chain.hashes);
    this._signature = await verifySignature(d as unknown as Record<string, unknown>, this._publicKey, this.subtle);
  }

  /** Re-verifies the chain (for example after the page gains Web Crypto). */
  async verifyNow(): Promise<ChainResult | undefined> {
    await this.verify(this._run);
    await this.checkDisclosure();
    return this._chain;
  }

  /** A `LedgerDisclosure` for a period, from the verified ledger (await `ready` first). */
  createDisclosure(period: { from: string; to: string }, extra: { receivingUnit?: string; publishedAt?: string; id?: string } = {}): LedgerDisclosure | undefined {
    if (!this._store || !this._chain) return undefined;
    return this._store.disclosure(period, this._chain.hashes, { receivingUnit: extra.receivingUnit ?? (this.receivingUnit || undefined), ...extra, funds: this._funds.length ? this._funds : undefined });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const store = this._store;
    if (!store) return;
    const view = this.view === 'staff' ? 'staff' : 'public';
    if (changed.has('view') || this._rowsLang !== this.locale) {
      if (store.view !== view || this._rowsLang !== this.locale) {
        this._rowsLang = this.locale;
        store.setView(view, rowLabels(this.m));
        // Rebuilding rows: small ledgers at once, large ones in slices.
        if (!store.ingest(50)) void this.finishRows(this._run, store);
        this._resultDirty = true;
      }
    }
    if (changed.has('_filter')) this._resultDirty = true;
  }

  private async finishRows(run: number, store: LedgerStore): Promise<void> {
    while (!store.ingest(8)) {
      await yieldToMain();
      if (run !== this._run) return;
    }
    this._resultDirty = true;
    this.requestUpdate();
  }

  private result(): FilterResult {
    if (!this._result || this._resultDirty) {
      this._result = this._store?.filter(this._filter) ?? { items: [], matched: 0, receivedVnd: 0, distributedVnd: 0, fromBuckets: true };
      this._resultDirty = false;
    }
    return this._result;
  }

  // -------------------------------------------------------------------------------------------
  // Outputs
  // -------------------------------------------------------------------------------------------

  /** The rows matched now as CSV (UTF-8 with BOM), with the columns this view may show. */
  toCsv(): string {
    const t = csvTable(this.visibleRows, this.view === 'staff' ? 'staff' : 'public', this.m, this.locale, this.fundName);
    return toCsv(t.header, t.rows);
  }

  /** Downloads `toCsv()` as a file. */
  downloadCsv(filename = 'so-ung-ho.csv'): void {
    downloadText(this.renderRoot, this.toCsv(), filename, CSV_MIME);
  }

  /** Renders the A4 public notice (matched rows, public projection) and opens the print dialog. */
  async printNotice(): Promise<void> {
    await this.printer.print({ title: this.m.noticeTitle, lang: this.locale }, () => {
      this.receiptId = '';
    });
  }

  /** Shows the receipt of a donation and opens the print dialog. */
  async printReceipt(id: string): Promise<void> {
    await this.printer.print({ title: this.m.title, lang: this.locale }, () => {
      this.receiptId = id;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------------------------

  private setFilter(patch: Partial<LedgerFilter>): void {
    this._filter = { ...this._filter, ...patch };
  }

  private onPreset(value: string): void {
    const preset = periodPresetOf(value);
    this._preset = preset;
    if (preset === 'all') this.setFilter({ from: undefined, to: undefined });
    else if (preset !== 'custom') this.setFilter(periodRange(preset, this.todayDate));
  }

  private goTo(e: Event, id: string): void {
    e.preventDefault();
    const store = this._store;
    if (!store) return;
    let pos = this.result().items.findIndex((i) => i.type === 'row' && i.row.id === id);
    if (pos < 0) {
      // The target is filtered out: show everything so the link never leads nowhere.
      this._preset = 'all';
      this._filter = { sort: this._filter.sort, group: this._filter.group };
      this._resultDirty = true;
      pos = this.result().items.findIndex((i) => i.type === 'row' && i.row.id === id);
    }
    void this.updateComplete.then(async () => {
      const v = this._list?.[virtualizerRef];
      v?.element(pos)?.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`);
      el?.focus();
    });
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const m = this.m;
    const store = this._store;
    const receipt = this.receiptId ? this.renderReceipt() : undefined;
    return html`<section class="ledger" aria-labelledby="title" ?data-receipt=${!!receipt} ?data-printing=${this.printer.printing}>
      <header class="head">
        <h2 id="title">${m.title}</h2>
        <p class="view">${this.view === 'staff' ? m.viewStaff : m.viewPublic}</p>
      </header>
      ${this.renderVerification()} ${this.renderContractIssues()}
      ${receipt ??
      html`${store && store.ingested < store.total
          ? html`<p class="progress" role="status">${m.loading(this._progress, store.total)}</p>`
          : nothing}
        ${guard([store, store?.balances.version, this.locale, this.todayDate, this.expiryDays, this._funds], () => this.renderBalances())}
        ${guard([store, store?.balances.version, this.locale, this._granularity, this._filter.fundId], () => this.renderPeriods())}
        ${this.renderFilters()} ${this.renderList()}
        ${this.renderActions()} ${this.view === 'staff' && this.entryForm ? this.renderForm() : nothing}`}
      ${this.printer.printing && !receipt ? this.renderNotice() : nothing}
    </section>`;
  }

  private renderVerification(): TemplateResult {
    const state = {
      chain: this._chain,
      verifying: this._verifying,
      verifyError: this._verifyError,
      entryCount: this._items.length,
      slots: this._store?.slots ?? [],
      disclosureIssues: this._disclosureIssues,
      signature: this._signature,
    };
    return renderVerification(this.m, this.locale, state, (e, id) => this.goTo(e, id));
  }

  private renderBalances(): TemplateResult | typeof nothing {
    const store = this._store;
    if (!store) return nothing;
    const input = { balances: store.balances, funds: this._funds, fundMap: this._fundMap, fundName: this.fundName, today: this.todayDate, expiryDays: this.expiryDays };
    return renderBalances(this.m, this.locale, input);
  }

  private renderPeriods(): TemplateResult | typeof nothing {
    const store = this._store;
    if (!store) return nothing;
    const input = { balances: store.balances, granularity: this._granularity, fundId: this._filter.fundId };
    return renderPeriods(this.m, this.locale, input, (g) => (this._granularity = g));
  }

  private renderFilters(): TemplateResult {
    const input = { filter: this._filter, preset: this._preset, fundIds: this.fundIds, fundName: this.fundName };
    return renderFilters(this.m, input, { onFilter: (patch) => this.setFilter(patch), onPreset: (value) => this.onPreset(value) });
  }

  private renderList(): TemplateResult {
    const ctx: RowContext = {
      m: this.m,
      lang: this.locale,
      fundName: this.fundName,
      goTo: (e, id) => this.goTo(e, id),
      showReceipt: (id) => (this.receiptId = id),
    };
    return renderList(ctx, this.result());
  }

  private renderActions(): TemplateResult {
    const m = this.m;
    return html`<div class="actions">
      <ansinh-button type="button" variant="secondary" @click=${() => this.downloadCsv()}>${m.csv}</ansinh-button>
      <ansinh-button type="button" variant="secondary" @click=${() => void this.printNotice()}>${m.printNotice}</ansinh-button>
    </div>`;
  }

  private renderNotice(): TemplateResult {
    const store = this._store;
    const f = this._filter;
    // The notice is public whatever the view: rows are projected again for the public.
    const rows = store && this.view === 'staff' ? publicRows(this.visibleRows, store.slots, rowLabels(this.m), this.fundName) : this.visibleRows;
    return renderNotice(this.m, this.locale, {
      unit: this.receivingUnit || (store && receivingUnitOf(store.slots)) || '',
      filter: f,
      totals: store?.balances.totals({ from: f.from, to: f.to, fundId: f.fundId }),
      rows,
      head: this._chain?.head,
      fundName: this.fundName,
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const words = wordsPending();
    if (!words) return done;
    await words;
    return super.getUpdateComplete();
  }

  private renderReceipt(): TemplateResult {
    const store = this._store;
    const i = store?.indexOfId(this.receiptId);
    const slot = i === undefined ? undefined : store!.slots[i];
    const row = slot && store ? store.rows[slot.index] : undefined;
    const fundId = slot?.effective?.fundId;
    return renderReceipt(this.m, this.locale, { slot, row, fund: fundId === undefined ? undefined : this._fundMap.get(fundId), fundName: this.fundName }, {
      close: () => (this.receiptId = ''),
      print: () => void this.printReceipt(this.receiptId),
      wordsLoaded: () => this.requestUpdate(),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Staff entry form
  // -------------------------------------------------------------------------------------------

  private renderForm(): TemplateResult {
    const state = { kind: this._formKind, channel: this._formChannel, issues: this._formIssues, status: this._formStatus, today: this.todayDate, fundIds: this.fundIds, fundName: this.fundName };
    return renderEntryForm(this.m, this.locale, state, {
      submit: (e) => void this.onSubmit(e),
      kind: (kind) => {
        this._formKind = kind;
        this._formChannel = kind === 'donation' ? 'cash' : 'money';
      },
      channel: (channel) => (this._formChannel = channel),
    });
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const last = this._items.length ? this._items[this._items.length - 1] : undefined;
    const prevHash = last === undefined ? null : (this._chain?.head ?? (await entryHash(last, this.subtle)));
    const receivingUnit = this.receivingUnit || receivingUnitOf(this._store?.slots ?? [], 'end');
    const candidate = entryFromForm(new FormData(form), { kind: this._formKind, channel: this._formChannel, id: newId(), prevHash, receivingUnit });
    const r = parseLedgerEntry(JSON.parse(JSON.stringify(candidate)) as LedgerEntryInput);
    const issues: ContractIssue[] = r.ok ? [] : r.issues;
    const receipt = typeof candidate.receiptNumber === 'string' ? candidate.receiptNumber : '';
    if (receipt && this._store?.receiptNumbers.has(receipt)) issues.push(duplicateReceiptIssue(receipt));
    this._formIssues = issues;
    this._formStatus = '';
    if (issues.length || !r.ok) return;
    const entry: LedgerEntry = r.value;
    this.emit('ansinh-submit', entry);
    this._formStatus = this.m.submitted(entry.receiptNumber);
  }
}

// Listeners added to this element receive its own details (see AnsinhDonationLedgerEventMap).
export interface AnsinhDonationLedger {
  addEventListener: TypedEvents<AnsinhDonationLedgerEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhDonationLedgerEventMap>['removeEventListener'];
}
