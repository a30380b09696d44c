/**
 * The shapes of a ledger's balances (types only), shared by the pure model and the incremental
 * balances without either importing the other.
 */
export interface FundTotals {
  fundId: string;
  receivedVnd: number;
  distributedVnd: number;
  /** received − distributed (may be negative when the books are wrong; shown as is). */
  balanceVnd: number;
  donations: number;
  distributions: number;
  /** Estimated value of goods received, when donors or staff gave unit values. */
  inKindEstimatedVnd: number;
}

export interface ItemTotals {
  /** Normalised key: item and unit, lower case, single spaces. */
  key: string;
  item: string;
  unit: string;
  received: number;
  distributed: number;
  /** received − distributed, "on hand". */
  onHand: number;
}

export interface Totals {
  funds: FundTotals[];
  items: ItemTotals[];
  entryCount: number;
}

export interface ExpiryWarning {
  item: string;
  unit: string;
  expiry: string;
  /** Quantity of this lot still on hand (first-expiring lots are assumed handed out first). */
  onHand: number;
  status: 'expired' | 'expiring';
  /** Days until expiry (negative when expired). */
  days: number;
}

export type Granularity = 'month' | 'quarter' | 'year';

export interface PeriodTotals {
  /** `2026-03`, `2026-Q1` or `2026`. */
  period: string;
  receivedVnd: number;
  distributedVnd: number;
  entryCount: number;
}
