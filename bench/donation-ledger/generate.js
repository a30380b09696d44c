// A deterministic, realistic ledger for tests, stories and benchmarks: funds (general, a
// restricted meal fund, one patient's appeal with its own account), cash, bank transfers, VietQR
// and goods donations, distributions to pseudonymised beneficiaries, a few corrections, chained
// with `prevHash`. Plain JavaScript so benchmark pages can use it without a build.

/** A small seeded generator (mulberry32): the same numbers for the same seed. @param {number} seed */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FUNDS = [
  { id: 'quy-chung', name: { vi: 'Quỹ hỗ trợ người bệnh', en: 'Patient support fund' }, restricted: false, account: { bank: 'Vietcombank', number: '0011001234567', holder: 'BENH VIEN DA KHOA TINH' } },
  { id: 'bua-com', name: { vi: 'Bữa cơm 0 đồng', en: 'Free meals' }, restricted: true, purpose: 'Suất cơm miễn phí cho người bệnh và người nhà.' },
  { id: 'ho-tro-be-an', name: { vi: 'Giúp bé N.T.A. phẫu thuật tim', en: "Heart surgery for N.T.A." }, restricted: true, purpose: 'Chi phí phẫu thuật tim cho bé N.T.A., khoa Nhi.', account: { bank: 'BIDV', number: '21510001234567', holder: 'BENH VIEN DA KHOA TINH' }, openedOn: '2025-03-01' },
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Đức', 'Quốc', 'Thu', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến', 'Đạt', 'Ánh'];
const ORGS = ['Công ty TNHH Thực phẩm Sao Mai', 'Chùa Phước Long', 'Hội Chữ thập đỏ phường 5', 'Nhóm thiện nguyện Áo Xanh', 'Ngân hàng TMCP Phương Đông, chi nhánh tỉnh', 'Giáo xứ Thánh Tâm'];
const GOODS = [
  { item: 'Sữa hộp', unit: 'hộp', value: 9000, perishable: 180 },
  { item: 'Gạo', unit: 'kg', value: 18000, perishable: 365 },
  { item: 'Mì ăn liền', unit: 'thùng', value: 110000, perishable: 150 },
  { item: 'Suất cơm', unit: 'suất', value: 25000, perishable: 1 },
  { item: 'Tã người lớn', unit: 'gói', value: 85000 },
  { item: 'Nước suối', unit: 'thùng', value: 90000, perishable: 365 },
];
const WARDS = ['khoa Nhi', 'khoa Ung bướu', 'khoa Hồi sức', 'khoa Nội', 'khoa Ngoại chấn thương'];
const STAFF = ['CTXH Trần Thu Hà', 'CTXH Lê Minh Quân', 'CTXH Phạm Ngọc Mai'];
const APPROVERS = ['Trưởng phòng CTXH Nguyễn Hoài Nam', 'Phó giám đốc Võ Thanh Sơn'];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/**
 * @param {number} n number of entries
 * @param {{ seed?: number, hash: (entry: unknown) => string, end?: string, days?: number }} options
 *   `hash` is the entry hash (e.g. `entryHashSync` or the contract's `ledgerEntryHash`).
 * @returns {{ funds: typeof FUNDS, entries: Record<string, unknown>[] }}
 */
export function generateLedger(n, options) {
  const r = rng(options.seed ?? 7);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const end = Date.parse(`${options.end ?? '2026-11-20'}T00:00:00Z`);
  const days = options.days ?? 730;
  const start = end - days * 86400000;
  const entries = [];
  const donations = [];
  let prev = null;
  let pt = 0;
  let pc = 0;
  for (let i = 0; i < n; i++) {
    const t = start + Math.floor(((end - start) * i) / Math.max(1, n - 1));
    const date = iso(t);
    const fund = r() < 0.55 ? FUNDS[0] : r() < 0.6 ? FUNDS[1] : FUNDS[2];
    const base = { id: `e${pad(i + 1, 6)}`, date, receivingUnit: 'Phòng Công tác xã hội, Bệnh viện Đa khoa tỉnh', fundId: fund.id, recordedBy: pick(STAFF) };
    const roll = r();
    let entry;
    if (roll < 0.01 && donations.length > 5) {
      const target = donations[Math.floor(r() * donations.length)];
      const replacement = 'amountVnd' in target ? { amountVnd: Math.round((target.amountVnd * (0.5 + r())) / 1000) * 1000 } : { fundId: FUNDS[0].id };
      entry = { ...base, receiptNumber: `DC-${pad(++pc, 5)}`, kind: 'correction', correctsEntryId: target.id, reason: 'Ghi nhầm số tiền, sửa theo sao kê ngân hàng', replacement, fundId: target.fundId };
    } else if (roll < 0.7) {
      const kindRoll = r();
      const org = r() < 0.25;
      const anonymous = r() < 0.15;
      const name = org ? pick(ORGS) : `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      const donor = anonymous
        ? { type: 'anonymous', publishConsent: false }
        : { type: org ? pick(['organisation', 'business', 'religious']) : 'person', name, publishConsent: r() < 0.6, ...(r() < 0.5 ? { contact: `09${pad(Math.floor(r() * 1e8), 8)}` } : {}) };
      const receiptNumber = `PT-${date.slice(0, 4)}-${pad(++pt, 6)}`;
      if (kindRoll < 0.3) {
        const lines = [];
        const count = 1 + Math.floor(r() * 2);
        for (let k = 0; k < count; k++) {
          const g = pick(GOODS);
          lines.push({ item: g.item, unit: g.unit, quantity: 1 + Math.floor(r() * 50), estimatedUnitValueVnd: g.value, ...(g.perishable ? { expiry: iso(t + g.perishable * 86400000 * (0.3 + r())) } : {}) });
        }
        entry = { ...base, receiptNumber, kind: 'donation', channel: 'in-kind', donor, lines };
      } else {
        const amountVnd = (1 + Math.floor(r() * 100)) * (r() < 0.2 ? 1_000_000 : 50_000);
        const channel = kindRoll < 0.55 ? 'cash' : kindRoll < 0.8 ? 'bank-transfer' : 'vietqr';
        entry = { ...base, receiptNumber, kind: 'donation', channel, donor, amountVnd, ...(channel !== 'cash' ? { bankReference: `FT${date.replace(/-/g, '')}${pad(Math.floor(r() * 1e6), 6)}` } : {}) };
      }
      donations.push(entry);
    } else {
      const goods = r() < 0.35;
      const g = pick(GOODS);
      entry = {
        ...base,
        receiptNumber: `PC-${date.slice(0, 4)}-${pad(++pc, 6)}`,
        kind: 'distribution',
        beneficiary: { pseudonym: `Bệnh nhân ${pick(SURNAMES).charAt(0)}.${pick(MIDDLE).charAt(0)}.${pick(GIVEN).charAt(0)}., ${pick(WARDS)}`, id: `BN-${pad(Math.floor(r() * 1e6), 6)}` },
        approver: pick(APPROVERS),
        handoverRecord: `BB-${pad(pc, 6)}`,
        ...(goods ? { lines: [{ item: g.item, unit: g.unit, quantity: 1 + Math.floor(r() * 10) }] } : { amountVnd: (1 + Math.floor(r() * 20)) * 500_000 }),
      };
    }
    entry.prevHash = prev;
    entries.push(entry);
    prev = options.hash(entry);
  }
  return { funds: FUNDS, entries };
}
