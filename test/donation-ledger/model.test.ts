import { expect } from '@open-wc/testing';
import { ledgerMessages } from '../../src/components/donation-ledger/messages.js';
import {
  csvTable,
  granularityOf,
  knownFundIds,
  parseJwk,
  periodPresetOf,
  publicRows,
  receivingUnitOf,
  rowLabels,
  summariseExpiry,
  todayOr,
  vietQrOf,
} from '../../src/components/donation-ledger/model.js';
import { disclosureInput, duplicateReceiptIssue, entryFromForm, fundsInput, ledgerInput, notAListIssue } from '../../src/components/donation-ledger/input.js';
import { LedgerStore } from '../../src/components/donation-ledger/store.js';
import { funds, ledger, SECRET } from './fixtures.js';

const m = ledgerMessages.vi;
const labels = rowLabels(m);

function store(view: 'public' | 'staff') {
  const s = new LedgerStore(ledger(), view, labels, (id) => id);
  s.setFunds(funds);
  while (!s.ingest(50));
  return s;
}

/** A FormData-like map of the staff form's fields. */
function fields(values: Record<string, string | string[]>) {
  return {
    get: (k: string) => (Array.isArray(values[k]) ? values[k][0] : values[k]) ?? null,
    getAll: (k: string) => (Array.isArray(values[k]) ? values[k] : values[k] === undefined ? [] : [values[k]]),
  };
}

describe('donation ledger: model (view data)', () => {
  it('presets, granularities and today fall back to safe values', () => {
    expect(periodPresetOf('quarter')).to.equal('quarter');
    expect(periodPresetOf('<script>')).to.equal('all');
    expect(granularityOf('year')).to.equal('year');
    expect(granularityOf(['x'])).to.equal('month');
    expect(todayOr('2026-11-22')).to.equal('2026-11-22');
    expect(todayOr('22/11/2026', new Date(2026, 0, 5))).to.equal('2026-01-05');
  });

  it('parseJwk takes JSON objects only', () => {
    expect(parseJwk('{"kty":"EC"}')).to.deep.equal({ kty: 'EC' });
    for (const v of [null, '', '[1]', 'null', '{oops', '"text"']) expect(parseJwk(v), String(v)).to.equal(undefined);
  });

  it('known funds: declared first, then those only the entries name, once each', () => {
    const t = { funds: [{ fundId: 'bua-com' }, { fundId: 'khac' }], items: [], entryCount: 0 } as unknown as Parameters<typeof knownFundIds>[1];
    expect(knownFundIds(funds, t)).to.deep.equal(['quy-chung', 'bua-com', 'khac']);
    expect(knownFundIds([], undefined)).to.deep.equal([]);
  });

  it('expiry warnings: one line per item and status, quantities summed, the soonest date', () => {
    const out = summariseExpiry([
      { item: 'Sữa', unit: 'hộp', expiry: '2026-12-10', onHand: 10, status: 'expiring', days: 18 },
      { item: 'Sữa', unit: 'hộp', expiry: '2026-12-01', onHand: 0.1, status: 'expiring', days: 9 },
      { item: 'Gạo', unit: 'kg', expiry: '2026-11-01', onHand: 5, status: 'expired', days: -21 },
      { item: 'Gạo', unit: 'kg', expiry: '2026-11-10', onHand: 0.2, status: 'expired', days: -12 },
    ]);
    expect(out).to.deep.equal([
      { item: 'Sữa', unit: 'hộp', expiry: '2026-12-01', onHand: 10.1, status: 'expiring', days: 9 },
      { item: 'Gạo', unit: 'kg', expiry: '2026-11-10', onHand: 5.2, status: 'expired', days: -12 },
    ]);
  });

  it('receiving unit from the first or the last valid entry', () => {
    const s = store('public');
    expect(receivingUnitOf(s.slots)).to.equal('Phòng CTXH, Bệnh viện Đa khoa tỉnh');
    expect(receivingUnitOf([{ index: 0, issues: [], correctedBy: [] }, ...s.slots], 'end')).to.equal('Phòng CTXH, Bệnh viện Đa khoa tỉnh');
    expect(receivingUnitOf([])).to.equal(undefined);
  });

  it('public rows from staff rows carry no staff-only value', () => {
    const s = store('staff');
    const rows = publicRows(s.rows, s.slots, labels, (id) => id);
    const all = JSON.stringify(rows);
    for (const secret of Object.values(SECRET)) expect(all, secret).not.to.include(secret);
    expect(rows.find((r) => r.id === 'e2')!.party).to.equal('Nhà hảo tâm giấu tên');
  });

  it('VietQR account for a fund with a known bank, none otherwise', () => {
    const qr = vietQrOf(funds[0], 'quy-chung')!;
    expect(qr.account.number).to.equal('0011001234567');
    expect(qr.payload).to.match(/^000201/).and.include('970436');
    expect(vietQrOf(funds[1], 'bua-com')).to.equal(undefined);
    expect(vietQrOf({ ...funds[0]!, account: { bank: 'Ngân hàng không tồn tại', number: '1' } }, 'x')).to.equal(undefined);
    expect(vietQrOf(undefined, 'x')).to.equal(undefined);
  });

  it('CSV table: staff columns only in the staff view', () => {
    const pub = store('public');
    const p = csvTable(pub.rows, 'public', m, 'vi', (id) => id);
    expect(p.header).to.have.length(15);
    expect(JSON.stringify(p.rows)).not.to.include(SECRET.contact);
    const staff = store('staff');
    const s = csvTable(staff.rows, 'staff', m, 'vi', (id) => id);
    expect(s.header).to.have.length(20);
    expect(s.rows.every((r) => r.length === 20)).to.equal(true);
    expect(JSON.stringify(s.rows)).to.include(SECRET.contact).and.include(SECRET.bankReference);
  });
});

