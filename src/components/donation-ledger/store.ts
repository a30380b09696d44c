/**
 * The ledger's working state: slots (valid or not), corrections applied, incremental balances,
 * rows for the current view with a pre-folded search text, and the filter/sort/group pipeline.
 * Ingestion runs in slices (`ingest(budgetMs)`), so 100,000 entries never block the page; each
 * slice parses, applies corrections, updates balances and builds rows for the entries it takes.
 */
import { parseLedgerEntry } from '../../contract/parse-ledger.js';
import { type ContractIssue } from '../../contract/issues.js';
import { type Fund, type LedgerDisclosure } from '../../contract/ledger.js';
import { foldForSearch } from '../../i18n/format.js';
import { LedgerBalances, type Totals } from './balances.js';
import {
  applyCorrection,
  buildRow,
  isMovement,
  type LedgerRow,
  type LedgerSlot,
  type LedgerView,
  type RowLabels,
} from './model.js';

export type SortKey = 'date-desc' | 'date-asc' | 'amount-desc' | 'amount-asc' | 'chain';
export type KindFilter = '' | 'donation' | 'distribution' | 'correction';

export interface LedgerFilter {
  from?: string;
  to?: string;
  fundId?: string;
  kind?: KindFilter;
  /** Donor (or beneficiary) text, diacritic-insensitive. */
  party?: string;
  /** Free search over everything the view shows, diacritic-insensitive. */
  q?: string;
  sort?: SortKey;
  /** Insert a heading per month (date sorts only). */
  group?: boolean;
}

export interface MonthHeading {
  type: 'month';
  month: string;
  receivedVnd: number;
  distributedVnd: number;
  count: number;
}
export interface RowItem {
  type: 'row';
  row: LedgerRow;
}
export type ListItem = MonthHeading | RowItem;

export interface FilterResult {
  items: ListItem[];
  /** Rows matched (headings excluded). */
  matched: number;
  /** Totals for what is matched. */
  receivedVnd: number;
  distributedVnd: number;
  /** True when totals came from the month buckets (no text filter). */
  fromBuckets: boolean;
}

function issue(path: (string | number)[], code: string, vi: string, en: string, field?: { vi: string; en: string }): ContractIssue {
  return { path, code, severity: 'error', message: { vi, en }, ...(field ? { field } : {}) };
}

export class LedgerStore {
  readonly slots: LedgerSlot[] = [];
  readonly balances = new LedgerBalances();
  /** Ledger-level problems (duplicates, correction targets), paths start with the chain position. */
  readonly issues: ContractIssue[] = [];
  readonly rows: LedgerRow[] = [];
  /** `{ type: 'row', row }` per row, made once per row so a filter pass allocates nothing per row. */
  private rowItems: RowItem[] = [];
  /** Bumped whenever a row is built, rebuilt or the view changes (invalidates `lastFilter`). */
  private rowsVersion = 0;
  /** The last filter and the positions (in sort order) it matched: a refined search scans only those. */
  private lastFilter?: { f: LedgerFilter; words: string[]; party: string[]; version: number; matched: Int32Array };
  private idIndex = new Map<string, number>();
  private receiptIndex = new Map<string, number>();
  private sorted = new Map<SortKey, Int32Array>();
  private fundsById = new Map<string, Fund>();
  private _rowsBuilt = 0;

  constructor(
    readonly items: readonly unknown[],
    public view: LedgerView,
    public labels: RowLabels,
    private fundName: (id: string) => string,
  ) {}

  get total(): number {
    return this.items.length;
  }
  get ingested(): number {
    return this.slots.length;
  }
  get done(): boolean {
    return this.slots.length === this.items.length && this._rowsBuilt === this.items.length;
  }
  get receiptNumbers(): ReadonlySet<string> {
    return new Set(this.receiptIndex.keys());
  }
  indexOfId(id: string): number | undefined {
    return this.idIndex.get(id);
  }

