import { linkStyles, tableScrollStyles } from '../../base/styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import type { InvalidDetail, TypedEvents } from '../../base/events.js';
import { toCsv, CSV_MIME, type CsvOptions } from '../../base/controllers/export.js';
import { downloadText } from '../../base/controllers/download.js';
import { PrintController } from '../../base/controllers/print.js';
import type { ContractIssue } from '../../contract/issues.js';
import type { Fund, LedgerDisclosure, LedgerEntry } from '../../contract/ledger.js';
import { periodRange, type Granularity } from './balances.js';
import { entryHash, type ChainResult } from './chain.js';
import { ledgerStyles } from './donation-ledger.styles.js';
import { ledgerMessages, type LedgerMessages } from './messages.js';
import { disclosureInput, fundsInput, ledgerInput, notAListIssue } from './input.js';
import { LedgerLoader } from './loader.js';
import { LedgerSourceController } from './source-controller.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import { csvTable, fundLabel, knownFundIds, parseJwk, periodPresetOf, publicRows, receivingUnitOf, rowLabels, todayOr, type LedgerRow, type LedgerView, type PeriodPreset } from './model.js';
import { renderBalances, renderPeriods } from './parts/balances.js';
import { EntryForm } from './parts/entry-form.js';
import { renderFilters } from './parts/filters.js';
import { renderNotice } from './parts/notice.js';
import { ReceiptFocus, renderReceipt, wordsPending } from './parts/receipt.js';
import { focusRow, renderList, type RowContext } from './parts/rows.js';
import { renderVerification } from './parts/verification.js';
import type { DisclosureDetails, FilterResult, LedgerFilter } from './store.js';

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
 * @event {CustomEvent<LedgerEntry>} ansinh-submit - The staff form produced a valid entry. `detail`: the `LedgerEntry` (with `prevHash`). The element does not add it: the portal stores it and sets `.entries` again.
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - Entries, funds or the disclosure failed the contract. `detail`: `{ issues }`.
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
  static override styles = [linkStyles, tableScrollStyles, ledgerStyles];
  static override jsonProperty = 'entries';

  /** Which view: `public` hides what the public may not see before anything is rendered. */
  @property({ reflect: true }) view: LedgerView = 'public';
  /** Show the staff entry form (staff view only). */
  @property({ type: Boolean, reflect: true, attribute: 'entry-form' }) entryForm = false;
  /** Id of the donation whose receipt is shown. */
  @property({ attribute: 'receipt-id' }) receiptId = '';
  private readonly receiptFocus = new ReceiptFocus(this, (id) => this.goTo(undefined, id, 'button.linkish'));
  /** Days ahead that expiring goods are flagged. */
  @property({ type: Number, attribute: 'expiry-days' }) expiryDays = 30;
  /** The date of "today" (YYYY-MM-DD); default: the device's date. */
  @property() today = '';
  /** Receiving unit name (form default and printed notice). */
  @property({ attribute: 'receiving-unit' }) receivingUnit = '';
  /** `javascript` forces the @noble/hashes fallback used where Web Crypto is missing. */
  @property() hashing: 'auto' | 'javascript' = 'auto';
  /**
   * Read from the provider (when no `.entries` are set): only this fund's entries. A list of one
   * fund is not the whole chain, so its chain is not verified.
   */
  @property({ attribute: 'fund-id' }) fundId = '';

  @state() private _filter: LedgerFilter = { sort: 'date-desc', group: true };
  @state() private _preset: PeriodPreset = 'all';
  @state() private _granularity: Granularity = 'month';
  /** The A4 public notice renders while the page prints (Ctrl+P or the print buttons). */
  private readonly printer = new PrintController(this, { render: () => this.isUpdatePending && this.performUpdate() });
  /** The staff entry form: its state and what a submission checks. */
  private readonly staffEntryForm = new EntryForm(this, {
    messages: () => this.m,
    prevHash: () => {
      const { items } = this.loader;
      const last = items.length ? items[items.length - 1] : undefined;
      return last === undefined ? null : (this.chain?.head ?? entryHash(last, this.loader.subtle));
    },
    receivingUnit: () => this.receivingUnit || receivingUnitOf(this.loader.store?.slots ?? [], 'end'),
    receiptTaken: (receipt) => !!this.loader.store?.receiptNumbers.has(receipt),
    submitted: (entry) => this.emit('ansinh-submit', entry),
  });

  @query('.list') private _list?: HTMLElement & VirtualizerHostElement;

  private _entriesRaw: unknown = [];
  private _funds: Fund[] = [];
  private _fundMap = new Map<string, Fund>();
  private _disclosure?: LedgerDisclosure;
  private _publicKey?: JsonWebKey;
  private _inputIssues = { entries: [] as ContractIssue[], funds: [] as ContractIssue[], disclosure: [] as ContractIssue[] };
  /** Entries read in slices, the chain verified, the disclosure checked, rows per view. */
  private readonly loader = new LedgerLoader(this, {
    funds: () => this._funds,
    fundName: (id: string) => this.fundName(id),
    labels: () => rowLabels(this.m),
    disclosure: () => this._disclosure,
    publicKey: () => this._publicKey,
    loaded: () => this.refreshIssues(),
  });

  /**
   * With no `.entries` set, inside an `<ansinh-provider>` whose source reads the ledger: the
   * entries page by page (the first painted at once, "n/N" while the rest arrive), the funds and
   * the latest disclosure.
   */
  private readonly fromSource = new LedgerSourceController(this, {
    fundId: () => this.fundId,
    first: (items, info) => {
      this._inputIssues.entries = [];
      this.loader.load([...items], { more: !info.last, ...(info.total !== undefined ? { total: info.total } : {}), chain: info.whole });
    },
    next: (items, last) => this.loader.append(items, last),
    funds: (funds) => (this.funds = funds),
    disclosure: (disclosure) => (this.disclosure = disclosure),
  });

  /** Ledger entries in chain order (validated with `parseLedgerEntry` as they arrive). */
  @property({ attribute: false })
  get entries(): unknown {
    return this._entriesRaw;
  }
  set entries(value: unknown) {
    this.fromSource.hand(value);
    const old = this._entriesRaw;
    this._entriesRaw = value;
    const input = ledgerInput(value);
    if (input.funds !== undefined) this.funds = input.funds;
    if (input.disclosure !== undefined) this.disclosure = input.disclosure;
    this._inputIssues.entries = input.items ? [] : [notAListIssue()];
    this.loader.load(input.items ?? []);
    this.requestUpdate('entries', old);
  }

  /** Funds and appeals (`Fund[]`), validated with `parseFund`. */
  @property({ attribute: false })
  get funds(): Fund[] {
    return this._funds;
  }
  set funds(value: unknown) {
    ({ funds: this._funds, issues: this._inputIssues.funds } = fundsInput(value));
    this._fundMap = new Map(this._funds.map((f) => [f.id, f]));
    this.loader.store?.setFunds(this._funds);
    this.refreshIssues();
    this.requestUpdate('funds');
  }

  /** A published `LedgerDisclosure` to check against the ledger (and its signature, with `public-key`). */
  @property({ attribute: false })
  get disclosure(): LedgerDisclosure | undefined {
    return this._disclosure;
  }
  set disclosure(value: unknown) {
    ({ disclosure: this._disclosure, issues: this._inputIssues.disclosure } = disclosureInput(value));
    this.refreshIssues();
    void this.loader.checkDisclosure();
    this.requestUpdate('disclosure');
  }

  /** The portal's public key (JWK, EC P-256), also settable as the `public-key` attribute. */
  @property({ attribute: false })
  get publicKey(): JsonWebKey | undefined {
    return this._publicKey;
  }
  set publicKey(value: JsonWebKey | undefined) {
    this._publicKey = value;
    void this.loader.checkDisclosure();
    this.requestUpdate('publicKey');
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'public-key'];
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'public-key') this.publicKey = parseJwk(value);
  }

  /**
   * Resolves when the entries are loaded, the chain verified and any disclosure checked (read
   * through the provider: once the funds and the disclosure have arrived too, whichever is last),
   * for the latest reading: one that starts meanwhile (the provider changed) is waited for too.
   */
  get ready(): Promise<void> {
    const settle = async (companions: Promise<void>): Promise<void> => {
      await companions.then(() => this.updateComplete).then(() => this.loader.ready);
      if (companions !== this.fromSource.companions) await settle(this.fromSource.companions);
    };
    return settle(this.fromSource.companions);
  }

  /** The result of the last chain verification (hashes, head, first break). */
  get chain(): ChainResult | undefined {
    return this.loader.status.chain;
  }

  /** The rows currently matched by the filters (in the current view's projection). */
  get visibleRows(): LedgerRow[] {
    return (this.result().items.filter((i) => i.type === 'row') as { row: LedgerRow }[]).map((i) => i.row);
  }

  /** Balances of the ledger (pure, incremental): see `LedgerBalances`. */
  get balances() {
    return this.loader.store?.balances;
  }

  private get m(): LedgerMessages {
    return ledgerMessages[this.locale];
  }

  private get todayDate(): string {
    return todayOr(this.today);
  }

  private fundName = (id: string): string => fundLabel(this._fundMap.get(id), id, this.locale);

  /** Funds declared, then those the entries name: what the filter and the form offer. */
  private get fundIds(): string[] {
    return knownFundIds(this._funds, this.loader.store?.balances.totals());
  }

  private refreshIssues(): void {
    const { store } = this.loader;
    this.showContractIssues([
      ...this._inputIssues.entries,
      ...this._inputIssues.funds,
      ...this._inputIssues.disclosure,
      ...(store?.issues ?? []),
    ]);
  }

  /** Re-verifies the chain (for example after the page gains Web Crypto). */
  verifyNow(): Promise<ChainResult | undefined> {
    return this.loader.verifyNow();
  }

  /** A `LedgerDisclosure` for a period, from the verified ledger (await `ready` first). */
  createDisclosure(period: { from: string; to: string }, extra: DisclosureDetails = {}): LedgerDisclosure | undefined {
    const { store } = this.loader;
    const chain = this.chain;
    if (!store || !chain) return undefined;
    return store.disclosure(period, chain.hashes, { receivingUnit: extra.receivingUnit ?? (this.receivingUnit || undefined), ...extra, funds: this._funds.length ? this._funds : undefined });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('_filter')) this.loader.invalidate();
    this.fromSource.sync();
  }

  private result(): FilterResult {
    return this.loader.filtered(this._filter);
  }

  // -------------------------------------------------------------------------------------------
  // Outputs
  // -------------------------------------------------------------------------------------------

  /**
   * The rows matched now as CSV (docs/exports.md: `excel-vi` by default, `{ dialect: 'standard' }`
   * for `,` and decimal `.`), with the columns this view may show. A public export is projected
   * again from the entries, so rows still in the staff projection (a view switched a moment ago)
   * can never put a donor's name or contact in it.
   */
  toCsv(options: CsvOptions = {}): string {
    const view = this.view === 'staff' ? 'staff' : 'public';
    const store = this.loader.store;
    const rows = view === 'public' && store ? publicRows(this.visibleRows, store.slots, rowLabels(this.m), this.fundName) : this.visibleRows;
    const t = csvTable(rows, view, this.m, this.locale, this.fundName);
    return toCsv(t.header, t.rows, options);
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

  /** Scrolls to the row of entry `id` and focuses it, or the element `target` selects inside it. */
  private goTo(e: Event | undefined, id: string, target = ''): void {
    e?.preventDefault();
    const { store } = this.loader;
    if (!store) return;
    let pos = this.result().items.findIndex((i) => i.type === 'row' && i.row.id === id);
    if (pos < 0) {
      // The target is filtered out: show everything so the link never leads nowhere.
      this._preset = 'all';
      this._filter = { sort: this._filter.sort, group: this._filter.group };
      this.loader.invalidate();
      pos = this.result().items.findIndex((i) => i.type === 'row' && i.row.id === id);
    }
    void this.updateComplete.then(() => focusRow(this.renderRoot, this._list, pos, id, target));
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const m = this.m;
    const { store } = this.loader;
    const receipt = this.receiptId ? this.renderReceipt() : undefined;
    // Nothing read yet, and reading is under way or failed: the state says so alone, never "no entries".
    const waiting = !this.loader.items.length && ['loading', 'error', 'unsupported'].includes(this.fromSource.state);
    return html`<section class="ledger" aria-labelledby="title" ?data-receipt=${!!receipt} ?data-printing=${this.printer.printing && !receipt}>
      <header class="head">
        <h2 id="title">${m.title}</h2>
        <p class="view">${this.view === 'staff' ? m.viewStaff : m.viewPublic}</p>
      </header>
      ${waiting ? nothing : this.renderVerification()} ${this.renderContractIssues()}
      ${this.renderSourceState()}
      ${waiting
        ? nothing
        : receipt ??
      html`${store && (store.ingested < store.total || this.loader.streaming)
          ? html`<p class="progress" role="status">${m.loading(this.loader.progress, this.loader.expected ?? store.total)}</p>`
          : nothing}
        ${guard([store, store?.balances.version, this.locale, this.todayDate, this.expiryDays, this._funds], () => this.renderBalances())}
        ${guard([store, store?.balances.version, this.locale, this._granularity, this._filter.fundId], () => this.renderPeriods())}
        ${this.renderFilters()} ${this.renderList()}
        ${this.renderActions()} ${this.view === 'staff' && this.entryForm ? this.staffEntryForm.render(this.locale, { today: this.todayDate, fundIds: this.fundIds, fundName: this.fundName }) : nothing}`}
      ${this.printer.printing && !receipt ? this.renderNotice() : nothing}
    </section>`;
  }

  /** Reading from the provider: loading before the first page, the offline label, or why it failed (with a retry). */
  private renderSourceState(): TemplateResult {
    const s = this.fromSource;
    const retry = () => s.reload();
    return html`${renderOfflineNotice(s, this.locale, retry)}${renderDataState(s, { id: '', property: 'entries', lang: this.locale, onRetry: retry, headings: { loadError: this.m.sourceError } })}`;
  }

  private renderVerification(): TemplateResult {
    const state = {
      ...this.loader.status,
      entryCount: this.loader.items.length,
      slots: this.loader.store?.slots ?? [],
      disclosure: this._disclosure,
      today: this.todayDate,
    };
    return renderVerification(this.m, this.locale, state, (e, id) => this.goTo(e, id));
  }

  private renderBalances(): TemplateResult | typeof nothing {
    const { store } = this.loader;
    if (!store) return nothing;
    const input = { balances: store.balances, funds: this._funds, fundMap: this._fundMap, fundName: this.fundName, today: this.todayDate, expiryDays: this.expiryDays };
    return renderBalances(this.m, this.locale, input);
  }

  private renderPeriods(): TemplateResult | typeof nothing {
    const { store } = this.loader;
    if (!store) return nothing;
    const input = { balances: store.balances, granularity: this._granularity, fundId: this._filter.fundId };
    return renderPeriods(this.m, this.locale, input, (g) => (this._granularity = g));
  }

  private renderFilters(): TemplateResult {
    const input = { filter: this._filter, preset: this._preset, fundIds: this.fundIds, fundName: this.fundName };
    return renderFilters(this.m, input, { onFilter: (patch) => this.setFilter(patch), onPreset: (value) => this.onPreset(value) });
  }

  private renderList(): TemplateResult {
    if (!this.loader.items.length && !this.loader.streaming && (this.fromSource.state === 'idle' || this.fromSource.state === 'loaded')) {
      // Nothing recorded yet: said once, as every element says "empty", not as an empty filter result.
      return html`<ansinh-state kind="empty" part="state" heading=${this.m.emptyHeading}><p>${this.m.emptyDetail}</p></ansinh-state>`;
    }
    const ctx: RowContext = {
      m: this.m,
      lang: this.locale,
      fundName: this.fundName,
      goTo: (e, id) => this.goTo(e, id),
      showReceipt: (id) => this.receiptFocus.open(id),
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
    const { store } = this.loader;
    const f = this._filter;
    // The notice is public whatever the view: rows are projected again for the public.
    const rows = store && this.view === 'staff' ? publicRows(this.visibleRows, store.slots, rowLabels(this.m), this.fundName) : this.visibleRows;
    return renderNotice(this.m, this.locale, {
      unit: this.receivingUnit || (store && receivingUnitOf(store.slots)) || '',
      filter: f,
      totals: store?.balances.totals({ from: f.from, to: f.to, fundId: f.fundId }),
      rows,
      head: this.chain?.head,
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
    const { store } = this.loader;
    const i = store?.indexOfId(this.receiptId);
    const slot = i === undefined ? undefined : store!.slots[i];
    const row = slot && store ? store.rows[slot.index] : undefined;
    const fundId = slot?.effective?.fundId;
    return renderReceipt(this.m, this.locale, { slot, row, fund: fundId === undefined ? undefined : this._fundMap.get(fundId), fundName: this.fundName }, {
      close: () => this.receiptFocus.close(),
      print: () => void this.printReceipt(this.receiptId),
      wordsLoaded: () => this.requestUpdate(),
    });
  }
}

// Listeners added to this element receive its own details (see AnsinhDonationLedgerEventMap).
export interface AnsinhDonationLedger {
  addEventListener: TypedEvents<AnsinhDonationLedgerEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhDonationLedgerEventMap>['removeEventListener'];
}