describe('donation ledger: input', () => {
  it('splits an .entries value: a list, or { entries, funds, disclosure }', () => {
    expect(ledgerInput([1, 2]).items).to.deep.equal([1, 2]);
    expect(ledgerInput({ entries: [1], funds: [] })).to.deep.equal({ items: [1], funds: [] });
    expect(ledgerInput('nonsense').items).to.equal(undefined);
    expect(ledgerInput(null).items, 'null is no data').to.deep.equal([]);
    expect(ledgerInput(undefined).items, 'undefined is no data').to.deep.equal([]);
    expect(ledgerInput({ entries: 'x' }).items).to.equal(undefined);
    expect(notAListIssue().code).to.equal('invalid_type');
  });

  it('funds and a disclosure: issues placed under their property', () => {
    expect(fundsInput(funds).funds).to.have.length(2);
    const bad = fundsInput([{ id: 1 }]);
    expect(bad.funds).to.deep.equal([]);
    expect(bad.issues[0]!.path[0]).to.equal('funds');
    expect(disclosureInput(null)).to.deep.equal({ issues: [] });
    const d = disclosureInput({ nonsense: true });
    expect(d.disclosure).to.equal(undefined);
    expect(d.issues[0]!.path[0]).to.equal('disclosure');
  });

  it('the staff form gives a donation or a distribution candidate', () => {
    const donation = entryFromForm(fields({ receiptNumber: ' PT-9 ', date: '2026-11-22', fundId: 'quy-chung', channel: 'bank-transfer', donorType: 'person', donorName: 'Lê Thị Hoa', consent: ['yes'], bankReference: 'FT1', amountVnd: '200000' }), { kind: 'donation', channel: 'bank-transfer', id: 'n1', prevHash: 'abc', receivingUnit: 'U' });
    expect(donation).to.deep.include({ id: 'n1', receiptNumber: 'PT-9', kind: 'donation', channel: 'bank-transfer', amountVnd: 200000, bankReference: 'FT1', prevHash: 'abc', receivingUnit: 'U' });
    expect(donation.donor).to.deep.equal({ type: 'person', name: 'Lê Thị Hoa', contact: undefined, publishConsent: true });
    const anonymous = entryFromForm(fields({ donorType: 'anonymous', donorName: 'x', channel: 'in-kind', item: 'Gạo', unit: 'kg', quantity: '5' }), { kind: 'donation', channel: 'in-kind', id: 'n2', prevHash: null, receivingUnit: undefined });
    expect((anonymous.donor as { name?: string }).name).to.equal(undefined);
    expect(anonymous.lines).to.deep.equal([{ item: 'Gạo', unit: 'kg', quantity: 5, expiry: undefined }]);
    const goods = entryFromForm(fields({ beneficiary: 'N.V.B.', approver: 'TP', item: 'Sữa', unit: 'hộp', quantity: 'abc' }), { kind: 'distribution', channel: 'goods', id: 'n3', prevHash: null, receivingUnit: 'U' });
    expect(goods).to.deep.include({ kind: 'distribution', approver: 'TP' });
    expect((goods.lines as { quantity: number }[])[0]!.quantity).to.be.NaN;
  });

  it('a duplicate receipt names the field in both languages', () => {
    const i = duplicateReceiptIssue('PT-001');
    expect(i.field).to.deep.equal({ vi: 'Số phiếu', en: ledgerMessages.en.receiptNumber });
    expect(i.message.vi).to.include('PT-001');
  });
});