  setFunds(funds: readonly Fund[]): void {
    this.fundsById = new Map(funds.map((f) => [f.id, f]));
  }
  fund(id: string): Fund | undefined {
    return this.fundsById.get(id);
  }

  /** Switches the view: rows are rebuilt (in slices, by `ingest`). */
  setView(view: LedgerView, labels: RowLabels): void {
    this.view = view;
    this.labels = labels;
    this._rowsBuilt = 0;
    this.rows.length = 0;
    this.rowItems.length = 0;
    this.rowsVersion++;
    this.sorted.clear();
  }

  private setRow(i: number, row: LedgerRow): void {
    this.rows[i] = row;
    this.rowItems[i] = { type: 'row', row };
    this.rowsVersion++;
  }

  /** Does up to `budgetMs` of work; returns true when everything is ingested and built. */
  ingest(budgetMs = 8): boolean {
    const start = performance.now();
    let n = 0;
    // Each entry is validated and its row built in the same step, so the first slice already
    // gives rows to show.
    while (this.slots.length < this.items.length) {
      this.take(this.slots.length);
      if (this._rowsBuilt === this.slots.length - 1) {
        const i = this._rowsBuilt++;
        this.setRow(i, buildRow(this.slots[i]!, this.view, this.labels, this.slots, this.idIndex, this.fundName));
      }
      if ((++n & 31) === 0 && performance.now() - start > budgetMs) {
        this.sorted.clear();
        return false;
      }
    }
    while (this._rowsBuilt < this.slots.length) {
      const i = this._rowsBuilt++;
      this.setRow(i, buildRow(this.slots[i]!, this.view, this.labels, this.slots, this.idIndex, this.fundName));
      if ((++n & 63) === 0 && performance.now() - start > budgetMs) {
        this.sorted.clear();
        return false;
      }
    }
    this.sorted.clear();
    return true;
  }

  private take(i: number): void {
    const r = parseLedgerEntry(this.items[i]);
    const slot: LedgerSlot = { index: i, issues: [], correctedBy: [] };
    this.slots.push(slot);
    if (!r.ok) {
      slot.issues = r.issues;
      this.issues.push(...r.issues.map((x) => ({ ...x, path: [i, ...x.path] })));
      return;
    }
    const e = r.value;
    slot.entry = e;
    if (this.idIndex.has(e.id)) {
      this.issues.push(
        issue([i, 'id'], 'ledger_duplicate_id', `Mã bút toán "${e.id}" bị trùng với bút toán số ${this.idIndex.get(e.id)! + 1}.`, `Entry id "${e.id}" is used twice (also entry ${this.idIndex.get(e.id)! + 1}).`, { vi: 'Mã bút toán', en: 'Entry id' }),
      );
    } else this.idIndex.set(e.id, i);
    const dup = this.receiptIndex.get(e.receiptNumber);
    if (dup !== undefined) {
      const msg = issue(
        [i, 'receiptNumber'],
        'ledger_duplicate_receipt',
        `Số phiếu ${e.receiptNumber} bị trùng (bút toán số ${dup + 1} và ${i + 1}). Cả hai bút toán vẫn được hiển thị.`,
        `Receipt number ${e.receiptNumber} is used twice (entries ${dup + 1} and ${i + 1}). Both entries are still shown.`,
        { vi: 'Số phiếu', en: 'Receipt number' },
      );
      this.issues.push(msg);
      slot.issues.push(msg);
    } else this.receiptIndex.set(e.receiptNumber, i);

    if (isMovement(e)) {
      slot.effective = e;
      this.balances.add(i, e);
      return;
    }
    // A correction: find the entry it corrects (following corrections of corrections).
    let target = this.idIndex.get(e.correctsEntryId);
    for (let guard = 0; target !== undefined && guard < 64; guard++) {
      const t = this.slots[target]?.entry;
      if (!t || t.kind !== 'correction') break;
      target = this.idIndex.get(t.correctsEntryId);
    }
    const root = target === undefined || target >= i ? undefined : this.slots[target];
    if (!root?.effective) {
      const msg = issue(
        [i, 'correctsEntryId'],
        'ledger_correction_target',
        'Bút toán điều chỉnh phải trỏ tới một bút toán thu hoặc chi ghi trước nó.',
        'A correction must point at a donation or distribution recorded before it.',
        { vi: 'Bút toán được điều chỉnh', en: 'Corrected entry' },
      );
      this.issues.push(msg);
      slot.issues.push(msg);
      return;
    }
    const res = applyCorrection(root.effective, e);
    if (!res.value) {
      const prefixed = res.issues.map((x) => ({ ...x, path: [i, ...x.path] }));
      this.issues.push(...prefixed);
      slot.issues.push(...res.issues);
      return;
    }
    if (!root.voided) this.balances.remove(root.index, root.effective);
    root.correctedBy.push(e.id);
    root.corrected = true;
    root.voided = !!res.voided;
    root.effective = res.value;
    if (!root.voided) this.balances.add(root.index, res.value);
    if (root.index < this._rowsBuilt) {
      this.setRow(root.index, buildRow(root, this.view, this.labels, this.slots, this.idIndex, this.fundName));
    }
  }

