/**
 * The ledger as the element sees it: raw input -> validated entries -> effective entries (with
 * corrections applied) -> rows for one view. Pure data, no DOM, so it is unit-tested on its own
 * and the public projection is complete before anything is rendered.
 */
import { parseLedgerEntry } from '../../contract/parse-ledger.js';
import { type ContractIssue } from '../../contract/issues.js';
import { type Correction, type Fund, type InKindLine, type LedgerEntry } from '../../contract/ledger.js';
import type { CsvValue } from '../../base/controllers/export.js';
import { foldForSearch, formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { ExpiryWarning, Granularity, Totals } from './totals.js';
import type { LedgerMessages } from './messages.js';
import { bankBin, vietQrPayload } from './vietqr.js';

export type LedgerView = 'public' | 'staff';
/** An entry that moves money or goods: a donation or a distribution (corrections are applied). */
export type MovementEntry = Exclude<LedgerEntry, Correction>;

/** One input position of the ledger, valid or not; invalid items are kept and shown, never dropped. */
export interface LedgerSlot {
  /** Position in the chain (0-based). */
  index: number;
  /** The validated entry, or undefined when the item failed the contract. */
  entry?: LedgerEntry;
  /** Contract issues of this item (paths relative to the item). */
  issues: ContractIssue[];
  /** For a donation or distribution: its values with every correction applied. */
  effective?: MovementEntry;
  /** Original values when a correction changed them (the entry as first recorded). */
  corrected?: boolean;
  /** True when a correction without `replacement` cancelled the entry. */
  voided?: boolean;
  /** Ids of the corrections that apply to this entry, in chain order. */
  correctedBy: string[];
}

/** Keys a correction may never change: they identify the entry and its place in the chain. */
const FIXED_KEYS = new Set(['id', 'kind', 'prevHash', 'receiptNumber']);

/**
 * Applies a correction to the current effective values of its target. Returns the new effective
 * entry, or issues when the result breaks the contract (then the previous values stay in force).
 */
export function applyCorrection(
  current: MovementEntry,
  correction: Correction,
): { value?: MovementEntry; voided?: boolean; issues: ContractIssue[] } {
  if (correction.replacement === undefined) return { value: current, voided: true, issues: [] };
  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(correction.replacement)) {
    if (!FIXED_KEYS.has(k)) merged[k] = v;
  }
  const r = parseLedgerEntry(merged);
  if (!r.ok) return { issues: r.issues.map((i) => ({ ...i, path: ['replacement', ...i.path] })) };
  if (r.value.kind === 'correction') return { issues: [] };
  return { value: r.value, issues: [] };
}

export function isMovement(e: LedgerEntry | undefined): e is MovementEntry {
  return !!e && e.kind !== 'correction';
}

/** Cash-like amount of an entry (VND), 0 for goods only. */
export function amountOf(e: MovementEntry): number {
  return amountVndOf(e) ?? 0;
}

/** The entry's `amountVnd` when it has one (goods-only entries have none). */
export function amountVndOf(e: LedgerEntry): number | undefined {
  const v = (e as { amountVnd?: unknown }).amountVnd;
  return typeof v === 'number' ? v : undefined;
}

export function linesOf(e: MovementEntry): readonly InKindLine[] {
  return 'lines' in e && Array.isArray(e.lines) ? e.lines : [];
}

