import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import type { FieldValue, InvalidDetail, TypedEvents } from '../../base/events.js';

/** The events `<ansinh-donation-ledger>` fires, with their details. */
export interface AnsinhDonationLedgerEventMap {
  /** Staff recorded an entry with the form: the entry, chained to the last one. */
  'ansinh-submit': CustomEvent<LedgerEntry>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}
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
import { formatDate, formatNumber, formatVnd } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { periodRange, type ExpiryWarning, type Granularity } from './balances.js';
import { defaultSubtle, entryHash, verifyChain, verifySignature, yieldToMain, type ChainResult, type SignatureStatus } from './chain.js';
import { toCsv, CSV_MIME, type CsvValue } from '../../base/controllers/export.js';
import { downloadText } from '../../base/controllers/download.js';
import { PrintController } from '../../base/controllers/print.js';
import { newId } from '../../base/controllers/ids.js';
import { ledgerMessages, type LedgerMessages } from './messages.js';
import { amountVndOf, buildRow, fundLabel, linesOf, type LedgerRow, type LedgerView, type RowLabels } from './model.js';
import { qrSvg } from './qr-svg.js';
import { LedgerStore, type FilterResult, type KindFilter, type LedgerFilter, type ListItem, type SortKey } from './store.js';
import { bankBin, vietQrPayload } from './vietqr.js';
import type * as Words from './words.js';

/**
 * Amount in words (read-vietnamese-number) is loaded with the first receipt: the list and the
 * public view never need it. `updateComplete` waits for it while a receipt is shown.
 */
let words: typeof Words | undefined;
let wordsLoading: Promise<typeof Words> | undefined;
function loadWords(): Promise<typeof Words> {
  wordsLoading ??= import('./words.js').then((m) => (words = m));
  return wordsLoading;
}
import { ledgerStyles } from './donation-ledger.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-donation-ledger': AnsinhDonationLedger;
  }
}

type PeriodPreset = 'all' | 'month' | 'quarter' | 'year' | 'custom';

/**
 * One line per item and status: the quantity on hand across its lots, dated by the latest expired
 * lot or the soonest expiring one. A ledger with thousands of lots still gives a short list.
 */