  private order(sort: SortKey): Int32Array {
    let p = this.sorted.get(sort);
    if (p) return p;
    const n = this.rows.length;
    p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    const rows = this.rows;
    const amount = (r: LedgerRow) => r.amountVnd ?? r.estimatedVnd ?? -1;
    if (sort !== 'chain') {
      const cmp: (a: number, b: number) => number =
        sort === 'date-asc'
          ? (a, b) => (rows[a]!.date < rows[b]!.date ? -1 : rows[a]!.date > rows[b]!.date ? 1 : a - b)
          : sort === 'date-desc'
            ? (a, b) => (rows[a]!.date > rows[b]!.date ? -1 : rows[a]!.date < rows[b]!.date ? 1 : b - a)
            : sort === 'amount-desc'
              ? (a, b) => amount(rows[b]!) - amount(rows[a]!) || a - b
              : (a, b) => amount(rows[a]!) - amount(rows[b]!) || a - b;
      p.sort(cmp);
    }
    this.sorted.set(sort, p);
    return p;
  }

  /**
   * Filters, sorts and groups the built rows. One pass over pre-folded text; no re-parsing. When
   * the search only narrows the previous one (a letter typed at the end, a word added), only the
   * rows the previous search matched are scanned.
   */
  filter(f: LedgerFilter): FilterResult {
    const sort = f.sort ?? 'date-desc';
    const order = this.order(sort);
    const words = foldForSearch(f.q ?? '').split(' ').filter(Boolean);
    const party = foldForSearch(f.party ?? '').split(' ').filter(Boolean);
    const group = f.group !== false && (sort === 'date-desc' || sort === 'date-asc');
    const last = this.lastFilter;
    const scan = last && last.version === this.rowsVersion && narrows(last, f, words, party) ? last.matched : order;
    const byPosition = scan !== order;
    const matchedAt = new Int32Array(scan.length);
    const items: ListItem[] = [];
    let heading: MonthHeading | undefined;
    let matched = 0;
    let received = 0;
    let distributed = 0;
    const w0 = words.length === 1 ? words[0]! : undefined;
    for (let k = 0; k < scan.length; k++) {
      const pos = byPosition ? scan[k]! : k;
      const at = order[pos]!;
      const row = this.rows[at]!;
      if (row.kind !== 'invalid') {
        if (f.from && row.date < f.from) continue;
        if (f.to && row.date > f.to) continue;
        if (f.fundId && row.fundId !== f.fundId) continue;
        if (f.kind && row.kind !== f.kind) continue;
        if (party.length) {
          if (row.kind !== 'donation' && row.kind !== 'distribution') continue;
          if (!includesAll(row.partySearch, party)) continue;
        }
        if (w0 !== undefined ? !row.search.includes(w0) : words.length && !includesAll(row.search, words)) continue;
      }
      matchedAt[matched++] = pos;
      const amount = row.voided ? 0 : (row.amountVnd ?? 0);
      if (row.kind === 'donation') received += amount;
      else if (row.kind === 'distribution') distributed += amount;
      if (group) {
        const month = row.month || '—';
        if (!heading || heading.month !== month) {
          heading = { type: 'month', month, receivedVnd: 0, distributedVnd: 0, count: 0 };
          items.push(heading);
        }
        heading.count++;
        if (row.kind === 'donation') heading.receivedVnd += amount;
        else if (row.kind === 'distribution') heading.distributedVnd += amount;
      }
      items.push(this.rowItems[at]!);
    }
    this.lastFilter = { f: { ...f }, words, party, version: this.rowsVersion, matched: matchedAt.subarray(0, matched) };
    // Without a text filter, totals come from the month buckets (kept incrementally).
    const fromBuckets = !words.length && !party.length && !f.kind;
    if (fromBuckets) {
      const t = this.balances.totals({ from: f.from, to: f.to, fundId: f.fundId || undefined });
      received = t.funds.reduce((s, x) => s + x.receivedVnd, 0);
      distributed = t.funds.reduce((s, x) => s + x.distributedVnd, 0);
    }
    return { items, matched, receivedVnd: received, distributedVnd: distributed, fromBuckets };
  }

