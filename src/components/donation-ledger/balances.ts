/**
 * Balances of a ledger, kept incrementally. Every donation or distribution is added once to a
 * per-month aggregate (per fund in VND, per in-kind item in its unit); a correction removes the
 * entry's old values and adds the new ones. Totals for a period, a fund or the whole ledger are
 * then sums over a few hundred month buckets, not over 100,000 entries, and a custom range only
 * reads the entries of its two boundary months.
 */
import type { InKindLine } from '../../contract/ledger.js';
import { amountOf, linesOf, type MovementEntry } from './model.js';
import type { ExpiryWarning, Granularity, PeriodTotals, Totals } from './totals.js';

export type { ExpiryWarning, FundTotals, Granularity, ItemTotals, PeriodTotals, Totals } from './totals.js';

interface FundAgg {
  receivedVnd: number;
  distributedVnd: number;
  donations: number;
  distributions: number;
  inKindEstimatedVnd: number;
}
interface ItemAgg {
  item: string;
  unit: string;
  received: number;
  distributed: number;
}
interface MonthAgg {
  funds: Map<string, FundAgg>;
  items: Map<string, ItemAgg>;
  /** item key -> fund ids that moved it this month (for per-fund item totals). */
  entries: Map<number, MovementEntry>;
  count: number;
}

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
export const itemKey = (l: Pick<InKindLine, 'item' | 'unit'>) => `${norm(l.item)}|${norm(l.unit)}`;

/** Adds `b` to `a`, rounding away float noise from fractional quantities (2.5 kg…). */
const addQty = (a: number, b: number) => Math.round((a + b) * 1e6) / 1e6;

