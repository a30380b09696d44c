export interface GeneratedFund {
  id: string;
  name: { vi: string; en: string };
  restricted: boolean;
  purpose?: string;
  account?: { bank: string; number: string; holder?: string };
  openedOn?: string;
}
export declare const FUNDS: GeneratedFund[];
export declare function generateLedger(
  n: number,
  options: { seed?: number; hash: (entry: unknown) => string; end?: string; days?: number },
): { funds: GeneratedFund[]; entries: Record<string, unknown>[] };