  // -------------------------------------------------------------------------------------------
  // Disclosures
  // -------------------------------------------------------------------------------------------

  /**
   * A snapshot of a period: totals per fund (opening balance, received, distributed, balance) and
   * per item, the number of entries recorded with a date in the period, and the chain head (hash of
   * the last such entry, in chain order). `hashes` come from the chain verification.
   */
  disclosure(
    period: { from: string; to: string },
    hashes: readonly string[],
    extra: DisclosureDetails & { funds?: Fund[] } = {},
  ): LedgerDisclosure {
    const before = dayBefore(period.from);
    const opening = new Map(this.balances.totals({ to: before }).funds.map((f) => [f.fundId, f.balanceVnd]));
    const t: Totals = this.balances.totals(period);
    const fundIds = new Set([...t.funds.map((f) => f.fundId), ...[...opening].filter(([, v]) => v !== 0).map(([k]) => k)]);
    let entryCount = 0;
    let head: string | null = null;
    this.slots.forEach((s, i) => {
      const d = s.entry?.date;
      if (d && d >= period.from && d <= period.to) {
        entryCount++;
        head = hashes[i] || head;
      }
    });
    const details = Object.fromEntries(Object.entries(extra).filter(([k, v]) => v !== undefined && DETAIL_KEYS.has(k)));
    return {
      ...details,
      period: { from: period.from, to: period.to },
      totals: {
        byFund: [...fundIds].sort().map((fundId) => {
          const f = t.funds.find((x) => x.fundId === fundId);
          const open = opening.get(fundId) ?? 0;
          const rec = f?.receivedVnd ?? 0;
          const dist = f?.distributedVnd ?? 0;
          return { fundId, openingBalanceVnd: open, receivedVnd: rec, distributedVnd: dist, balanceVnd: open + rec - dist };
        }),
        byItem: t.items
          .map((i) => ({ item: i.item, unit: i.unit, received: i.received, distributed: i.distributed, balance: i.onHand }))
          .sort((a, b) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0)),
      },
      entryCount,
      chainHead: head,
    };
  }

  /**
   * Compares a published disclosure with the ledger: every figure the disclosure states must be
   * what the ledger gives for the same period. Returns one issue per difference.
   */
  checkDisclosure(published: LedgerDisclosure, hashes: readonly string[]): ContractIssue[] {
    const actual = this.disclosure(published.period, hashes);
    const out: ContractIssue[] = [];
    const diff = (path: (string | number)[], label: { vi: string; en: string }, pub: unknown, act: unknown) => {
      if (pub === act) return;
      out.push(
        issue(path, 'disclosure_mismatch', `${label.vi}: bản công khai ghi ${String(pub)}, sổ cho ${String(act)}.`, `${label.en}: the disclosure states ${String(pub)}, the ledger gives ${String(act)}.`, label),
      );
    };
    diff(['entryCount'], { vi: 'Số bút toán', en: 'Number of entries' }, published.entryCount, actual.entryCount);
    diff(['chainHead'], { vi: 'Mã băm cuối chuỗi', en: 'Chain head' }, published.chainHead, actual.chainHead);
    const byFund = new Map(actual.totals.byFund.map((f) => [f.fundId, f]));
    published.totals.byFund.forEach((f, i) => {
      const a = byFund.get(f.fundId);
      const name = this.fundName(f.fundId);
      diff(['totals', 'byFund', i, 'receivedVnd'], { vi: `Đã nhận (${name})`, en: `Received (${name})` }, f.receivedVnd, a?.receivedVnd ?? 0);
      diff(['totals', 'byFund', i, 'distributedVnd'], { vi: `Đã chi (${name})`, en: `Distributed (${name})` }, f.distributedVnd, a?.distributedVnd ?? 0);
      diff(['totals', 'byFund', i, 'balanceVnd'], { vi: `Số dư (${name})`, en: `Balance (${name})` }, f.balanceVnd, a?.balanceVnd ?? 0);
      byFund.delete(f.fundId);
    });
    for (const a of byFund.values()) {
      if (a.receivedVnd || a.distributedVnd) {
        const name = this.fundName(a.fundId);
        diff(['totals', 'byFund'], { vi: `Quỹ ${name}`, en: `Fund ${name}` }, 'không có / absent', `${a.receivedVnd} / ${a.distributedVnd}`);
      }
    }
    const key = (x: { item: string; unit: string }) => `${x.item.trim().toLowerCase()}|${x.unit.trim().toLowerCase()}`;
    const byItem = new Map(actual.totals.byItem.map((x) => [key(x), x]));
    published.totals.byItem.forEach((x, i) => {
      const a = byItem.get(key(x));
      const label = `${x.item} (${x.unit})`;
      diff(['totals', 'byItem', i, 'received'], { vi: `Đã nhận ${label}`, en: `Received ${label}` }, x.received, a?.received ?? 0);
      diff(['totals', 'byItem', i, 'distributed'], { vi: `Đã phát ${label}`, en: `Handed out ${label}` }, x.distributed, a?.distributed ?? 0);
    });
    return out;
  }
}

function includesAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/**
 * True when every row matching the new filter also matched the previous one: the same period,
 * fund, kind, sort and grouping, and each previous search word is contained in a new word.
 */
function narrows(last: { f: LedgerFilter; words: string[]; party: string[] }, f: LedgerFilter, words: string[], party: string[]): boolean {
  const a = last.f;
  if ((a.from ?? '') !== (f.from ?? '') || (a.to ?? '') !== (f.to ?? '') || (a.fundId ?? '') !== (f.fundId ?? '')) return false;
  if ((a.kind ?? '') !== (f.kind ?? '') || (a.sort ?? 'date-desc') !== (f.sort ?? 'date-desc') || (a.group ?? true) !== (f.group ?? true)) return false;
  // A party filter also drops corrections: narrowing from no party words to some is fine, the scan re-checks.
  const contained = (old: string[], now: string[]) => old.every((w) => now.some((x) => x.includes(w)));
  return contained(last.words, words) && contained(last.party, party);
}

/** What a unit adds to a disclosure the ledger computes: who publishes it, where, when, what it reports. */
export type DisclosureDetails = Partial<Pick<LedgerDisclosure, 'id' | 'receivingUnit' | 'publishedAt' | 'publication' | 'scope' | 'dueDate' | 'bankStatements'>>;
const DETAIL_KEYS = new Set(['id', 'receivingUnit', 'publishedAt', 'publication', 'scope', 'dueDate', 'bankStatements', 'funds']);

export function dayBefore(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
