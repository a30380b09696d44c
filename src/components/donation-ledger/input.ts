/**
 * What enters the element, made ready for it without the DOM: the `.entries` value (an array,
 * or `{ entries, funds, disclosure }` from a JSON child), funds and a disclosure with their
 * contract issues placed under their property, and the staff form's fields as an entry candidate.
 */
import { parseFund, parseLedgerDisclosure } from '../../contract/parse-ledger.js';
import { parseList } from '../../contract/run.js';
import { type ContractIssue } from '../../contract/issues.js';
import { type Fund, type LedgerDisclosure } from '../../contract/ledger.js';
import { ledgerMessages } from './messages.js';

/** The parts of an `.entries` value; `items` is undefined when the entries are not a list. */
export interface LedgerInput {
  items?: unknown[];
  funds?: unknown;
  disclosure?: unknown;
}

/**
 * Splits an `.entries` value; a hostile array-like that throws while copied is no list. Null and
 * undefined mean "no data" (an empty ledger), as for every element's data property.
 */
export function ledgerInput(value: unknown): LedgerInput {
  const out: LedgerInput = {};
  if (value === null || value === undefined) return { items: [] };
  if (value && typeof value === 'object' && !Array.isArray(value) && 'entries' in value) {
    const v = value as { entries: unknown; funds?: unknown; disclosure?: unknown };
    if (v.funds !== undefined) out.funds = v.funds;
    if (v.disclosure !== undefined) out.disclosure = v.disclosure;
    value = v.entries;
  }
  try {
    out.items = Array.isArray(value) ? Array.from(value as unknown[]) : undefined;
  } catch {
    out.items = undefined;
  }
  return out;
}

/** The issue shown when `.entries` is not a list of entries. */
export function notAListIssue(): ContractIssue {
  return { path: [], code: 'invalid_type', severity: 'error', message: { vi: 'Sai kiểu: cần danh sách bút toán.', en: 'Wrong type: expected a list of entries.' } };
}

/** Funds validated with `parseFund`; when any fails, none is used and the issues say why. */
export function fundsInput(value: unknown): { funds: Fund[]; issues: ContractIssue[] } {
  const r = parseList(value ?? [], parseFund);
  return { funds: r.ok ? r.value : [], issues: r.ok ? [] : r.issues.map((i) => ({ ...i, path: ['funds', ...i.path] })) };
}

/** A published disclosure validated with `parseLedgerDisclosure` (none for null or undefined). */
export function disclosureInput(value: unknown): { disclosure?: LedgerDisclosure; issues: ContractIssue[] } {
  if (value === undefined || value === null) return { issues: [] };
  const r = parseLedgerDisclosure(value);
  return { disclosure: r.ok ? r.value : undefined, issues: r.ok ? [] : r.issues.map((i) => ({ ...i, path: ['disclosure', ...i.path] })) };
}

/** What the staff form holds (a `FormData` is one). */
export interface FormFields {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/** Builds the entry from the form's primitives (before validation; numbers may be NaN). */
export function entryFromForm(
  data: FormFields,
  form: { kind: 'donation' | 'distribution'; channel: string; id: string; prevHash: string | null; receivingUnit: string | undefined },
): Record<string, unknown> {
  const s = (k: string) => {
    const v = data.get(k);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const n = (k: string) => (s(k) === undefined ? undefined : Number(s(k)));
  const base: Record<string, unknown> = {
    id: form.id,
    receiptNumber: s('receiptNumber'),
    date: s('date'),
    receivingUnit: form.receivingUnit,
    fundId: s('fundId'),
    prevHash: form.prevHash,
    note: s('note'),
  };
  const lines = s('item') !== undefined || s('unit') !== undefined ? [{ item: s('item'), unit: s('unit'), quantity: n('quantity'), expiry: s('expiry') }] : undefined;
  if (form.kind === 'donation') {
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
    ...(form.channel === 'goods' ? { lines } : { amountVnd: n('amountVnd') }),
  };
}

/** The form's issue when a receipt number is already in the ledger. */
export function duplicateReceiptIssue(receipt: string): ContractIssue {
  return {
    path: ['receiptNumber'],
    code: 'ledger_duplicate_receipt',
    severity: 'error',
    field: { vi: ledgerMessages.vi.receiptNumber, en: ledgerMessages.en.receiptNumber },
    message: { vi: ledgerMessages.vi.duplicateReceipt(receipt), en: ledgerMessages.en.duplicateReceipt(receipt) },
  };
}
