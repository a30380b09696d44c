import { ledgerEntryHash, type Fund, type LedgerEntry } from '../../src/contract/index.js';

export const funds: Fund[] = [
  { id: 'quy-chung', name: { vi: 'Quỹ hỗ trợ người bệnh', en: 'Patient support fund' }, restricted: false, account: { bank: 'Vietcombank', number: '0011001234567', holder: 'BV DA KHOA TINH' } },
  { id: 'bua-com', name: { vi: 'Bữa cơm 0 đồng', en: 'Free meals' }, restricted: true, purpose: 'Suất cơm miễn phí' },
];

/** Values that must never appear in the public view. */
export const SECRET = {
  hiddenDonor: 'Trần Bí Mật',
  contact: '0912345678',
  bankReference: 'FT26111900042',
  beneficiaryId: 'BN-SECRET-77',
  note: 'Ghi chú nội bộ: người nhà khó khăn',
  recordedBy: 'CTXH Nhân Viên Ẩn',
  extra: 'TRUONG-LA-XYZ',
};

const unit = 'Phòng CTXH, Bệnh viện Đa khoa tỉnh';

/** Entries without prevHash, in chain order. */
export function rawEntries(): Record<string, unknown>[] {
  return [
    { id: 'e1', receiptNumber: 'PT-001', date: '2026-09-03', receivingUnit: unit, fundId: 'quy-chung', kind: 'donation', channel: 'cash', donor: { type: 'person', name: 'Nguyễn Văn An', publishConsent: true }, amountVnd: 2_000_000 },
    { id: 'e2', receiptNumber: 'PT-002', date: '2026-09-10', receivingUnit: unit, fundId: 'quy-chung', kind: 'donation', channel: 'bank-transfer', bankReference: SECRET.bankReference, donor: { type: 'person', name: SECRET.hiddenDonor, contact: SECRET.contact, publishConsent: false }, amountVnd: 5_000_000, note: SECRET.note, recordedBy: SECRET.recordedBy, secretExtra: SECRET.extra },
    { id: 'e3', receiptNumber: 'PT-003', date: '2026-10-02', receivingUnit: unit, fundId: 'bua-com', kind: 'donation', channel: 'in-kind', donor: { type: 'religious', name: 'Chùa Phước Long', publishConsent: true }, lines: [{ item: 'Sữa hộp', unit: 'hộp', quantity: 100, estimatedUnitValueVnd: 9000, expiry: '2026-12-01' }, { item: 'Gạo', unit: 'kg', quantity: 50, expiry: '2026-11-10' }] },
    { id: 'e4', receiptNumber: 'PC-001', date: '2026-10-15', receivingUnit: unit, fundId: 'quy-chung', kind: 'distribution', beneficiary: { pseudonym: 'Bệnh nhân N.V.B., khoa Nhi', id: SECRET.beneficiaryId }, amountVnd: 1_500_000, approver: 'Trưởng phòng CTXH', handoverRecord: 'BB-01' },
    { id: 'e5', receiptNumber: 'PC-002', date: '2026-10-20', receivingUnit: unit, fundId: 'bua-com', kind: 'distribution', beneficiary: { pseudonym: 'Người nhà bệnh nhân khoa Hồi sức' }, lines: [{ item: 'sữa hộp', unit: 'hộp', quantity: 30 }, { item: 'Gạo', unit: 'kg', quantity: 20 }], approver: 'Trưởng phòng CTXH' },
    { id: 'e6', receiptNumber: 'DC-001', date: '2026-11-02', receivingUnit: unit, fundId: 'quy-chung', kind: 'correction', correctsEntryId: 'e1', reason: 'Ghi nhầm số tiền theo phiếu thu', replacement: { amountVnd: 3_000_000 } },
    { id: 'e7', receiptNumber: 'PT-004', date: '2026-11-05', receivingUnit: unit, fundId: 'quy-chung', kind: 'donation', channel: 'vietqr', donor: { type: 'anonymous', publishConsent: false }, amountVnd: 500_000 },
  ];
}

export function chain(items: Record<string, unknown>[]): LedgerEntry[] {
  let prev: string | null = null;
  return items.map((x) => {
    const e = { ...x, prevHash: prev } as unknown as LedgerEntry;
    prev = ledgerEntryHash(e);
    return e;
  });
}

export function ledger(): LedgerEntry[] {
  return chain(rawEntries());
}