/** Estimated value of goods, in VND, when every line has a unit value; else undefined. */
export function estimatedValue(lines: readonly InKindLine[]): number | undefined {
  let sum = 0;
  for (const l of lines) {
    if (l.estimatedUnitValueVnd === undefined) return undefined;
    sum += l.estimatedUnitValueVnd * l.quantity;
  }
  return lines.length ? Math.round(sum) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rows: what one view may show of one entry, built as data before any rendering.
// ---------------------------------------------------------------------------------------------

export type RowKind = 'donation' | 'distribution' | 'correction' | 'invalid';

/** A value that changed through a correction: what was first recorded, and what stands. */
export interface Change {
  field: 'amountVnd' | 'date' | 'fundId' | 'lines' | 'party' | 'channel';
  before: string;
}

export interface LedgerRow {
  index: number;
  id: string;
  receiptNumber: string;
  /** YYYY-MM-DD (effective), '' when invalid. */
  date: string;
  /** YYYY-MM. */
  month: string;
  kind: RowKind;
  channel?: string;
  fundId: string;
  /** Donor or beneficiary as this view may show them. */
  party: string;
  /** Whether `party` is the anonymous label (so the renderer can style it). */
  anonymous?: boolean;
  amountVnd?: number;
  lines?: readonly InKindLine[];
  estimatedVnd?: number;
  /** Staff only: donor contact, bank reference, beneficiary id, recorder, approver, note. */
  details?: { label: string; value: string }[];
  /** Public-safe details (approver, handover record). */
  publicDetails?: { label: string; value: string }[];
  voided?: boolean;
  changes?: Change[];
  correctedBy?: { id: string; receiptNumber: string }[];
  corrects?: { id: string; receiptNumber: string; reason: string };
  issues?: ContractIssue[];
  /** Folded text the search looks in (only what this view shows). */
  search: string;
  /** Folded `party`, for the donor filter. */
  partySearch: string;
}

export interface RowLabels {
  anonymousDonor: string;
  contact: string;
  bankReference: string;
  beneficiaryId: string;
  recordedBy: string;
  approver: string;
  handoverRecord: string;
  note: string;
}

export function donorDisplay(
  e: MovementEntry,
  view: LedgerView,
  labels: RowLabels,
): { text: string; anonymous: boolean } {
  if (e.kind === 'distribution') return { text: e.beneficiary.pseudonym, anonymous: false };
  const d = e.donor;
  const name = d.name?.trim();
  if (d.type === 'anonymous' || !name) return { text: labels.anonymousDonor, anonymous: true };
  if (view === 'public' && !d.publishConsent) return { text: labels.anonymousDonor, anonymous: true };
  return { text: name, anonymous: false };
}

function linesText(lines: readonly InKindLine[]): string {
  return lines.map((l) => `${l.quantity} ${l.unit} ${l.item}`).join(', ');
}

/**
 * Builds the row of one slot for one view. In the public view the row is made from a whitelist of
 * fields: donor names only with consent, beneficiaries by pseudonym, no contact, bank reference,
 * internal id, recorder or note. Whatever the input carries beyond that never reaches the row.
 */
export function buildRow(
  slot: LedgerSlot,
  view: LedgerView,
  labels: RowLabels,
  slots: readonly LedgerSlot[],
  idIndex: ReadonlyMap<string, number>,
  fundName: (id: string) => string,
): LedgerRow {
  const e = slot.entry;
  if (!e) {
    return {
      index: slot.index,
      id: `#${slot.index}`,
      receiptNumber: '',
      date: '',
      month: '',
      kind: 'invalid',
      fundId: '',
      party: '',
      issues: slot.issues,
      search: '',
      partySearch: '',
    };
  }
  const receiptOf = (id: string) => {
    const i = idIndex.get(id);
    const t = i === undefined ? undefined : slots[i]?.entry;
    return t ? t.receiptNumber : id;
  };
  if (e.kind === 'correction') {
    const row: LedgerRow = {
      index: slot.index,
      id: e.id,
      receiptNumber: e.receiptNumber,
      date: e.date,
      month: e.date.slice(0, 7),
      kind: 'correction',
      fundId: e.fundId,
      party: '',
      corrects: { id: e.correctsEntryId, receiptNumber: receiptOf(e.correctsEntryId), reason: e.reason },
      issues: slot.issues.length ? slot.issues : undefined,
      search: '',
      partySearch: '',
    };
    row.search = foldForSearch(`${e.receiptNumber} ${row.corrects!.receiptNumber} ${e.reason} ${fundName(e.fundId)}`);
    return row;
  }
  const eff = slot.effective ?? e;
  const party = donorDisplay(eff, view, labels);
  const lines = linesOf(eff);
  const amount = amountVndOf(eff);
  const row: LedgerRow = {
    index: slot.index,
    id: e.id,
    receiptNumber: e.receiptNumber,
    date: eff.date,
    month: eff.date.slice(0, 7),
    kind: eff.kind,
    channel: eff.kind === 'donation' ? eff.channel : undefined,
    fundId: eff.fundId,
    party: party.text,
    anonymous: party.anonymous || undefined,
    amountVnd: amount,
    lines: lines.length ? lines : undefined,
    estimatedVnd: lines.length ? estimatedValue(lines) : undefined,
    voided: slot.voided || undefined,
    issues: slot.issues.length ? slot.issues : undefined,
    search: '',
    partySearch: foldForSearch(party.text),
  };
  const pub: { label: string; value: string }[] = [];
  if (eff.kind === 'distribution') {
    pub.push({ label: labels.approver, value: eff.approver });
    if (eff.handoverRecord) pub.push({ label: labels.handoverRecord, value: eff.handoverRecord });
  }
  if (pub.length) row.publicDetails = pub;
  if (view === 'staff') {
    const d: { label: string; value: string }[] = [];
    if (eff.kind === 'donation') {
      if (eff.donor.contact) d.push({ label: labels.contact, value: eff.donor.contact });
      const ref = (eff as { bankReference?: unknown }).bankReference;
      if (typeof ref === 'string' && ref) d.push({ label: labels.bankReference, value: ref });
    } else if (eff.beneficiary.id) {
      d.push({ label: labels.beneficiaryId, value: eff.beneficiary.id });
    }
    if (eff.recordedBy) d.push({ label: labels.recordedBy, value: eff.recordedBy });
    if (eff.note) d.push({ label: labels.note, value: eff.note });
    if (d.length) row.details = d;
  }
  if (slot.corrected) {
    const changes: Change[] = [];
    const origAmount = amountVndOf(e);
    if (origAmount !== amount && origAmount !== undefined) changes.push({ field: 'amountVnd', before: String(origAmount) });
    if (e.date !== eff.date) changes.push({ field: 'date', before: e.date });
    if (e.fundId !== eff.fundId) changes.push({ field: 'fundId', before: e.fundId });
    const origLines = linesOf(e);
    if (origLines.length && linesText(origLines) !== linesText(lines)) {
      changes.push({ field: 'lines', before: linesText(origLines) });
    }
    if (e.kind === 'donation' && eff.kind === 'donation' && e.channel !== eff.channel) {
      changes.push({ field: 'channel', before: e.channel });
    }
    // A party name is shown struck through only to staff: in public, a withdrawn consent or a
    // corrected name must not leak through the "before" value.
    if (view === 'staff') {
      const before = donorDisplay(e, view, labels).text;
      if (before !== party.text) changes.push({ field: 'party', before });
    }
    if (changes.length) row.changes = changes;
  }
  if (slot.correctedBy.length) {
    row.correctedBy = slot.correctedBy.map((id) => ({ id, receiptNumber: receiptOf(id) }));
  }
  const words = [e.receiptNumber, party.text, fundName(eff.fundId), linesText(lines)];
  if (eff.kind === 'distribution') words.push(eff.approver, eff.handoverRecord ?? '');
  if (row.details) for (const x of row.details) words.push(x.value);
  if (amount !== undefined) words.push(String(amount));
  row.search = foldForSearch(words.join(' '));
  return row;
}

/** The fund's name in a language, falling back to the other one and then to its id. */
export function fundLabel(fund: Fund | undefined, id: string, lang: Lang): string {
  if (!fund) return id;
  const n = fund.name as Record<string, string | undefined>;
  return n[lang] || n.vi || n.en || id;
}

// ---------------------------------------------------------------------------------------------
// View data: what the parts render, computed without the DOM.
// ---------------------------------------------------------------------------------------------

/** The labels `buildRow` writes into details, in the messages' language. */
export function rowLabels(m: LedgerMessages): RowLabels {
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

/** The period the filters offer; `custom` shows the from/to fields. */
export type PeriodPreset = 'all' | 'month' | 'quarter' | 'year' | 'custom';

/** A preset from a select's value; anything unknown means the whole ledger. */
export function periodPresetOf(value: string): PeriodPreset {
  return (['all', 'month', 'quarter', 'year', 'custom'].includes(value) ? value : 'all') as PeriodPreset;
}

/** A granularity from a select's value; anything unknown means months. */
export function granularityOf(value: unknown): Granularity {
  return (['month', 'quarter', 'year'].includes(String(value)) ? value : 'month') as Granularity;
}

/** The date `value` when it is YYYY-MM-DD, else the device's local date. */
export function todayOr(value: string, now: Date = new Date()): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The `public-key` attribute as a JWK object; anything that is not a JSON object is no key. */
export function parseJwk(value: string | null): JsonWebKey | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonWebKey) : undefined;
  } catch {
    return undefined;
  }
}

