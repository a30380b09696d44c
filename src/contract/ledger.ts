/**
 * Donations and distributions (Nghị định 93/2021/NĐ-CP: a separate fund per appeal, full records
 * of receipts and distribution, public disclosure [reported]). The ledger is append-only: a
 * correction is a new entry that points at the entry it corrects, never a silent edit. Each entry
 * carries the SHA-256 of the previous one (`prevHash`), so a published chain head lets anyone
 * detect a rewritten history.
 */
import * as z from 'zod/mini';
import { canonicalJson } from './canonical.js';
import { jsonSchemaRegistry, loose } from './zod.js';
import type { ContractIssue } from './issues.js';
import {
  DateTimeSchema,
  ERR,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  LongTextSchema,
  Sha256Schema,
  ShortTextSchema,
  UrlSchema,
  VndAmountSchema,
} from './shared.js';

export const FundSchema = loose({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** Restricted funds may only be spent on `purpose` (e.g. one patient's appeal). */
  restricted: z.boolean(),
  purpose: z.optional(LongTextSchema),
  /** The separate bank account of the appeal, when it has one. */
  account: z.optional(
    loose({ bank: ShortTextSchema, number: ShortTextSchema, holder: z.optional(ShortTextSchema) }),
  ),
  openedOn: z.optional(IsoDateSchema),
  closedOn: z.optional(IsoDateSchema),
});
export type Fund = z.infer<typeof FundSchema>;

/** One line of goods: 50 suất cơm, 20 hộp sữa, 10 thùng mì… */
export const InKindLineSchema = loose({
  item: ShortTextSchema,
  /** suất, hộp, thùng, ổ, lít, kg, cái… */
  unit: ShortTextSchema,
  quantity: z.number().check(z.gt(0)),
  estimatedUnitValueVnd: z.optional(VndAmountSchema),
  expiry: z.optional(IsoDateSchema),
});
export type InKindLine = z.infer<typeof InKindLineSchema>;

export const DonorSchema = loose({
  type: z.enum(['person', 'organisation', 'business', 'religious', 'anonymous']),
  /** Absent for "nhà hảo tâm giấu tên". Shown publicly only with `publishConsent`. */
  name: z.optional(ShortTextSchema),
  contact: z.optional(ShortTextSchema),
  publishConsent: z.boolean(),
});
export type Donor = z.infer<typeof DonorSchema>;

const entryBase = {
  id: IdSchema,
  /** Receipt (phiếu thu) or voucher (phiếu chi) number. */
  receiptNumber: ShortTextSchema,
  date: IsoDateSchema,
  receivingUnit: ShortTextSchema,
  fundId: IdSchema,
  /** Hex SHA-256 of the previous entry (`ledgerEntryHash`); null for the first entry. */
  prevHash: z.nullable(Sha256Schema),
  recordedAt: z.optional(DateTimeSchema),
  recordedBy: z.optional(ShortTextSchema),
  note: z.optional(LongTextSchema),
};

const donationBase = {
  ...entryBase,
  kind: z.literal('donation'),
  donor: DonorSchema,
};

export const CashDonationSchema = loose({
  ...donationBase,
  channel: z.literal('cash'),
  amountVnd: VndAmountSchema,
});
export const BankTransferDonationSchema = loose({
  ...donationBase,
  channel: z.literal('bank-transfer'),
  amountVnd: VndAmountSchema,
  /** Bank transaction reference, so the entry can be matched to the statement. */
  bankReference: ShortTextSchema,
});
export const VietQrDonationSchema = loose({
  ...donationBase,
  channel: z.literal('vietqr'),
  amountVnd: VndAmountSchema,
  bankReference: z.optional(ShortTextSchema),
});
export const InKindDonationSchema = loose({
  ...donationBase,
  channel: z.literal('in-kind'),
  lines: z.array(InKindLineSchema).check(z.minLength(1)),
});

export const DonationSchema = z.discriminatedUnion('channel', [
  CashDonationSchema,
  BankTransferDonationSchema,
  VietQrDonationSchema,
  InKindDonationSchema,
]);
export type Donation = z.infer<typeof DonationSchema>;

/** A distribution pays money (`amountVnd`) or hands over goods (`lines`), or both. */
export const DistributionSchema = loose({
    ...entryBase,
    kind: z.literal('distribution'),
    beneficiary: loose({
      /** What the public sees, e.g. "Bệnh nhân N.V.A., khoa Nhi". */
      pseudonym: ShortTextSchema,
      /** Internal id; staff views only. */
      id: z.optional(IdSchema),
    }),
    amountVnd: z.optional(VndAmountSchema),
    lines: z.optional(z.array(InKindLineSchema).check(z.minLength(1))),
    approver: ShortTextSchema,
    /** Number or reference of the handover record (biên bản bàn giao). */
    handoverRecord: z.optional(ShortTextSchema),
  })
  .check(
    z.refine((v) => v.amountVnd !== undefined || v.lines !== undefined, {
      message: ERR.amountOrLines,
      path: ['amountVnd'],
    }),
  );
jsonSchemaRegistry.add(DistributionSchema, {
  anyOf: [{ required: ['amountVnd'] }, { required: ['lines'] }],
});
export type Distribution = z.infer<typeof DistributionSchema>;

export const CorrectionSchema = loose({
  ...entryBase,
  kind: z.literal('correction'),
  correctsEntryId: IdSchema,
  reason: ShortTextSchema,
  /** The corrected values; fields not listed keep the corrected entry's values. */
  replacement: z.optional(z.record(z.string(), z.unknown())),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const LedgerEntrySchema = z.discriminatedUnion('kind', [
  DonationSchema,
  DistributionSchema,
  CorrectionSchema,
]);
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
export type LedgerEntryInput = z.input<typeof LedgerEntrySchema>;

/**
 * How a disclosure is made public (Nghị định 93/2021/NĐ-CP Điều 14 khoản 3): on the unit's
 * official website (trang thông tin điện tử chính thức, compulsory; a unit without one posts it
 * at its office instead), posted at the office and community meeting places (niêm yết), by written
 * notice (thông báo bằng văn bản), in the mass media (phương tiện thông tin đại chúng), or another
 * way the unit names in `place`.
 */
export const PUBLICATION_CHANNELS = ['website', 'noticeboard', 'written-notice', 'mass-media', 'other'] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];

/**
 * What a disclosure reports, which sets its deadline (Nghị định 93/2021/NĐ-CP Điều 14 khoản 4):
 * the totals received are due at the latest 15 days after receiving ends, the totals distributed
 * 30 days after distribution and use end. A disclosure of both is due at the earlier of the two.
 */
export const DISCLOSURE_SCOPES = ['receipts', 'distribution', 'both'] as const;
export type DisclosureScope = (typeof DISCLOSURE_SCOPES)[number];

/** Days after the end of the period within which a disclosure is due (calendar days, as the decree counts). */
export const DISCLOSURE_DAYS: Readonly<Record<DisclosureScope, number>> = { receipts: 15, distribution: 30, both: 15 };

/**
 * The last day a disclosure of a period may be published: the period's last day plus
 * `DISCLOSURE_DAYS[scope]`. A province or a unit with a stricter rule sets `dueDate` itself.
 */
export function disclosureDueDate(period: { to: string }, scope: DisclosureScope = 'both'): string | undefined {
  const t = Date.parse(`${period.to}T00:00:00Z`);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + DISCLOSURE_DAYS[scope] * 86_400_000).toISOString().slice(0, 10);
}

/** A published snapshot of a period: what came in and went out, per fund and per item. */
export const LedgerDisclosureSchema = loose({
  id: z.optional(IdSchema),
  receivingUnit: z.optional(ShortTextSchema),
  period: loose({ from: IsoDateSchema, to: IsoDateSchema }),
  publishedAt: z.optional(DateTimeSchema),
  funds: z.optional(z.array(FundSchema)),
  totals: loose({
    byFund: z.array(
      loose({
        fundId: IdSchema,
        openingBalanceVnd: z.optional(z.int()),
        receivedVnd: VndAmountSchema,
        distributedVnd: VndAmountSchema,
        /** May be negative only if the books are wrong; shown as is. */
        balanceVnd: z.int(),
      }),
    ),
    byItem: z.array(
      loose({
        item: ShortTextSchema,
        unit: ShortTextSchema,
        received: z.number().check(z.gte(0)),
        distributed: z.number().check(z.gte(0)),
        balance: z.number(),
      }),
    ),
  }),
  /** Where and how the disclosure was made public (see `docs/domain.md`, Nghị định 93/2021/NĐ-CP). */
  publication: z.optional(
    loose({
      channels: z.array(z.enum(PUBLICATION_CHANNELS)).check(z.minLength(1), z.maxLength(PUBLICATION_CHANNELS.length)),
      /** The page where it is published (for `website`). */
      url: z.optional(UrlSchema),
      /** Where it is posted (for `noticeboard`), or the paper or programme (for `mass-media`). */
      place: z.optional(ShortTextSchema),
    }),
  ),
  /** What it reports (default `both`): sets the deadline, see `DISCLOSURE_SCOPES`. */
  scope: z.optional(z.enum(DISCLOSURE_SCOPES)),
  /**
   * The last day to publish, when the unit's rule is stricter than `disclosureDueDate`. A later
   * date is not honoured (the decree's applies) and gets a contract warning.
   */
  dueDate: z.optional(IsoDateSchema),
  /**
   * The bank statements (sao kê) the figures were reconciled with, one per account. Not required
   * by Nghị định 93/2021/NĐ-CP; published by many units so donors can check their transfers.
   */
  bankStatements: z.optional(
    z
      .array(
        loose({
          /** The statement's reference as the bank issued it. */
          reference: ShortTextSchema,
          /** The account, as published (a separate account per appeal). */
          account: z.optional(ShortTextSchema),
          /** Where the statement itself is published. */
          url: z.optional(UrlSchema),
        }),
      )
      .check(z.maxLength(100)),
  ),
  entryCount: z.int().check(z.gte(0)),
  /** `ledgerEntryHash` of the last entry in the period; null when the ledger is empty. */
  chainHead: z.nullable(Sha256Schema),
  signature: z.optional(
    loose({
      algorithm: ShortTextSchema,
      value: z.string().check(z.minLength(1), z.maxLength(4096)),
      keyId: z.optional(ShortTextSchema),
    }),
  ),
});
export type LedgerDisclosure = z.infer<typeof LedgerDisclosureSchema>;

// ---------------------------------------------------------------------------------------------
// Hash chain
// ---------------------------------------------------------------------------------------------

export { canonicalJson };

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 of a UTF-8 string as lower-case hex. Synchronous and dependency-free, so it works in
 * Node, in browsers on plain http (where `crypto.subtle` is missing) and in workers alike.
 */
export function sha256Hex(text: string): string {
  const msg = new TextEncoder().encode(text);
  const bitLen = msg.length * 8;
  const padded = new Uint8Array(((msg.length + 9 + 63) >> 6) << 6);
  padded.set(msg);
  padded[msg.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLen / 0x100000000));
  view.setUint32(padded.length - 4, bitLen >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[i]! + w[i]!) >>> 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
    h[5] = (h[5]! + f) >>> 0;
    h[6] = (h[6]! + g) >>> 0;
    h[7] = (h[7]! + hh) >>> 0;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

/** The hash the next entry puts in `prevHash`: SHA-256 of the entry's canonical JSON. */
export function ledgerEntryHash(entry: LedgerEntry | LedgerEntryInput): string {
  return sha256Hex(canonicalJson(entry));
}

/**
 * Checks that each entry's `prevHash` is the hash of the entry before it (the first one: null)
 * and that corrections point at an earlier entry. Returns one error issue per broken link.
 */
export function verifyLedgerChain(entries: readonly LedgerEntry[]): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const seen = new Set<string>();
  let prev: string | null = null;
  entries.forEach((entry, i) => {
    if (entry.prevHash !== prev) {
      issues.push({
        path: [i, 'prevHash'],
        code: 'ledger_chain_broken',
        severity: 'error',
        field: { vi: 'Mã băm bút toán trước', en: 'Previous entry hash' },
        message: {
          vi: `Chuỗi sổ bị đứt tại bút toán ${entry.receiptNumber}: mã băm không khớp với bút toán trước. Có thể sổ đã bị sửa.`,
          en: `The ledger chain breaks at entry ${entry.receiptNumber}: the hash does not match the previous entry. The ledger may have been edited.`,
        },
      });
    }
    if (entry.kind === 'correction' && !seen.has(entry.correctsEntryId)) {
      issues.push({
        path: [i, 'correctsEntryId'],
        code: 'ledger_correction_target',
        severity: 'error',
        field: { vi: 'Bút toán được điều chỉnh', en: 'Corrected entry' },
        message: {
          vi: 'Bút toán điều chỉnh phải trỏ tới một bút toán ghi trước nó.',
          en: 'A correction must point at an entry recorded before it.',
        },
      });
    }
    seen.add(entry.id);
    prev = ledgerEntryHash(entry);
  });
  return issues;
}
