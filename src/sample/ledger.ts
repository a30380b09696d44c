/**
 * Sample funds and a hash-chained donation ledger: donations in money and in kind, distributions
 * that never overdraw a fund or hand out expired goods, each entry linked to the previous one by
 * its SHA-256 hash.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../contract/canonical.js';
import { type Fund, type InKindLine, type LedgerEntry } from '../contract/ledger.js';
import { initials, phone, vietnameseName } from './people.js';
import { SAMPLE_WARDS } from './survey-responses.js';
import { addDays, dayOfYear, vnTime, type Rng } from './random.js';

export const SAMPLE_RECEIVING_UNIT = 'Phòng Công tác xã hội, Bệnh viện Đa khoa Mẫu';

export function makeFunds(): Fund[] {
  return [
    {
      id: 'quy-bua-com-yeu-thuong',
      name: { vi: 'Quỹ Bữa cơm yêu thương', en: 'Meals of Love fund' },
      restricted: false,
      purpose: 'Suất cơm, cháo, sữa, bánh mì miễn phí cho người bệnh và người nhà có hoàn cảnh khó khăn.',
      account: { bank: 'Vietcombank – Chi nhánh Bắc Ninh', number: '0271000123456', holder: 'Bệnh viện Đa khoa Mẫu' },
      openedOn: '2022-03-01',
    },
    {
      id: 'quy-ho-tro-benh-nhan-ngheo',
      name: { vi: 'Quỹ hỗ trợ bệnh nhân nghèo', en: 'Fund for patients in poverty' },
      restricted: false,
      purpose: 'Hỗ trợ viện phí, tiền thuốc, tiền xe cho người bệnh nghèo.',
      account: { bank: 'BIDV – Chi nhánh Bắc Ninh', number: '12010009876543', holder: 'Bệnh viện Đa khoa Mẫu' },
      openedOn: '2021-01-01',
    },
    {
      id: 'quy-chap-canh-uoc-mo',
      name: { vi: 'Quỹ Chắp cánh ước mơ cho bệnh nhi', en: 'Wings for Dreams fund for sick children' },
      restricted: true,
      purpose: 'Chỉ dùng cho bệnh nhi khoa Nhi và Trung tâm Ung bướu.',
      openedOn: '2024-06-01',
    },
    {
      id: 'van-dong-benh-nhan-nva-2025',
      name: { vi: 'Vận động ủng hộ bệnh nhân N.V.A. (khoa Hồi sức tích cực)', en: 'Appeal for patient N.V.A. (intensive care)' },
      restricted: true,
      purpose: 'Chi phí điều trị của bệnh nhân N.V.A.; số dư còn lại chuyển Quỹ hỗ trợ bệnh nhân nghèo.',
      account: { bank: 'Agribank – Chi nhánh Từ Sơn', number: '2704205112233', holder: 'Bệnh viện Đa khoa Mẫu' },
      openedOn: '2025-04-10',
      closedOn: '2025-07-31',
    },
  ];
}

const GOODS: { item: string; unit: string; value: number; shelfDays: number; qty: [number, number] }[] = [
  { item: 'Cơm', unit: 'suất', value: 25000, shelfDays: 0, qty: [50, 300] },
  { item: 'Cháo', unit: 'suất', value: 15000, shelfDays: 0, qty: [30, 150] },
  { item: 'Sữa hộp 180 ml', unit: 'hộp', value: 9000, shelfDays: 180, qty: [48, 480] },
  { item: 'Mì ăn liền', unit: 'thùng', value: 115000, shelfDays: 240, qty: [5, 40] },
  { item: 'Bánh mì', unit: 'ổ', value: 10000, shelfDays: 1, qty: [50, 200] },
  { item: 'Sữa tươi', unit: 'lít', value: 32000, shelfDays: 10, qty: [10, 60] },
];

const ORGS = ['Công ty TNHH Thực phẩm Minh Long', 'Công ty CP Dược phẩm Kinh Bắc', 'Hội Chữ thập đỏ tỉnh', 'Đoàn Thanh niên Bệnh viện', 'Hội Phụ nữ phường Kinh Bắc'];
const BUSINESSES = ['Nhà hàng Sen Việt', 'Tiệm bánh mì Hồng Phát', 'Cửa hàng tạp hóa Bình Minh', 'Siêu thị mini Phúc Lộc'];
const RELIGIOUS = ['Chùa Phật Tích', 'Chùa Dạm', 'Giáo xứ Bắc Ninh', 'Nhóm thiện nguyện Tâm Từ Bi'];

function donor(rng: Rng): Extract<LedgerEntry, { kind: 'donation' }>['donor'] {
  const type = rng.weighted([['person', 45], ['organisation', 15], ['business', 15], ['religious', 10], ['anonymous', 15]] as const);
  if (type === 'anonymous') return { type, publishConsent: false };
  const name = type === 'person' ? vietnameseName(rng, rng.chance(0.55) ? 'female' : 'male') : rng.pick(type === 'organisation' ? ORGS : type === 'business' ? BUSINESSES : RELIGIOUS);
  const d: Extract<LedgerEntry, { kind: 'donation' }>['donor'] = { type, name, publishConsent: rng.chance(type === 'person' ? 0.55 : 0.9) };
  if (rng.chance(0.4)) d.contact = phone(rng);
  return d;
}

const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

/** An entry before its hash link is set. */
type Draft = Record<string, unknown> & { id: string; date: string; kind: string; fundId: string };