function emptyFund(): FundAgg {
  return { receivedVnd: 0, distributedVnd: 0, donations: 0, distributions: 0, inKindEstimatedVnd: 0 };
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function periodOf(month: string, g: Granularity): string {
  if (g === 'month') return month;
  if (g === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First and last day of a month, quarter or year containing `date` (YYYY-MM-DD). */
export function periodRange(g: Granularity, date: string): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const first = g === 'year' ? 1 : g === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  const last = g === 'year' ? 12 : g === 'quarter' ? first + 2 : m;
  const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${y}-${pad(first)}-01`, to: `${y}-${pad(last)}-${pad(lastDay)}` };
}

export class LedgerBalances {
  private months = new Map<string, MonthAgg>();
  /** item key -> expiry ('' for none) -> received / distributed quantity. */
  private lots = new Map<string, { item: string; unit: string; received: Map<string, number>; distributed: Map<string, number> }>();
  private _sortedMonths?: string[];
  /** Bumped on every change, so views can cache what they derive from the balances. */
  version = 0;

  /** Adds a donation or distribution (its effective values) recorded at chain position `index`. */
  add(index: number, e: MovementEntry): void {
    this.apply(index, e, 1);
  }

  /** Removes what `add(index, e)` added (used when a correction replaces or voids an entry). */
  remove(index: number, e: MovementEntry): void {
    this.apply(index, e, -1);
  }

  private apply(index: number, e: MovementEntry, sign: 1 | -1): void {
    this.version++;
    const month = e.date.slice(0, 7);
    let m = this.months.get(month);
    if (!m) {
      m = { funds: new Map(), items: new Map(), entries: new Map(), count: 0 };
      this.months.set(month, m);
      this._sortedMonths = undefined;
    }
    if (sign > 0) m.entries.set(index, e);
    else m.entries.delete(index);
    m.count += sign;
    let f = m.funds.get(e.fundId);
    if (!f) m.funds.set(e.fundId, (f = emptyFund()));
    const amount = amountOf(e) * sign;
    const lines = linesOf(e);
    if (e.kind === 'donation') {
      f.receivedVnd += amount;
      f.donations += sign;
      for (const l of lines) {
        if (l.estimatedUnitValueVnd !== undefined) f.inKindEstimatedVnd += Math.round(l.estimatedUnitValueVnd * l.quantity) * sign;
      }
    } else {
      f.distributedVnd += amount;
      f.distributions += sign;
    }
    for (const l of lines) {
      const key = itemKey(l);
      let it = m.items.get(key);
      if (!it) m.items.set(key, (it = { item: l.item.trim(), unit: l.unit.trim(), received: 0, distributed: 0 }));
      let lot = this.lots.get(key);
      if (!lot) this.lots.set(key, (lot = { item: l.item.trim(), unit: l.unit.trim(), received: new Map(), distributed: new Map() }));
      const q = l.quantity * sign;
      const exp = l.expiry ?? '';
      if (e.kind === 'donation') {
        it.received = addQty(it.received, q);
        lot.received.set(exp, addQty(lot.received.get(exp) ?? 0, q));
      } else {
        it.distributed = addQty(it.distributed, q);
        lot.distributed.set(exp, addQty(lot.distributed.get(exp) ?? 0, q));
      }
    }
  }

  /** Months that have entries, oldest first (YYYY-MM). */
  get monthKeys(): string[] {
    return (this._sortedMonths ??= [...this.months.keys()].filter((k) => (this.months.get(k)?.count ?? 0) > 0).sort());
  }

  /**
   * Totals over an inclusive date range (YYYY-MM-DD; either end open), optionally for one fund.
   * Whole months come from the month buckets; only the two boundary months read their entries.
   */
  totals(range: { from?: string; to?: string; fundId?: string } = {}): Totals {
    const funds = new Map<string, FundAgg>();
    const items = new Map<string, ItemAgg>();
    let entryCount = 0;
    const fromM = range.from?.slice(0, 7);
    const toM = range.to?.slice(0, 7);
    for (const month of this.monthKeys) {
      if ((fromM && month < fromM) || (toM && month > toM)) continue;
      const m = this.months.get(month)!;
      const partial =
        (range.from !== undefined && month === fromM && !range.from.endsWith('-01')) ||
        (range.to !== undefined && month === toM && range.to !== periodRange('month', `${month}-01`).to);
      if (!partial) {
        for (const [id, a] of m.funds) {
          if (range.fundId && id !== range.fundId) continue;
          mergeFund(funds, id, a);
        }
        if (!range.fundId) {
          for (const [k, a] of m.items) mergeItem(items, k, a);
          entryCount += m.count;
        } else {
          // Items per fund are not bucketed (rarely asked): read this month's entries.
          for (const e of m.entries.values()) if (e.fundId === range.fundId) addEntryItems(items, e);
          for (const e of m.entries.values()) if (e.fundId === range.fundId) entryCount++;
        }
        continue;
      }
      for (const e of m.entries.values()) {
        if ((range.from && e.date < range.from) || (range.to && e.date > range.to)) continue;
        if (range.fundId && e.fundId !== range.fundId) continue;
        entryCount++;
        const single = new LedgerBalances();
        single.add(0, e);
        const sm = single.months.get(month)!;
        for (const [id, a] of sm.funds) mergeFund(funds, id, a);
        for (const [k, a] of sm.items) mergeItem(items, k, a);
      }
    }
    return {
      funds: [...funds].map(([fundId, a]) => ({ fundId, ...a, balanceVnd: a.receivedVnd - a.distributedVnd })),
      items: [...items]
        .map(([key, a]) => ({ key, ...a, onHand: addQty(a.received, -a.distributed) }))
        .filter((i) => i.received !== 0 || i.distributed !== 0),
      entryCount,
    };
  }

  /** Received and distributed VND per month, quarter or year, oldest first. */
  byPeriod(g: Granularity, fundId?: string): PeriodTotals[] {
    const out = new Map<string, PeriodTotals>();
    for (const month of this.monthKeys) {
      const m = this.months.get(month)!;
      const key = periodOf(month, g);
      let p = out.get(key);
      if (!p) out.set(key, (p = { period: key, receivedVnd: 0, distributedVnd: 0, entryCount: 0 }));
      for (const [id, a] of m.funds) {
        if (fundId && id !== fundId) continue;
        p.receivedVnd += a.receivedVnd;
        p.distributedVnd += a.distributedVnd;
        p.entryCount += a.donations + a.distributions;
      }
    }
    return [...out.values()];
  }

  /**
   * Goods lots that expired or expire within `days` of `today` and are still on hand. Lots are
   * assumed to be handed out first-expiring-first (FEFO) unless a distribution line names the
   * expiry of the lot it took from.
   */
  expiryWarnings(today: string, days: number): ExpiryWarning[] {
    const out: ExpiryWarning[] = [];
    for (const lot of this.lots.values()) {
      const onHand = new Map<string, number>();
      for (const [exp, q] of lot.received) onHand.set(exp, q);
      let unassigned = 0;
      for (const [exp, q] of lot.distributed) {
        if (exp && onHand.has(exp)) {
          const left = addQty(onHand.get(exp)!, -q);
          onHand.set(exp, Math.max(0, left));
          if (left < 0) unassigned += -left;
        } else unassigned += q;
      }
      const order = [...onHand.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
      for (const exp of order) {
        if (unassigned <= 0) break;
        const have = onHand.get(exp)!;
        const take = Math.min(have, unassigned);
        onHand.set(exp, addQty(have, -take));
        unassigned = addQty(unassigned, -take);
      }
      for (const exp of order) {
        const q = onHand.get(exp)!;
        if (!exp || q <= 0) continue;
        const d = daysBetween(today, exp);
        if (d < 0) out.push({ item: lot.item, unit: lot.unit, expiry: exp, onHand: q, status: 'expired', days: d });
        else if (d <= days) out.push({ item: lot.item, unit: lot.unit, expiry: exp, onHand: q, status: 'expiring', days: d });
      }
    }
    return out.sort((a, b) => a.days - b.days);
  }
}

function mergeFund(into: Map<string, FundAgg>, id: string, a: FundAgg): void {
  let f = into.get(id);
  if (!f) into.set(id, (f = emptyFund()));
  f.receivedVnd += a.receivedVnd;
  f.distributedVnd += a.distributedVnd;
  f.donations += a.donations;
  f.distributions += a.distributions;
  f.inKindEstimatedVnd += a.inKindEstimatedVnd;
}

function mergeItem(into: Map<string, ItemAgg>, key: string, a: ItemAgg): void {
  let it = into.get(key);
  if (!it) into.set(key, (it = { item: a.item, unit: a.unit, received: 0, distributed: 0 }));
  it.received = addQty(it.received, a.received);
  it.distributed = addQty(it.distributed, a.distributed);
}

function addEntryItems(into: Map<string, ItemAgg>, e: MovementEntry): void {
  for (const l of linesOf(e)) {
    const a: ItemAgg = { item: l.item.trim(), unit: l.unit.trim(), received: 0, distributed: 0 };
    if (e.kind === 'donation') a.received = l.quantity;
    else a.distributed = l.quantity;
    mergeItem(into, itemKey(l), a);
  }
}
