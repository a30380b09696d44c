/**
 * What the ledger may claim about itself, from the chain check, a published disclosure and its
 * signature. Pure: no DOM.
 *
 * An unbroken chain proves less than it seems: it shows that no entry between the first and the
 * last was changed or removed, but whoever holds the ledger can cut off its last entries, or
 * rewrite an entry and recompute every hash after it, and the chain is unbroken again. Only a
 * chain head published earlier, signed by the unit and matching the ledger, rules that out, and
 * only for the entries up to that head. So the ledger says "verified" only then; otherwise it
 * says the chain is consistent and what that does not prove.
 */
import { disclosureDueDate, type LedgerDisclosure } from '../../contract/ledger.js';
import { vietnamDate } from '../../contract/shared.js';
import { type ContractIssue } from '../../contract/issues.js';
import type { ChainResult, SignatureStatus } from './chain.js';

/** Why a consistent chain is not verified: what is missing for the proof. */
export type Unproven =
  /** No published disclosure was given to the element. */
  | 'no-disclosure'
  /** The disclosure carries no signature. */
  | 'sig-missing'
  /** No public key to check the signature with (`public-key`). */
  | 'sig-no-key'
  /** The page has no Web Crypto (plain HTTP): the signature cannot be checked. */
  | 'sig-unsupported'
  /** The disclosure or its signature is still being checked. */
  | 'checking'
  /** The disclosure covers no entry of this ledger (its chain head is none of the ledger's). */
  | 'not-covered';

export type Verdict =
  | { kind: 'pending' }
  | { kind: 'empty' }
  | { kind: 'error' }
  | { kind: 'broken' }
  /** The chain holds, but the disclosure states other figures than the ledger. */
  | { kind: 'mismatch'; issues: ContractIssue[] }
  /** The chain holds, but the disclosure's signature is not the unit's. */
  | { kind: 'forged' }
  /** The chain holds; nothing proves it was not cut short or recomputed. */
  | { kind: 'consistent'; unproven: Unproven }
  /**
   * The chain holds and a signed disclosure matching the ledger commits to it up to its head.
   * `after`: entries recorded after that head, covered by no signed disclosure yet.
   */
  | { kind: 'verified'; after: number };

export interface VerdictInput {
  chain?: ChainResult;
  verifying: boolean;
  verifyError: boolean;
  entryCount: number;
  disclosure?: LedgerDisclosure;
  disclosureIssues?: ContractIssue[];
  signature?: SignatureStatus;
  /** The disclosure the issues and signature were checked for. */
  checked?: LedgerDisclosure;
}

export function verdict(s: VerdictInput): Verdict {
  if (s.verifyError) return { kind: 'error' };
  const c = s.chain;
  if (!c) return s.verifying || s.entryCount ? { kind: 'pending' } : { kind: 'empty' };
  if (!c.ok) return { kind: 'broken' };
  if (!c.head) return { kind: 'empty' };
  if (!s.disclosure) return { kind: 'consistent', unproven: 'no-disclosure' };
  if (!s.disclosureIssues || !s.signature || s.checked !== s.disclosure) return { kind: 'consistent', unproven: 'checking' };
  if (s.disclosureIssues.length) return { kind: 'mismatch', issues: s.disclosureIssues };
  if (s.signature === 'invalid') return { kind: 'forged' };
  if (s.signature !== 'valid') return { kind: 'consistent', unproven: `sig-${s.signature}` };
  // The signed head commits to every entry up to it in chain order, not to those after it.
  const at = s.disclosure.chainHead ? c.hashes.lastIndexOf(s.disclosure.chainHead) : -1;
  if (at < 0) return { kind: 'consistent', unproven: 'not-covered' };
  return { kind: 'verified', after: s.entryCount - (at + 1) };
}

export interface DisclosureTiming {
  /** The last day to publish: the earlier of the disclosure's own `dueDate` and the decree's. */
  due?: string;
  published: boolean;
  /** Days past the due date: publication day minus due date, or today minus due date when not yet published; 0 when on time. */
  lateDays: number;
}

/** Whether a disclosure was (or is being) published late. Dates are calendar days (YYYY-MM-DD). */
export function disclosureTiming(d: LedgerDisclosure, today: string): DisclosureTiming {
  // A unit may be stricter than the decree, never laxer: the earlier of its date and the decree's.
  const decree = disclosureDueDate(d.period, d.scope);
  const due = d.dueDate && decree ? (d.dueDate < decree ? d.dueDate : decree) : (d.dueDate ?? decree);
  const published = !!d.publishedAt;
  const day = published ? vietnamDate(new Date(d.publishedAt!)) : today;
  const lateDays = due && day > due ? daysBetween(due, day) : 0;
  return { due, published, lateDays };
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