/** Funds the portal declared, then any others the entries name (declaration order first). */
export function knownFundIds(funds: readonly Fund[], totals: Totals | undefined): string[] {
  return [...new Set([...funds.map((f) => f.id), ...(totals?.funds.map((f) => f.fundId) ?? [])])];
}

/**
 * One line per item and status: the quantity on hand across its lots, dated by the latest expired
 * lot or the soonest expiring one. A ledger with thousands of lots still gives a short list.
 */
export function summariseExpiry(warnings: readonly ExpiryWarning[]): ExpiryWarning[] {
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

/** The receiving unit named by the first valid entry (or the last, `from: 'end'`). */
export function receivingUnitOf(slots: readonly LedgerSlot[], from: 'start' | 'end' = 'start'): string | undefined {
  const list = from === 'start' ? slots : [...slots].reverse();
  return list.find((s) => s.entry)?.entry?.receivingUnit;
}

/**
 * The rows again in the public projection: the printed notice is public whatever the view, so a
 * staff member printing it never publishes a donor without consent.
 */
export function publicRows(rows: readonly LedgerRow[], slots: readonly LedgerSlot[], labels: RowLabels, fundName: (id: string) => string): LedgerRow[] {
  const idIndex = new Map(slots.filter((s) => s.entry).map((s) => [s.entry!.id, s.index]));
  return rows.map((r) => buildRow(slots[r.index]!, 'public', labels, slots, idIndex, fundName));
}

/** A fund's bank account and the VietQR payload that pays into it, when the bank is known. */
export interface VietQrAccount {
  account: { bank: string; number: string; holder?: string };
  payload: string;
}

export function vietQrOf(fund: Fund | undefined, fundId: string): VietQrAccount | undefined {
  const account = fund?.account as { bank: string; number: string; holder?: string; bin?: unknown } | undefined;
  const bin = account ? (typeof account.bin === 'string' ? account.bin : bankBin(account.bank)) : undefined;
  const payload = account && bin ? vietQrPayload({ bin, accountNumber: account.number, purpose: `Ung ho ${fundLabel(fund, fundId, 'vi')}` }) : undefined;
  return account && payload ? { account, payload } : undefined;
}

/** The CSV of rows: public columns, and the staff-only ones in the staff view. */
export function csvTable(rows: readonly LedgerRow[], view: LedgerView, m: LedgerMessages, lang: Lang, fundName: (id: string) => string): { header: string[]; rows: CsvValue[][] } {
  const staff = view === 'staff';
  const header = [m.receiptNumber, m.date, m.kind, m.channel, m.fund, m.donor, m.amountVnd, m.items, m.inKindValue, m.voided, m.corrects, m.reason, m.correctedBy, m.approver, m.handoverRecord];
  if (staff) header.push(m.contact, m.bankReference, m.beneficiaryId, m.recordedBy, m.note);
  const body = rows.map((r) => {
    const get = (label: string) => r.details?.find((d) => d.label === label)?.value ?? r.publicDetails?.find((d) => d.label === label)?.value ?? '';
    const cells: CsvValue[] = [
      r.receiptNumber,
      r.date,
      r.kind === 'invalid' ? m.invalid : m[r.kind],
      r.channel ? m[`channel-${r.channel}` as 'channel-cash'] : '',
      r.fundId ? fundName(r.fundId) : '',
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
  return { header, rows: body };
}