function summariseExpiry(warnings: readonly ExpiryWarning[]): ExpiryWarning[] {
  const out = new Map<string, ExpiryWarning>();
  for (const w of warnings) {
    const key = `${w.status}|${w.item}|${w.unit}`;
    const seen = out.get(key);
    if (!seen) out.set(key, { ...w });
    else {
      seen.onHand = Math.round((seen.onHand + w.onHand) * 1e6) / 1e6;
      if (w.status === 'expired' ? w.expiry > seen.expiry : w.expiry < seen.expiry) {
        seen.expiry = w.expiry;
        seen.days = w.days;
      }
    }
  }
  return [...out.values()];
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

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parseJwk(value: string | null): JsonWebKey | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonWebKey) : undefined;
  } catch {
    return undefined;
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
  @state() private _formKind: 'donation' | 'distribution' = 'donation';
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
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday();
  }

  private get subtle(): SubtleCrypto | null {
    return this.hashing === 'javascript' ? null : defaultSubtle();
  }

  private labels(): RowLabels {
    const m = this.m;
    return {
      anonymousDonor: m.anonymousDonor,
      contact: m.contact,
      bankReference: m.bankReference,
      beneficiaryId: m.beneficiaryId,
      recordedBy: m.recordedBy,
      approver: m.approver,
      handoverRecord: m.handoverRecord,
      note: m.note,
    };
  }

  private fundName = (id: string): string => fundLabel(this._fundMap.get(id), id, this.locale);

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
    const store = new LedgerStore(this._items, view, this.labels(), this.fundName);
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
        store.setView(view, this.labels());
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
    const m = this.m;
    const lang = this.locale;
    const staff = this.view === 'staff';
    const header = [m.receiptNumber, m.date, m.kind, m.channel, m.fund, m.donor, m.amountVnd, m.items, m.inKindValue, m.voided, m.corrects, m.reason, m.correctedBy, m.approver, m.handoverRecord];
    if (staff) header.push(m.contact, m.bankReference, m.beneficiaryId, m.recordedBy, m.note);
    const rows = this.visibleRows.map((r) => {
      const get = (label: string) => r.details?.find((d) => d.label === label)?.value ?? r.publicDetails?.find((d) => d.label === label)?.value ?? '';
      const cells: CsvValue[] = [
        r.receiptNumber,
        r.date,
        r.kind === 'invalid' ? m.invalid : m[r.kind],
        r.channel ? m[`channel-${r.channel}` as 'channel-cash'] : '',
        r.fundId ? this.fundName(r.fundId) : '',
        r.party,
        r.amountVnd,
        r.lines?.map((l) => `${formatNumber(l.quantity, lang)} ${l.unit} ${l.item}${l.expiry ? ` (${m.expiry} ${l.expiry})` : ''}`).join('; ') ?? '',
        r.estimatedVnd,
        r.voided ? m.voided : '',
        r.corrects?.receiptNumber ?? '',
        r.corrects?.reason ?? '',
        r.correctedBy?.map((c) => c.receiptNumber).join('; ') ?? '',
        get(m.approver),
        get(m.handoverRecord),
      ];
      if (staff) cells.push(get(m.contact), get(m.bankReference), get(m.beneficiaryId), get(m.recordedBy), get(m.note));
      return cells;
    });
    return toCsv(header, rows);
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
    const preset = (['all', 'month', 'quarter', 'year', 'custom'].includes(value) ? value : 'all') as PeriodPreset;
    this._preset = preset;
    if (preset === 'all') this.setFilter({ from: undefined, to: undefined });
    else if (preset !== 'custom') this.setFilter(periodRange(preset, this.todayDate));
  }

  private fieldValue(e: Event): string {
    return String((e.currentTarget as { value?: unknown }).value ?? '');
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
    const m = this.m;
    const c = this._chain;
    let body: TemplateResult;
    if (this._verifyError) body = html`<p role="alert" class="bad">${m.verifyFailed}</p>`;
    else if (!c) body = html`<p role="status" class="pending">${this._verifying || this._items.length ? m.verifying : m.verifiedEmpty}</p>`;
    else if (c.ok) {
      body = html`<div role="status" class="ok">
        <p><strong>✓ ${m.verified}</strong></p>
        <p class="small">${c.head ? m.verifiedDetail(this._items.length, c.head) : m.verifiedEmpty} ${m.method(c.method)}</p>
      </div>`;
    } else {
      const b = c.break!;
      const slot = this._store?.slots[b.index];
      const receipt = slot?.entry?.receiptNumber ?? `#${b.index + 1}`;
      const id = slot?.entry?.id;
      body = html`<div role="alert" class="bad">
        <p><strong>✕ ${m.brokenTitle}</strong> ${m.breakAt(receipt, b.index + 1)}</p>
        <p>${m[`reason-${b.reason}`]}</p>
        ${id ? html`<p><a href="#entry-${id}" @click=${(e: Event) => this.goTo(e, id)}>${m.goToEntry} ${receipt}</a></p>` : nothing}
      </div>`;
    }
    const d = this._disclosureIssues;
    return html`<div class="verification" part="verification">
      ${body}
      ${d
        ? html`<div class=${d.length ? 'bad' : 'ok'} role=${d.length ? 'alert' : 'status'}>
            <p>${d.length ? m.disclosureBad : `✓ ${m.disclosureOk}`}</p>
            ${d.length ? html`<ul>${d.map((i) => html`<li>${i.message[this.locale]}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      ${this._signature
        ? html`<p class=${this._signature === 'valid' ? 'ok' : this._signature === 'invalid' ? 'bad' : 'small'} data-signature=${this._signature}>
            ${this._signature === 'valid' ? '✓ ' : this._signature === 'invalid' ? '✕ ' : ''}${m[`sig-${this._signature}`]}
          </p>`
        : nothing}
    </div>`;
  }

  private renderBalances(): TemplateResult | typeof nothing {
    const store = this._store;
    if (!store) return nothing;
    const m = this.m;
    const lang = this.locale;
    const t = store.balances.totals();
    const warnings = store.balances.expiryWarnings(this.todayDate, this.expiryDays);
    const fundIds = new Set([...this._funds.map((f) => f.id), ...t.funds.map((f) => f.fundId)]);
    return html`<section class="balances" part="balances" aria-labelledby="bal-h">
      <h3 id="bal-h">${m.balances}</h3>
      <table>
        <caption class="sr">${m.balances}</caption>
        <thead><tr><th scope="col">${m.fund}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th><th scope="col">${m.balance}</th><th scope="col">${m.inKindValue}</th></tr></thead>
        <tbody>
          ${[...fundIds].map((id) => {
            const f = t.funds.find((x) => x.fundId === id);
            const fund = this._fundMap.get(id);
            const bal = f?.balanceVnd ?? 0;
            return html`<tr data-fund=${id}>
              <th scope="row">${this.fundName(id)}${fund?.restricted ? html` <span class="tag">${m.restricted}</span>` : nothing}</th>
              <td class="num">${formatVnd(f?.receivedVnd ?? 0, lang)}</td>
              <td class="num">${formatVnd(f?.distributedVnd ?? 0, lang)}</td>
              <td class="num ${bal < 0 ? 'neg' : ''}">${formatVnd(bal, lang)}</td>
              <td class="num">${f?.inKindEstimatedVnd ? formatVnd(f.inKindEstimatedVnd, lang) : '—'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <h4>${m.items}</h4>
      ${t.items.length
        ? html`<table class="items">
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.unit}</th><th scope="col">${m.received}</th><th scope="col">${m.handedOut}</th><th scope="col">${m.onHand}</th></tr></thead>
            <tbody>
              ${t.items.map(
                (i) => html`<tr data-item=${i.key}>
                  <th scope="row">${i.item}</th><td>${i.unit}</td>
                  <td class="num">${formatNumber(i.received, lang)}</td>
                  <td class="num">${formatNumber(i.distributed, lang)}</td>
                  <td class="num ${i.onHand < 0 ? 'neg' : ''}">${formatNumber(i.onHand, lang)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="small">${m.noItems}</p>`}
      ${warnings.length
        ? html`<div class="expiry" role="status">
            <h4>${m.expiryTitle}</h4>
            <ul>
              ${summariseExpiry(warnings).map((w) => {
                const q = `${formatNumber(w.onHand, lang)} ${w.unit}`;
                return html`<li class=${w.status} data-status=${w.status}>
                  ${w.status === 'expired' ? `✕ ${m.expired(w.item, q, formatDate(w.expiry, lang))}` : `! ${m.expiring(w.item, q, formatDate(w.expiry, lang), w.days)}`}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
    </section>`;
  }

  private renderPeriods(): TemplateResult | typeof nothing {
    const store = this._store;
    if (!store) return nothing;
    const m = this.m;
    const lang = this.locale;
    const rows = store.balances.byPeriod(this._granularity, this._filter.fundId || undefined).reverse();
    const label = (p: string) => {
      if (this._granularity === 'month') return formatDate(p, lang);
      if (this._granularity === 'year') return p;
      return `${m.quarter} ${p.slice(6)}/${p.slice(0, 4)}`;
    };
    return html`<details class="periods">
      <summary>${m.periods}</summary>
      <ansinh-select
        label=${m.granularity}
        .value=${this._granularity}
        .options=${(['month', 'quarter', 'year'] as const).map((g) => ({ value: g, label: m[g] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => (this._granularity = (['month', 'quarter', 'year'].includes(String(e.detail)) ? e.detail : 'month') as Granularity)}
      ></ansinh-select>
      <table>
        <thead><tr><th scope="col">${m.period}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th></tr></thead>
        <tbody>
          ${rows.map((r) => html`<tr><th scope="row">${label(r.period)}</th><td class="num">${formatVnd(r.receivedVnd, lang)}</td><td class="num">${formatVnd(r.distributedVnd, lang)}</td></tr>`)}
        </tbody>
      </table>
    </details>`;
  }

  private renderFilters(): TemplateResult {
    const m = this.m;
    const f = this._filter;
    const fundIds = new Set([...this._funds.map((x) => x.id), ...(this._store?.balances.totals().funds.map((x) => x.fundId) ?? [])]);
    return html`<form class="filters" part="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
      <ansinh-text-field
        class="q"
        type="search"
        label=${m.search}
        hint=${m.searchHint}
        .value=${f.q ?? ''}
        @input=${(e: Event) => this.setFilter({ q: this.fieldValue(e) })}
      ></ansinh-text-field>
      <ansinh-select
        class="preset"
        label=${m.periodPreset}
        .value=${this._preset}
        .options=${[
          { value: 'all', label: m.all },
          { value: 'month', label: m.thisMonth },
          { value: 'quarter', label: m.thisQuarter },
          { value: 'year', label: m.thisYear },
          { value: 'custom', label: m.custom },
        ]}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => this.onPreset(String(e.detail))}
      ></ansinh-select>
      ${this._preset === 'custom'
        ? html`<ansinh-text-field class="from" type="date" label=${m.from} .value=${f.from ?? ''} @input=${(e: Event) => this.setFilter({ from: this.fieldValue(e) || undefined })}></ansinh-text-field>
            <ansinh-text-field class="to" type="date" label=${m.to} .value=${f.to ?? ''} @input=${(e: Event) => this.setFilter({ to: this.fieldValue(e) || undefined })}></ansinh-text-field>`
        : nothing}
      <ansinh-select
        class="fund"
        label=${m.fund}
        placeholder=${m.allFunds}
        .value=${f.fundId ?? ''}
        .options=${[...fundIds].map((id) => ({ value: id, label: this.fundName(id) }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => this.setFilter({ fundId: String(e.detail ?? '') || undefined })}
      ></ansinh-select>
      <ansinh-select
        class="kind"
        label=${m.kind}
        placeholder=${m.allKinds}
        .value=${f.kind ?? ''}
        .options=${(['donation', 'distribution', 'correction'] as const).map((k) => ({ value: k, label: m[k] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => this.setFilter({ kind: (String(e.detail ?? '') as KindFilter) || undefined })}
      ></ansinh-select>
      <ansinh-text-field class="party" type="search" label=${m.donor} .value=${f.party ?? ''} @input=${(e: Event) => this.setFilter({ party: this.fieldValue(e) })}></ansinh-text-field>
      <ansinh-select
        class="sort"
        label=${m.sort}
        .value=${f.sort ?? 'date-desc'}
        .options=${(['date-desc', 'date-asc', 'amount-desc', 'amount-asc', 'chain'] as const).map((s) => ({ value: s, label: m[`sort-${s}`] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => this.setFilter({ sort: (String(e.detail) || 'date-desc') as SortKey })}
      ></ansinh-select>
    </form>`;
  }

  private renderList(): TemplateResult {
    const m = this.m;
    const r = this.result();
    return html`<p class="found" role="status" aria-live="polite">${m.found(r.matched, formatVnd(r.receivedVnd, this.locale), formatVnd(r.distributedVnd, this.locale))}</p>
      ${r.items.length
        ? html`<div class="list" part="list" role="list" aria-label=${m.entries} tabindex="0">
            ${virtualize({
              items: r.items,
              keyFunction: (i: ListItem) => (i.type === 'row' ? i.row.id : `m:${i.month}`),
              renderItem: (i: ListItem) => (i.type === 'row' ? this.renderRow(i.row) : this.renderMonth(i)),
              scroller: true,
            })}
          </div>`
        : html`<p class="empty">${m.noMatch}</p>`}`;
  }

  private renderMonth(h: Extract<ListItem, { type: 'month' }>): TemplateResult {
    const lang = this.locale;
    return html`<div role="listitem" class="month">
      <span class="month-name">${h.month === '—' ? '—' : formatDate(h.month, lang)}</span>
      <span class="in">+${formatVnd(h.receivedVnd, lang)}</span>
      <span class="out">−${formatVnd(h.distributedVnd, lang)}</span>
    </div>`;
  }

  private renderRow(r: LedgerRow, forPrint = false): TemplateResult {
    const m = this.m;
    const lang = this.locale;
    if (r.kind === 'invalid') {
      return html`<div role="listitem" class="row invalid" part="row" data-entry-id=${r.id} tabindex="-1">
        <p><strong>✕ ${m.invalidEntry}</strong> #${r.index + 1}</p>
        <ul>${(r.issues ?? []).map((i) => html`<li>${i.field ? i.field[lang] : i.path.join('.')}: ${i.message[lang]}</li>`)}</ul>
      </div>`;
    }
    const link = (id: string, text: string) =>
      forPrint ? html`<span>${text}</span>` : html`<a href="#entry-${id}" @click=${(e: Event) => this.goTo(e, id)}>${text}</a>`;
    const amountChange = r.changes?.find((c) => c.field === 'amountVnd');
    const partyChange = r.changes?.find((c) => c.field === 'party');
    const sign = r.kind === 'donation' ? '+' : r.kind === 'distribution' ? '−' : '';
    return html`<div role="listitem" class="row ${r.kind} ${r.voided ? 'voided' : ''}" part="row" id="entry-${r.id}" data-entry-id=${r.id} tabindex="-1">
      <div class="line1">
        <span class="receipt">${r.receiptNumber}</span>
        <span class="date">${formatDate(r.date, lang)}</span>
        <span class="kind">${m[r.kind]}${r.channel ? ` · ${m[`channel-${r.channel}` as 'channel-cash']}` : ''}</span>
        ${r.voided ? html`<span class="tag bad">${m.voided}</span>` : nothing}
        ${r.amountVnd !== undefined
          ? html`<span class="amount ${r.kind === 'donation' ? 'in' : 'out'}">${amountChange ? html`<del>${formatVnd(Number(amountChange.before), lang)}</del> ` : nothing}${r.voided ? html`<del>${sign}${formatVnd(r.amountVnd, lang)}</del>` : `${sign}${formatVnd(r.amountVnd, lang)}`}</span>`
          : nothing}
      </div>
      ${r.kind !== 'correction'
        ? html`<div class="line2">
            <span class="party ${r.anonymous ? 'anon' : ''}">${partyChange ? html`<del>${partyChange.before}</del> ` : nothing}${r.party}</span>
            <span class="fund">${this.fundName(r.fundId)}</span>
          </div>`
        : nothing}
      ${r.lines
        ? html`<ul class="goods">
            ${r.lines.map((l) => html`<li>${formatNumber(l.quantity, lang)} ${l.unit} ${l.item}${l.expiry ? html` <span class="small">(${m.expiry} ${formatDate(l.expiry, lang)})</span>` : nothing}</li>`)}
            ${r.estimatedVnd !== undefined ? html`<li class="small">${m.estimated}: ${formatVnd(r.estimatedVnd, lang)}</li>` : nothing}
          </ul>`
        : nothing}
      ${r.changes?.filter((c) => c.field !== 'amountVnd' && c.field !== 'party').map(
        (c) => html`<p class="small">${m.original}: <del>${c.field === 'date' ? formatDate(c.before, lang) : c.field === 'fundId' ? this.fundName(c.before) : c.field === 'channel' ? m[`channel-${c.before}` as 'channel-cash'] ?? c.before : c.before}</del></p>`,
      )}
      ${r.correctedBy ? html`<p class="small">${m.correctedBy} ${r.correctedBy.map((c, i) => html`${i ? ', ' : ''}${link(c.id, c.receiptNumber)}`)}</p>` : nothing}
      ${r.corrects ? html`<p>${m.corrects} ${link(r.corrects.id, r.corrects.receiptNumber)}. ${m.reason}: ${r.corrects.reason}</p>` : nothing}
      ${[...(r.publicDetails ?? []), ...(r.details ?? [])].length
        ? html`<dl class="details">${[...(r.publicDetails ?? []), ...(r.details ?? [])].map((d) => html`<div><dt>${d.label}</dt><dd>${d.value}</dd></div>`)}</dl>`
        : nothing}
      ${r.issues ? html`<ul class="row-issues">${r.issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>` : nothing}
      ${!forPrint && r.kind === 'donation' && !r.voided
        ? html`<button type="button" class="linkish" @click=${() => (this.receiptId = r.id)}>${m.receipt} ${r.receiptNumber}</button>`
        : nothing}
    </div>`;
  }

  private renderActions(): TemplateResult {
    const m = this.m;
    return html`<div class="actions">
      <ansinh-button type="button" variant="secondary" @click=${() => this.downloadCsv()}>${m.csv}</ansinh-button>
      <ansinh-button type="button" variant="secondary" @click=${() => void this.printNotice()}>${m.printNotice}</ansinh-button>
    </div>`;
  }

  private renderNotice(): TemplateResult {
    const m = this.m;
    const lang = this.locale;
    const store = this._store;
    const f = this._filter;
    const t = store?.balances.totals({ from: f.from, to: f.to, fundId: f.fundId });
    // The notice is public whatever the view: rows are projected again for the public.
    const rows =
      store && this.view === 'staff'
        ? this.visibleRows.map((r) => buildRow(store.slots[r.index]!, 'public', this.labels(), store.slots, new Map(store.slots.filter((s) => s.entry).map((s) => [s.entry!.id, s.index])), this.fundName))
        : this.visibleRows;
    const unit = this.receivingUnit || store?.slots.find((s) => s.entry)?.entry?.receivingUnit || '';
    return html`<article class="notice" part="notice" aria-label=${m.noticeTitle}>
      <h2>${m.noticeTitle}</h2>
      ${unit ? html`<p><strong>${unit}</strong></p>` : nothing}
      <p>${f.from || f.to ? m.noticePeriod(f.from ? formatDate(f.from, lang) : '…', f.to ? formatDate(f.to, lang) : '…') : m.noticeAll}</p>
      <table>
        <thead><tr><th scope="col">${m.fund}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th><th scope="col">${m.balance}</th></tr></thead>
        <tbody>${(t?.funds ?? []).map((x) => html`<tr><th scope="row">${this.fundName(x.fundId)}</th><td class="num">${formatVnd(x.receivedVnd, lang)}</td><td class="num">${formatVnd(x.distributedVnd, lang)}</td><td class="num">${formatVnd(x.balanceVnd, lang)}</td></tr>`)}</tbody>
      </table>
      ${t?.items.length
        ? html`<table>
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.unit}</th><th scope="col">${m.received}</th><th scope="col">${m.handedOut}</th><th scope="col">${m.onHand}</th></tr></thead>
            <tbody>${t.items.map((i) => html`<tr><th scope="row">${i.item}</th><td>${i.unit}</td><td class="num">${formatNumber(i.received, lang)}</td><td class="num">${formatNumber(i.distributed, lang)}</td><td class="num">${formatNumber(i.onHand, lang)}</td></tr>`)}</tbody>
          </table>`
        : nothing}
      <table class="notice-rows">
        <thead><tr><th scope="col">${m.receiptNumber}</th><th scope="col">${m.date}</th><th scope="col">${m.kind}</th><th scope="col">${m.donor}</th><th scope="col">${m.fund}</th><th scope="col">${m.amount}</th></tr></thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${r.receiptNumber}</td><td>${r.date ? formatDate(r.date, lang) : ''}</td>
              <td>${r.kind === 'invalid' ? m.invalid : m[r.kind]}${r.voided ? ` (${m.voided})` : ''}</td>
              <td>${r.kind === 'correction' ? `${m.corrects} ${r.corrects?.receiptNumber ?? ''}: ${r.corrects?.reason ?? ''}` : r.party}</td>
              <td>${r.fundId ? this.fundName(r.fundId) : ''}</td>
              <td class="num">${r.amountVnd !== undefined ? formatVnd(r.amountVnd, lang) : (r.lines?.map((l) => `${formatNumber(l.quantity, lang)} ${l.unit} ${l.item}`).join(', ') ?? '')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this._chain?.head ? html`<p class="small">${m.noticeChain} <code>${this._chain.head}</code></p><p class="small">${m.noticeVerify}</p>` : nothing}
    </article>`;
  }


  /** The amount in words, once its module has loaded (a receipt asks for it). */
  private inWords(amount: number, lang: Lang): TemplateResult | string {
    if (!words) {
      void loadWords().then(() => this.requestUpdate());
      return '…';
    }
    return lang === 'vi'
      ? words.amountInWords(amount, lang)
      : html`${words.amountInWords(amount, lang)} <span lang="vi">(${words.amountInWordsVi(amount)})</span>`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!wordsLoading || words) return done;
    await wordsLoading;
    return super.getUpdateComplete();
  }
  private renderReceipt(): TemplateResult {
    const m = this.m;
    const lang = this.locale;
    const store = this._store;
    const i = store?.indexOfId(this.receiptId);
    const slot = i === undefined ? undefined : store!.slots[i];
    const row = slot && store ? store.rows[slot.index] : undefined;
    const e = slot?.effective;
    const close = html`<ansinh-button type="button" variant="secondary" class="close" @click=${() => (this.receiptId = '')}>${m.close}</ansinh-button>`;
    if (!e || e.kind !== 'donation' || !row) {
      return html`<section class="receipt" part="receipt"><p role="alert">${m.receiptMissing}</p>${close}</section>`;
    }
    const fund = this._fundMap.get(e.fundId);
    const account = fund?.account as ({ bank: string; number: string; holder?: string; bin?: unknown } | undefined);
    const bin = account ? (typeof account.bin === 'string' ? account.bin : bankBin(account.bank)) : undefined;
    const payload = account && bin ? vietQrPayload({ bin, accountNumber: account.number, purpose: `Ung ho ${fundLabel(fund, e.fundId, 'vi')}` }) : undefined;
    const amount = amountVndOf(e);
    const lines = linesOf(e);
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-h">
      <p class="unit">${e.receivingUnit}</p>
      <h3 id="receipt-h">${amount !== undefined ? m.receiptTitle : m.receiptGoodsTitle}</h3>
      <dl class="receipt-fields">
        <div><dt>${m.receiptNumber}</dt><dd>${e.receiptNumber}</dd></div>
        <div><dt>${m.date}</dt><dd>${formatDate(e.date, lang)}</dd></div>
        <div><dt>${m.receivedFrom}</dt><dd>${row.party}</dd></div>
        <div><dt>${m.forFund}</dt><dd>${this.fundName(e.fundId)}</dd></div>
        ${e.kind === 'donation' ? html`<div><dt>${m.channel}</dt><dd>${m[`channel-${e.channel}` as 'channel-cash']}</dd></div>` : nothing}
        ${amount !== undefined
          ? html`<div><dt>${m.amount}</dt><dd class="big">${formatVnd(amount, lang)}</dd></div>
              <div><dt>${m.inWords}</dt><dd class="words">${this.inWords(amount, lang)}</dd></div>`
          : nothing}
      </dl>
      ${lines.length
        ? html`<table>
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.quantity}</th><th scope="col">${m.unit}</th><th scope="col">${m.expiry}</th></tr></thead>
            <tbody>${lines.map((l) => html`<tr><th scope="row">${l.item}</th><td class="num">${formatNumber(l.quantity, lang)}</td><td>${l.unit}</td><td>${l.expiry ? formatDate(l.expiry, lang) : '—'}</td></tr>`)}</tbody>
          </table>`
        : nothing}
      <p class="thanks">${m.thanks}</p>
      ${payload && account
        ? html`<figure class="vietqr">
            ${qrSvg(payload, `VietQR ${account.bank} ${account.number}`)}
            <figcaption>${m.scanToGive}<br />${m.account}: ${account.bank} ${account.number}${account.holder ? ` — ${account.holder}` : ''}</figcaption>
          </figure>`
        : nothing}
      <div class="actions no-print">
        <ansinh-button type="button" @click=${() => void this.printReceipt(this.receiptId)}>${m.printReceipt}</ansinh-button>
        ${close}
      </div>
    </section>`;
  }

  // -------------------------------------------------------------------------------------------
  // Staff entry form
  // -------------------------------------------------------------------------------------------

  private renderForm(): TemplateResult {
    const m = this.m;
    const donation = this._formKind === 'donation';
    const goods = donation ? this._formChannel === 'in-kind' : this._formChannel === 'goods';
    const fundIds = new Set([...this._funds.map((x) => x.id), ...(this._store?.balances.totals().funds.map((x) => x.fundId) ?? [])]);
    return html`<form class="entry-form" part="form" aria-labelledby="form-h" novalidate @submit=${this.onSubmit}>
      <h3 id="form-h">${m.formTitle}</h3>
      ${this._formIssues.length
        ? html`<div role="alert" class="bad"><p><strong>${m.formErrors}</strong></p><ul>${this._formIssues.map((i) => html`<li>${i.field ? `${i.field[this.locale]}: ` : ''}${i.message[this.locale]}</li>`)}</ul></div>`
        : nothing}
      ${this._formStatus ? html`<p role="status" class="ok">${this._formStatus}</p>` : nothing}
      <div class="grid">
        <ansinh-select name="kind" label=${m.formKind} required .value=${this._formKind}
          .options=${[{ value: 'donation', label: m.donation }, { value: 'distribution', label: m.distribution }]}
          @ansinh-change=${(e: CustomEvent<FieldValue>) => {
            this._formKind = e.detail === 'distribution' ? 'distribution' : 'donation';
            this._formChannel = this._formKind === 'donation' ? 'cash' : 'money';
          }}></ansinh-select>
        <ansinh-text-field name="receiptNumber" label=${m.receiptNumber} required></ansinh-text-field>
        <ansinh-text-field name="date" type="date" label=${m.date} required .value=${this.todayDate}></ansinh-text-field>
        <ansinh-select name="fundId" label=${m.fund} required .options=${[...fundIds].map((id) => ({ value: id, label: this.fundName(id) }))}></ansinh-select>
        ${donation
          ? html`<ansinh-select name="channel" label=${m.channel} required .value=${this._formChannel}
                .options=${(['cash', 'bank-transfer', 'vietqr', 'in-kind'] as const).map((c) => ({ value: c, label: m[`channel-${c}`] }))}
                @ansinh-change=${(e: CustomEvent<FieldValue>) => (this._formChannel = String(e.detail || 'cash'))}></ansinh-select>
              <ansinh-select name="donorType" label=${m.donorType} required value="person"
                .options=${(['person', 'organisation', 'business', 'religious', 'anonymous'] as const).map((t) => ({ value: t, label: m[`donor-${t}`] }))}></ansinh-select>
              <ansinh-text-field name="donorName" label=${m.donorName}></ansinh-text-field>
              <ansinh-checkbox-group name="consent" label=${m.consent} .options=${[{ value: 'yes', label: m.consent }]}></ansinh-checkbox-group>
              <ansinh-text-field name="contact" label=${m.contact}></ansinh-text-field>
              ${this._formChannel === 'bank-transfer' || this._formChannel === 'vietqr'
                ? html`<ansinh-text-field name="bankReference" label=${m.bankReference} ?required=${this._formChannel === 'bank-transfer'}></ansinh-text-field>`
                : nothing}`
          : html`<ansinh-select name="channel" label=${m.channel} required .value=${this._formChannel}
                .options=${[{ value: 'money', label: m['channel-cash'] }, { value: 'goods', label: m['channel-in-kind'] }]}
                @ansinh-change=${(e: CustomEvent<FieldValue>) => (this._formChannel = String(e.detail || 'money'))}></ansinh-select>
              <ansinh-text-field name="beneficiary" label=${m.beneficiary} required></ansinh-text-field>
              <ansinh-text-field name="approver" label=${m.approver} required></ansinh-text-field>
              <ansinh-text-field name="handoverRecord" label=${m.handoverRecord}></ansinh-text-field>`}
        ${goods
          ? html`<ansinh-text-field name="item" label=${m.item} required></ansinh-text-field>
              <ansinh-text-field name="unit" label=${m.unit} required></ansinh-text-field>
              <ansinh-text-field name="quantity" type="number" min="0" step="any" label=${m.quantity} required></ansinh-text-field>
              <ansinh-text-field name="expiry" type="date" label=${m.expiry}></ansinh-text-field>`
          : html`<ansinh-text-field name="amountVnd" type="number" min="0" step="1" inputmode="numeric" label=${m.amountVnd} required></ansinh-text-field>`}
        <ansinh-text-field name="note" label=${m.note}></ansinh-text-field>
      </div>
      <ansinh-button type="submit">${m.submit}</ansinh-button>
    </form>`;
  }

  /** Builds the entry from the form's primitives (before validation; numbers may be NaN). */
  private formEntry(data: FormData, prevHash: string | null): Record<string, unknown> {
    const s = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const n = (k: string) => (s(k) === undefined ? undefined : Number(s(k)));
    const lastUnit = [...(this._store?.slots ?? [])].reverse().find((x) => x.entry)?.entry?.receivingUnit;
    const id = newId();
    const base: Record<string, unknown> = {
      id,
      receiptNumber: s('receiptNumber'),
      date: s('date'),
      receivingUnit: this.receivingUnit || lastUnit,
      fundId: s('fundId'),
      prevHash,
      note: s('note'),
    };
    const lines = s('item') !== undefined || s('unit') !== undefined ? [{ item: s('item'), unit: s('unit'), quantity: n('quantity'), expiry: s('expiry') }] : undefined;
    if (this._formKind === 'donation') {
      const type = s('donorType') ?? 'person';
      const channel = s('channel') ?? 'cash';
      return {
        ...base,
        kind: 'donation',
        channel,
        donor: { type, name: type === 'anonymous' ? undefined : s('donorName'), contact: s('contact'), publishConsent: data.getAll('consent').includes('yes') },
        ...(channel === 'in-kind' ? { lines } : { amountVnd: n('amountVnd') }),
        ...(channel === 'bank-transfer' || channel === 'vietqr' ? { bankReference: s('bankReference') } : {}),
      };
    }
    return {
      ...base,
      kind: 'distribution',
      beneficiary: { pseudonym: s('beneficiary') },
      approver: s('approver'),
      handoverRecord: s('handoverRecord'),
      ...(this._formChannel === 'goods' ? { lines } : { amountVnd: n('amountVnd') }),
    };
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const last = this._items.length ? this._items[this._items.length - 1] : undefined;
    const prevHash = last === undefined ? null : (this._chain?.head ?? (await entryHash(last, this.subtle)));
    const candidate = this.formEntry(new FormData(form), prevHash);
    const r = parseLedgerEntry(JSON.parse(JSON.stringify(candidate)) as LedgerEntryInput);
    const issues: ContractIssue[] = r.ok ? [] : r.issues;
    const receipt = typeof candidate.receiptNumber === 'string' ? candidate.receiptNumber : '';
    if (receipt && this._store?.receiptNumbers.has(receipt)) {
      issues.push({ path: ['receiptNumber'], code: 'ledger_duplicate_receipt', severity: 'error', field: { vi: ledgerMessages.vi.receiptNumber, en: ledgerMessages.en.receiptNumber }, message: { vi: ledgerMessages.vi.duplicateReceipt(receipt), en: ledgerMessages.en.duplicateReceipt(receipt) } });
    }
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