export function makeLedger(rng: Rng, count: number, funds: Fund[]): LedgerEntry[] {
  const drafts: Draft[] = [];
  const balance = new Map<string, number>(funds.map((f) => [f.id, 0]));
  const stock = new Map<string, { line: InKindLine; left: number; fund: string }[]>();
  let pt = 0;
  let pc = 0;
  const appeal = funds[3]!;
  const perDay = count / 365;
  let produced = 0;
  for (let d = 0; d < 365 && produced < count - 2; d++) {
    const date = dayOfYear(2025, d);
    const today = Math.min(count - 2 - produced, Math.round(perDay * (d % 7 === 6 ? 0.6 : 1.1) + rng.int(-1, 1)));
    for (let k = 0; k < today; k++) {
      produced++;
      const base = { receivingUnit: SAMPLE_RECEIVING_UNIT, recordedAt: vnTime(date, rng, 7, 18), recordedBy: rng.pick(['Đỗ Thị Hạnh', 'Phan Văn Tú', 'Lý Thị Ngọc']) };
      const appealOpen = date >= appeal.openedOn! && date <= appeal.closedOn!;
      const fund = appealOpen && rng.chance(0.25) ? appeal : rng.weighted([[funds[0]!, 5], [funds[1]!, 4], [funds[2]!, 2]] as const);
      const wantDistribution = rng.chance(0.36);
      if (wantDistribution) {
        // Hand out goods in stock first (oldest expiry first), else money the fund has.
        // Lots that are used up or past their expiry leave the store.
        for (const [item, lots] of stock) {
          const live = lots.filter((l) => l.left > 0 && (!l.line.expiry || l.line.expiry >= date));
          if (live.length) stock.set(item, live);
          else stock.delete(item);
        }
        const goods = [...stock.entries()];
        const ward = rng.pick(SAMPLE_WARDS);
        const patient = vietnameseName(rng, rng.chance(0.5) ? 'female' : 'male');
        const beneficiary = { pseudonym: `Bệnh nhân ${initials(patient)}, ${ward.vi.toLowerCase()}`, id: `bn-${rng.digits(6)}` };
        const approver = 'Trưởng phòng CTXH Đỗ Thị Hạnh';
        if (goods.length && rng.chance(0.6)) {
          const [key, lots] = rng.pick(goods);
          const lot = lots[0]!;
          const qty = Math.min(lot.left, rng.int(1, Math.max(1, Math.ceil(lot.left / 2))));
          lot.left -= qty;
          const line: InKindLine = { item: lot.line.item, unit: lot.line.unit, quantity: qty };
          if (lot.line.expiry) line.expiry = lot.line.expiry;
          void key;
          drafts.push({ ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'distribution', receiptNumber: `PX-2025-${String(++pc).padStart(4, '0')}`, date, fundId: lot.fund, beneficiary, lines: [line], approver, handoverRecord: `BBBG-2025-${String(pc).padStart(4, '0')}` } as Draft);
          continue;
        }
        const available = balance.get(fund.id)!;
        if (available >= 500000) {
          const amount = Math.min(available, roundTo(rng.normal(2500000, 2000000, 300000, 15000000), 100000));
          balance.set(fund.id, available - amount);
          drafts.push({ ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'distribution', receiptNumber: `PC-2025-${String(++pc).padStart(4, '0')}`, date, fundId: fund.id, beneficiary, amountVnd: amount, approver, handoverRecord: `BBBG-2025-${String(pc).padStart(4, '0')}`, note: rng.pick(['Hỗ trợ viện phí', 'Hỗ trợ tiền thuốc', 'Hỗ trợ tiền xe về quê', 'Hỗ trợ chi phí phẫu thuật']) } as Draft);
          continue;
        }
      }
      const channel = rng.weighted([['cash', 30], ['bank-transfer', 25], ['vietqr', 20], ['in-kind', 25]] as const);
      const common = { ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'donation' as const, receiptNumber: `PT-2025-${String(++pt).padStart(4, '0')}`, date, fundId: fund.id, donor: donor(rng) };
      if (channel === 'in-kind') {
        const fundForGoods = funds[0]!;
        const lines: InKindLine[] = [];
        const n = rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
        for (const g of [...GOODS].sort(() => rng.next() - 0.5).slice(0, n)) {
          const line: InKindLine = { item: g.item, unit: g.unit, quantity: rng.int(g.qty[0], g.qty[1]), estimatedUnitValueVnd: g.value, expiry: addDays(date, g.shelfDays) };
          lines.push(line);
          const lots = stock.get(g.item) ?? [];
          lots.push({ line, left: line.quantity, fund: fundForGoods.id });
          stock.set(g.item, lots);
        }
        drafts.push({ ...common, fundId: fundForGoods.id, channel, lines } as Draft);
      } else {
        const amount = roundTo(Math.exp(rng.normal(Math.log(800000), 1.1, Math.log(50000), Math.log(50000000))), channel === 'cash' ? 10000 : 1000);
        balance.set(common.fundId, balance.get(common.fundId)! + amount);
        if (channel === 'cash') drafts.push({ ...common, channel, amountVnd: amount } as Draft);
        else if (channel === 'bank-transfer') drafts.push({ ...common, channel, amountVnd: amount, bankReference: `FT25${String(d).padStart(3, '0')}${rng.digits(7)}` } as Draft);
        else drafts.push({ ...common, channel, amountVnd: amount, ...(rng.chance(0.8) ? { bankReference: `VQR${rng.digits(10)}` } : {}) } as Draft);
      }
    }
  }
  // Two corrections: a mistyped amount and a wrong fund, both pointing at earlier donations.
  const money = drafts.filter((e) => e.kind === 'donation' && 'amountVnd' in e);
  const a = money[Math.floor(money.length / 3)]!;
  const b = money[Math.floor((money.length * 2) / 3)]!;
  for (const [target, reason, replacement] of [
    [a, 'Ghi nhầm số tiền: thừa một chữ số 0', { amountVnd: Math.round(Number(a.amountVnd) / 10) }],
    [b, 'Ghi nhầm quỹ: nhà hảo tâm chỉ định Quỹ hỗ trợ bệnh nhân nghèo', { fundId: 'quy-ho-tro-benh-nhan-ngheo' }],
  ] as const) {
    const date = addDays(target.date, 3) > '2025-12-31' ? '2025-12-31' : addDays(target.date, 3);
    drafts.push({ id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'correction', receiptNumber: `DC-2025-${String(drafts.length).padStart(4, '0')}`, date, receivingUnit: SAMPLE_RECEIVING_UNIT, fundId: target.fundId, correctsEntryId: target.id, reason, replacement, recordedAt: vnTime(date, rng), recordedBy: 'Đỗ Thị Hạnh' } as Draft);
  }
  while (drafts.length < count) {
    const date = '2025-12-31';
    drafts.push({ id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'donation', receiptNumber: `PT-2025-${String(++pt).padStart(4, '0')}`, date, receivingUnit: SAMPLE_RECEIVING_UNIT, fundId: funds[0]!.id, donor: { type: 'anonymous', publishConsent: false }, channel: 'cash', amountVnd: 200000, recordedAt: vnTime(date, rng) } as Draft);
  }
  drafts.length = count;
  // Order by date (stable), then chain the hashes.
  const sorted = drafts.map((e, i) => [e, i] as const).sort((x, y) => (x[0].date < y[0].date ? -1 : x[0].date > y[0].date ? 1 : x[1] - y[1])).map(([e]) => e);
  // Same digest as the contract's ledgerEntryHash (SHA-256 of the canonical JSON), computed with
  // @noble/hashes because it is several times faster than the contract's dependency-free one.
  let prev: string | null = null;
  return sorted.map((e) => {
    const entry = { ...e, prevHash: prev } as LedgerEntry;
    prev = bytesToHex(sha256(utf8ToBytes(canonicalJson(entry))));
    return entry;
  });
}
