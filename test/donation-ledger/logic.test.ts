import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ledgerEntryHash, canonicalJson, disclosureDueDate, DISCLOSURE_DAYS, parseLedgerDisclosure, type LedgerDisclosure } from '../../src/contract/index.js';
import { disclosureTiming, verdict } from '../../src/components/donation-ledger/verdict.js';
import { LedgerBalances, periodRange } from '../../src/components/donation-ledger/balances.js';
import { LedgerStore } from '../../src/components/donation-ledger/store.js';
import { findBreak, verifyChain, entryHash, entryHashSync, signWithKey, verifySignature } from '../../src/components/donation-ledger/chain.js';
import { answerHashRequest } from '../../src/components/donation-ledger/hashing.js';
import { toCsv, csvCell, CSV_BOM as BOM } from '../../src/base/controllers/export.js';
import { vietQrPayload, bankBin, crc16 } from '../../src/components/donation-ledger/vietqr.js';
import { amountInWordsVi, amountInWordsEn } from '../../src/components/donation-ledger/words.js';
import type { RowLabels } from '../../src/components/donation-ledger/model.js';
import { generateLedger } from '../../bench/donation-ledger/generate.js';
import { chain, funds, ledger, rawEntries } from './fixtures.js';

const labels: RowLabels = { anonymousDonor: 'Nhà hảo tâm giấu tên', contact: 'Liên hệ', bankReference: 'Mã giao dịch', beneficiaryId: 'Mã người nhận', recordedBy: 'Người ghi', approver: 'Người duyệt', handoverRecord: 'Biên bản', note: 'Ghi chú' };

function store(items: unknown[], view: 'public' | 'staff' = 'staff') {
  const s = new LedgerStore(items, view, labels, (id) => id);
  s.setFunds(funds);
  while (!s.ingest(50));
  return s;
}

describe('donation ledger: balances', () => {
  it('per fund in VND: received − distributed, with the correction applied', () => {
    const s = store(ledger());
    const t = s.balances.totals();
    const general = t.funds.find((f) => f.fundId === 'quy-chung')!;
    // 3,000,000 (PT-001 corrected from 2,000,000) + 5,000,000 + 500,000 received; 1,500,000 out.
    expect(general.receivedVnd).to.equal(8_500_000);
    expect(general.distributedVnd).to.equal(1_500_000);
    expect(general.balanceVnd).to.equal(7_000_000);
    const meals = t.funds.find((f) => f.fundId === 'bua-com')!;
    expect(meals.receivedVnd).to.equal(0);
    expect(meals.inKindEstimatedVnd).to.equal(900_000);
  });

  it('per item in its unit, case of the item name ignored', () => {
    const t = store(ledger()).balances.totals();
    const milk = t.items.find((i) => i.unit === 'hộp')!;
    expect([milk.received, milk.distributed, milk.onHand]).to.deep.equal([100, 30, 70]);
    const rice = t.items.find((i) => i.unit === 'kg')!;
    expect(rice.onHand).to.equal(30);
  });

  it('expiry warnings: expired and expiring lots still on hand', () => {
    const w = store(ledger()).balances.expiryWarnings('2026-11-22', 30);
    expect(w.map((x) => [x.item, x.status, x.onHand])).to.deep.equal([
      ['Gạo', 'expired', 30],
      ['Sữa hộp', 'expiring', 70],
    ]);
  });

  it('totals per month, quarter, year and a custom range', () => {
    const b = store(ledger()).balances;
    expect(b.byPeriod('month').map((p) => [p.period, p.receivedVnd, p.distributedVnd])).to.deep.equal([
      ['2026-09', 8_000_000, 0],
      ['2026-10', 0, 1_500_000],
      ['2026-11', 500_000, 0],
    ]);
    expect(b.byPeriod('quarter').map((p) => p.period)).to.deep.equal(['2026-Q3', '2026-Q4']);
    expect(b.byPeriod('year')[0]!.receivedVnd).to.equal(8_500_000);
    // Custom range cutting months: only PT-002 (10 Sep) to PC-001 (15 Oct).
    const t = b.totals({ from: '2026-09-05', to: '2026-10-15' });
    expect(t.funds.find((f) => f.fundId === 'quy-chung')).to.include({ receivedVnd: 5_000_000, distributedVnd: 1_500_000 });
    expect(periodRange('quarter', '2026-11-22')).to.deep.equal({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('incremental month buckets give the same totals as a full recount (property)', () => {
    const { entries } = generateLedger(600, { seed: 3, hash: entryHashSync });
    const s = store(entries);
    for (const [from, to] of [['2025-02-14', '2025-09-03'], ['2024-11-21', '2026-11-20'], ['2026-01-01', '2026-01-31']] as const) {
      const fast = s.balances.totals({ from, to });
      const slow = new LedgerBalances();
      s.slots.forEach((x) => {
        if (x.effective && !x.voided && x.effective.date >= from && x.effective.date <= to) slow.add(x.index, x.effective);
      });
      const full = slow.totals();
      const sum = (t: typeof fast) => t.funds.map((f) => `${f.fundId}:${f.receivedVnd}:${f.distributedVnd}`).sort().join('|');
      expect(sum(fast)).to.equal(sum(full));
    }
  });
});

describe('donation ledger: corrections', () => {
  it('applies a correction as a new entry and keeps the original values for display', () => {
    const s = store(ledger());
    const row = s.rows[0]!;
    expect(row.amountVnd).to.equal(3_000_000);
    expect(row.changes).to.deep.equal([{ field: 'amountVnd', before: '2000000' }]);
    expect(row.correctedBy).to.deep.equal([{ id: 'e6', receiptNumber: 'DC-001' }]);
    expect(s.rows[5]!.corrects).to.deep.equal({ id: 'e1', receiptNumber: 'PT-001', reason: 'Ghi nhầm số tiền theo phiếu thu' });
    expect((s.slots[0]!.entry as { amountVnd: number }).amountVnd).to.equal(2_000_000);
  });

  it('a correction without replacement cancels the entry; a bad replacement is an error and changes nothing', () => {
    const items = rawEntries();
    items.push({ id: 'e8', receiptNumber: 'DC-002', date: '2026-11-06', receivingUnit: 'x', fundId: 'quy-chung', kind: 'correction', correctsEntryId: 'e7', reason: 'Giao dịch bị hoàn' });
    items.push({ id: 'e9', receiptNumber: 'DC-003', date: '2026-11-06', receivingUnit: 'x', fundId: 'quy-chung', kind: 'correction', correctsEntryId: 'e2', reason: 'x', replacement: { amountVnd: -5 } });
    items.push({ id: 'e10', receiptNumber: 'DC-004', date: '2026-11-06', receivingUnit: 'x', fundId: 'quy-chung', kind: 'correction', correctsEntryId: 'nope', reason: 'x' });
    const s = store(chain(items));
    expect(s.rows[6]!.voided).to.equal(true);
    expect(s.balances.totals().funds.find((f) => f.fundId === 'quy-chung')!.receivedVnd).to.equal(8_000_000);
    expect(s.issues.map((i) => i.code)).to.include.members(['ledger_correction_target']);
    expect(s.issues.some((i) => i.path[0] === 8 && i.path[1] === 'replacement')).to.equal(true);
    expect(s.rows[1]!.amountVnd).to.equal(5_000_000);
  });
});

describe('donation ledger: public projection', () => {
  it('public rows carry no contact, bank reference, beneficiary id, note, recorder, hidden name or unknown field', () => {
    const s = store(ledger(), 'public');
    const text = JSON.stringify(s.rows);
    for (const secret of ['Trần Bí Mật', '0912345678', 'FT26111900042', 'BN-SECRET-77', 'Ghi chú nội bộ', 'CTXH Nhân Viên Ẩn', 'TRUONG-LA-XYZ', 'tran bi mat']) {
      expect(text, secret).not.to.include(secret);
    }
    expect(s.rows[1]!.party).to.equal('Nhà hảo tâm giấu tên');
    expect(s.rows[0]!.party).to.equal('Nguyễn Văn An');
    expect(s.filter({ q: 'bi mat' }).matched).to.equal(0);
  });

  it('staff rows show them', () => {
    const s = store(ledger(), 'staff');
    const text = JSON.stringify(s.rows);
    for (const secret of ['Trần Bí Mật', '0912345678', 'FT26111900042', 'BN-SECRET-77']) expect(text).to.include(secret);
    expect(s.filter({ q: 'tran bi mat' }).matched).to.equal(1);
  });
});

describe('donation ledger: finding', () => {
  it('filters by period, fund, kind, donor and diacritic-insensitive text; sorts; groups by month', () => {
    const s = store(ledger(), 'public');
    expect(s.filter({ q: 'sua hop' }).matched).to.equal(2);
    expect(s.filter({ q: 'SỮA' }).matched).to.equal(2);
    expect(s.filter({ party: 'nguyen an' }).matched).to.equal(1);
    expect(s.filter({ kind: 'distribution' }).matched).to.equal(2);
    expect(s.filter({ fundId: 'bua-com' }).matched).to.equal(2);
    expect(s.filter({ from: '2026-10-01', to: '2026-10-31' }).matched).to.equal(3);
    const r = s.filter({ sort: 'date-desc', group: true });
    expect(r.items[0]).to.include({ type: 'month', month: '2026-11' });
    const amounts = s.filter({ sort: 'amount-desc' }).items.map((i) => (i.type === 'row' ? i.row.receiptNumber : 'month'));
    expect(amounts[0]).to.equal('PT-002');
    expect(amounts).not.to.include('month');
  });
});

describe('donation ledger: refined searches', () => {
  const generated = generateLedger(600, { seed: 5, hash: entryHashSync }).entries;
  const key = (r: ReturnType<LedgerStore['filter']>) => [r.matched, r.receivedVnd, r.distributedVnd, r.items.map((i) => (i.type === 'row' ? i.row.id : `${i.month}:${i.count}`)).join(',')].join('|');

  it('a search typed letter by letter gives, at every step, what a fresh search gives', () => {
    const live = store(generated, 'public');
    live.filter({ q: 'nguyen van' }); // narrowing must not start from an unrelated earlier search
    const typed = 'nguyen van';
    for (let k = 0; k <= typed.length; k++) {
      const f = { q: typed.slice(0, k) };
      expect(key(live.filter(f)), typed.slice(0, k)).to.equal(key(store(generated, 'public').filter(f)));
    }
  });

  it('any sequence of filters (narrowing, widening, other fields) matches a fresh search (fast-check)', () => {
    const fresh = store(generated, 'staff');
    const live = store(generated, 'staff');
    const word = fc.constantFrom('', 'n', 'ng', 'nguy', 'nguyen', 'van', 'an', 'gao', 'gạo', 'sữa', 'th', 'PT', 'x');
    const filter = fc.record(
      {
        q: fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
        party: fc.array(word, { maxLength: 2 }).map((w) => w.join(' ')),
        kind: fc.constantFrom('', 'donation', 'distribution', 'correction' as const),
        sort: fc.constantFrom('date-desc', 'date-asc', 'amount-desc', 'chain' as const),
        from: fc.constantFrom(undefined, '2026-01-01', '2026-06-15'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(filter, { minLength: 1, maxLength: 12 }), (filters) => {
        for (const f of filters) {
          fresh.filter({ from: '9999-12-31' }); // a filter no later one narrows: the next is a full scan
          expect(key(live.filter(f))).to.equal(key(fresh.filter(f)));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('donation ledger: chain verification', () => {
  it('Web Crypto and the JavaScript fallback agree with the contract hash', async () => {
    const e = ledger()[1]!;
    expect(await entryHash(e, crypto.subtle)).to.equal(ledgerEntryHash(e));
    expect(await entryHash(e, null)).to.equal(ledgerEntryHash(e));
    expect(entryHashSync(e)).to.equal(ledgerEntryHash(e));
  });

  it('verifies an intact chain with and without Web Crypto', async () => {
    const entries = ledger();
    const a = await verifyChain(entries, { subtle: crypto.subtle });
    const b = await verifyChain(entries, { subtle: null });
    expect(a.ok).to.equal(true);
    expect(b.ok).to.equal(true);
    expect(a.method).to.equal('web-crypto');
    expect(b.method).to.equal('javascript');
    expect(a.head).to.equal(ledgerEntryHash(entries[6]!));
    expect(b.head).to.equal(a.head);
  });

  it('finds the first break: tampered entry, reordered chain, missing entry, missing start, head mismatch', async () => {
    const entries = ledger();
    const tampered = entries.map((e) => ({ ...e })) as Record<string, unknown>[];
    tampered[2] = { ...tampered[2], note: 'sửa lén' };
    expect((await verifyChain(tampered, { subtle: null })).break).to.deep.equal({ index: 3, reason: 'tampered-or-missing' });
    const reordered = [entries[0], entries[2], entries[1], ...entries.slice(3)];
    expect((await verifyChain(reordered)).break).to.deep.include({ index: 1, reason: 'reordered' });
    const missing = [...entries.slice(0, 3), ...entries.slice(4)];
    expect((await verifyChain(missing)).break).to.deep.equal({ index: 3, reason: 'tampered-or-missing' });
    expect((await verifyChain(entries.slice(2))).break).to.deep.equal({ index: 0, reason: 'missing-start' });
    expect((await verifyChain(entries, { expectedHead: 'f'.repeat(64) })).break).to.deep.equal({ index: 6, reason: 'head-mismatch' });
  });

  it('verifies 20,000 entries in slices, letting the event loop run in between', async () => {
    const { entries } = generateLedger(20_000, { seed: 9, hash: entryHashSync });
    let slices = 0;
    let timerRan = false;
    requestAnimationFrame(() => (timerRan = true));
    let timerRanBeforeEnd = false;
    const r = await verifyChain(entries, {
      subtle: crypto.subtle,
      workers: 0,
      onProgress: (done, total) => {
        slices++;
        if (done < total && timerRan) timerRanBeforeEnd = true;
      },
    });
    expect(r.ok).to.equal(true);
    expect(slices).to.be.greaterThan(2);
    expect(timerRanBeforeEnd, 'a frame was rendered while verifying').to.equal(true);
  });

  describe('in workers', () => {
    const { entries } = generateLedger(6_000, { seed: 4, hash: entryHashSync });
    const blobWorker = (code: string) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    let main: Awaited<ReturnType<typeof verifyChain>>;
    before(async () => {
      main = await verifyChain(entries, { workers: 0 });
    });

    it('large ledgers are hashed by workers, with the same hashes as the main thread', async () => {
      expect(main.ok).to.equal(true);
      expect(main.workers).to.equal(0);
      const auto = await verifyChain(entries);
      expect(auto.workers, 'workers used by default at 6,000 entries').to.be.greaterThan(0);
      expect(auto.method).to.equal('web-crypto');
      expect(auto.hashes).to.deep.equal(main.hashes);
      const js = await verifyChain(entries, { workers: 2, subtle: null });
      expect(js.method).to.equal('javascript');
      expect(js.workers).to.equal(2);
      expect(js.hashes).to.deep.equal(main.hashes);
    });

    it("the worker's answer to a batch, measured on the main thread: Web Crypto, JavaScript when asked, '' for what is not JSON", async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const items: unknown[] = [entries[0], entries[1], cyclic, 10n];
      const web = await answerHashRequest({ id: 7, items }, crypto.subtle);
      expect([web.id, web.method]).to.deep.equal([7, 'web-crypto']);
      expect(web.hashes.slice(0, 2)).to.deep.equal(main.hashes.slice(0, 2));
      expect(web.hashes.slice(2)).to.deep.equal(['', '']);
      const asked = await answerHashRequest({ id: 8, items, webCrypto: false }, crypto.subtle);
      expect(asked.method).to.equal('javascript');
      expect(asked.hashes).to.deep.equal(web.hashes);
      const none = await answerHashRequest({ id: 9, items: [entries[2]] }, null);
      expect([none.method, none.hashes[0]]).to.deep.equal(['javascript', main.hashes[2]]);
    });

    it('finds a tampered entry in the middle of a worker batch', async () => {
      const tampered = entries.map((e) => ({ ...e }));
      tampered[3_333] = { ...tampered[3_333], amountVnd: 1 };
      const r = await verifyChain(tampered, { workers: 1 });
      expect(r.workers).to.equal(1);
      expect(r.ok).to.equal(false);
      expect(r.break).to.deep.equal({ index: 3_334, reason: 'tampered-or-missing' });
    });

    it('entries a worker cannot receive (functions) are hashed on the main thread, same verdict', async () => {
      const odd: unknown[] = entries.map((e) => ({ ...e }));
      odd[5_000] = { ...(odd[5_000] as object), note: () => 1 };
      const inWorkers = await verifyChain(odd, { workers: 1 });
      const onMain = await verifyChain(odd, { workers: 0 });
      expect(inWorkers.hashes).to.deep.equal(onMain.hashes);
      expect(inWorkers.break).to.deep.equal(onMain.break);
    });

    it('falls back to the main thread when the worker script is missing, fails, lies or hangs', async () => {
      const missing = await verifyChain(entries, { workers: 2, workerUrl: new URL('/no-such-hash-worker.js', location.href) });
      expect([missing.ok, missing.workers]).to.deep.equal([true, 0]);
      expect(missing.hashes).to.deep.equal(main.hashes);
      const throws = await verifyChain(entries, { workers: 1, workerUrl: blobWorker('throw new Error("broken worker")') });
      expect([throws.ok, throws.workers]).to.deep.equal([true, 0]);
      const lies = await verifyChain(entries, { workers: 1, workerUrl: blobWorker('onmessage = (e) => postMessage({ id: e.data.id, hashes: ["0"], method: "web-crypto" })') });
      expect([lies.ok, lies.workers]).to.deep.equal([true, 0]);
      expect(lies.hashes).to.deep.equal(main.hashes);
      const hangs = await verifyChain(entries, { workers: 1, workerStallMs: 300, workerUrl: blobWorker('onmessage = () => {}') });
      expect([hangs.ok, hangs.workers]).to.deep.equal([true, 0]);
      expect(hangs.hashes).to.deep.equal(main.hashes);
    });

    it('stops the workers when aborted', async () => {
      const controller = new AbortController();
      const p = verifyChain(entries, { workers: 1, signal: controller.signal });
      controller.abort();
      let error: unknown;
      await p.catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(DOMException);
    });
  });

  it('never throws on garbage (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 8 }), async (items) => {
        const r = await verifyChain(items, { subtle: null });
        expect(typeof r.ok).to.equal('boolean');
        expect(findBreak(items, r.hashes)?.index ?? -1).to.be.lessThan(items.length);
      }),
      { numRuns: 60 },
    );
  });

  it('signs and checks a disclosure with ECDSA P-256', async () => {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const s = store(ledger());
    const { hashes } = await verifyChain(ledger());
    const d = s.disclosure({ from: '2026-09-01', to: '2026-11-30' }, hashes);
    const signed = await signWithKey(d as unknown as Record<string, unknown>, keys.privateKey, 'portal-2026');
    expect(await verifySignature(signed, jwk)).to.equal('valid');
    expect(await verifySignature({ ...signed, entryCount: 99 }, jwk)).to.equal('invalid');
    expect(await verifySignature(signed, jwk, null)).to.equal('unsupported');
    expect(await verifySignature(d as unknown as Record<string, unknown>, jwk)).to.equal('missing');
  });

  it('a disclosure matches its ledger; a changed figure is reported', async () => {
    const s = store(ledger());
    const { hashes } = await verifyChain(ledger());
    const d = s.disclosure({ from: '2026-10-01', to: '2026-10-31' }, hashes);
    expect(d.entryCount).to.equal(3);
    expect(d.chainHead).to.equal(hashes[4]);
    expect(d.totals.byFund.find((f) => f.fundId === 'quy-chung')).to.deep.equal({ fundId: 'quy-chung', openingBalanceVnd: 8_000_000, receivedVnd: 0, distributedVnd: 1_500_000, balanceVnd: 6_500_000 });
    expect(s.checkDisclosure(d, hashes)).to.deep.equal([]);
    const wrong = structuredClone(d);
    wrong.totals.byFund[0]!.distributedVnd = 1;
    expect(s.checkDisclosure(wrong, hashes).map((i) => i.code)).to.include('disclosure_mismatch');
  });
});

describe('donation ledger: outputs', () => {
  it('CSV: BOM, CRLF, quoting, formula injection neutralised', () => {
    const csv = toCsv(['Tên', 'Số tiền'], [['=HYPERLINK("http://x")', 5], ['Nguyễn "An", Hà Nội', 1], ['+84 912', -3], ['@SUM(A1)', 0]]);
    expect(csv.startsWith(BOM)).to.equal(true);
    expect(csv).to.include('\r\n');
    expect(csv).to.include(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).to.include('"Nguyễn ""An"", Hà Nội"');
    expect(csv).to.include("'+84 912");
    expect(csv).to.include("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal(`'\tcmd`);
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(csvCell(s).replace(/^"/, ''))));
  });

  it('VietQR payload equals vietnam-qr-pay output (static and with amount)', () => {
    expect(bankBin('Vietcombank')).to.equal('970436');
    expect(bankBin('Ngân hàng BIDV')).to.equal('970418');
    expect(vietQrPayload({ bin: '970436', accountNumber: '0011001234567' })).to.equal('00020101021138570010A00000072701270006970436011300110012345670208QRIBFTTA53037045802VN6304E8DB');
    expect(vietQrPayload({ bin: '970436', accountNumber: '0011001234567', amountVnd: 500000, purpose: 'Ủng hộ Quỹ bữa cơm' })).to.equal('00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA530370454065000005802VN62220818Ung ho Quy bua com6304D443');
    expect(crc16('123456789')).to.equal('29B1');
  });

  it('amount in words', () => {
    expect(amountInWordsVi(1_500_000)).to.equal('Một triệu năm trăm nghìn đồng');
    expect(amountInWordsVi(105_000)).to.equal('Một trăm lẻ năm nghìn đồng');
    expect(amountInWordsEn(1_500_000)).to.equal('One million five hundred thousand dong');
    expect(amountInWordsEn(2_021)).to.equal('Two thousand twenty-one dong');
  });

  it('canonical form is the contract one (sorted keys, no spaces, undefined dropped)', () => {
    expect(canonicalJson({ b: 1, a: [1, 'x'], c: undefined, d: { z: null, y: true } })).to.equal('{"a":[1,"x"],"b":1,"d":{"y":true,"z":null}}');
  });
});

describe('donation ledger: what it may claim, and when a disclosure is due', () => {
  const ok = { ok: true, head: 'h3', hashes: ['h1', 'h2', 'h3'], method: 'web-crypto' as const, workers: 0 };
  const disclosure = (over: Partial<LedgerDisclosure> = {}): LedgerDisclosure => ({
    period: { from: '2026-09-01', to: '2026-09-30' },
    totals: { byFund: [], byItem: [] },
    entryCount: 2,
    chainHead: 'h2',
    ...over,
  });
  const base = { verifying: false, verifyError: false, entryCount: 3 };

  it('"verified" only with a matching disclosure and a valid signature; everything else says why not', () => {
    expect(verdict({ ...base, chain: undefined, entryCount: 0 }).kind).to.equal('empty');
    expect(verdict({ ...base, chain: undefined }).kind).to.equal('pending');
    expect(verdict({ ...base, verifyError: true }).kind).to.equal('error');
    expect(verdict({ ...base, chain: { ...ok, ok: false, break: { index: 1, reason: 'reordered' } } }).kind).to.equal('broken');
    expect(verdict({ ...base, chain: ok })).to.deep.equal({ kind: 'consistent', unproven: 'no-disclosure' });
    const d = disclosure();
    expect(verdict({ ...base, chain: ok, disclosure: d })).to.deep.equal({ kind: 'consistent', unproven: 'checking' });
    for (const sig of ['missing', 'no-key', 'unsupported'] as const) {
      expect(verdict({ ...base, chain: ok, disclosure: d, disclosureIssues: [], signature: sig, checked: d })).to.deep.equal({ kind: 'consistent', unproven: `sig-${sig}` });
    }
    expect(verdict({ ...base, chain: ok, disclosure: d, disclosureIssues: [], signature: 'invalid', checked: d }).kind).to.equal('forged');
    // A verdict checked for another disclosure (the one shown before) is not given for this one.
    expect(verdict({ ...base, chain: ok, disclosure: d, disclosureIssues: [], signature: 'valid', checked: disclosure() })).to.deep.equal({ kind: 'consistent', unproven: 'checking' });
    const issue = { path: ['entryCount'], code: 'disclosure_mismatch', severity: 'error' as const, message: { vi: 'x', en: 'x' } };
    expect(verdict({ ...base, chain: ok, disclosure: d, disclosureIssues: [issue], signature: 'valid', checked: d }).kind).to.equal('mismatch');
    // The signed head is entry 2 of 3: one entry recorded after it is not covered.
    expect(verdict({ ...base, chain: ok, disclosure: d, disclosureIssues: [], signature: 'valid', checked: d })).to.deep.equal({ kind: 'verified', after: 1 });
    const empty = disclosure({ chainHead: null });
    expect(verdict({ ...base, chain: ok, disclosure: empty, disclosureIssues: [], signature: 'valid', checked: empty })).to.deep.equal({ kind: 'consistent', unproven: 'not-covered' });
  });

  it('due dates: 15 days after the period for receipts (and both), 30 for distribution; calendar days across months and leap years', () => {
    expect(disclosureDueDate({ to: '2026-09-30' })).to.equal('2026-10-15');
    expect(disclosureDueDate({ to: '2026-09-30' }, 'receipts')).to.equal('2026-10-15');
    expect(disclosureDueDate({ to: '2026-09-30' }, 'distribution')).to.equal('2026-10-30');
    expect(disclosureDueDate({ to: '2026-12-31' }, 'distribution')).to.equal('2027-01-30');
    expect(disclosureDueDate({ to: '2028-02-14' })).to.equal('2028-02-29');
    expect(disclosureDueDate({ to: 'not a date' })).to.equal(undefined);
    expect(DISCLOSURE_DAYS).to.deep.equal({ receipts: 15, distribution: 30, both: 15 });
  });

  it('lateness counts the day of publication in Vietnam time; a unit\'s own due date wins', () => {
    // 20:00 UTC on 15 October is 03:00 on 16 October in Vietnam: one day late.
    expect(disclosureTiming(disclosure({ publishedAt: '2026-10-15T20:00:00Z' }), '2026-11-01')).to.deep.equal({ due: '2026-10-15', published: true, lateDays: 1 });
    expect(disclosureTiming(disclosure({ publishedAt: '2026-10-15T16:59:00Z' }), '2026-11-01').lateDays).to.equal(0);
    expect(disclosureTiming(disclosure(), '2026-10-15').lateDays).to.equal(0);
    expect(disclosureTiming(disclosure(), '2026-10-18')).to.deep.equal({ due: '2026-10-15', published: false, lateDays: 3 });
    expect(disclosureTiming(disclosure({ dueDate: '2026-10-05', publishedAt: '2026-10-10T09:00:00+07:00' }), '2026-11-01').lateDays).to.equal(5);
    // A due date later than the decree's is not honoured, and the contract says so.
    expect(disclosureTiming(disclosure({ dueDate: '2026-12-31', publishedAt: '2026-10-20T09:00:00+07:00' }), '2026-11-01')).to.deep.include({ due: '2026-10-15', lateDays: 5 });
  });

  it('the decree\'s compulsory channel: a disclosure published neither on the website nor at the office is warned about', () => {
    const hex = (c: string) => c.repeat(64);
    const disclosure = (over: Partial<LedgerDisclosure>) => ({ period: { from: '2026-09-01', to: '2026-09-30' }, totals: { byFund: [], byItem: [] }, entryCount: 2, chainHead: hex('a'), ...over });
    const r = parseLedgerDisclosure(disclosure({ publication: { channels: ['mass-media'] } }));
    expect(r.ok).to.equal(true);
    expect(r.ok && r.warnings.map((w) => w.code)).to.include('website_required');
    const fine = parseLedgerDisclosure(disclosure({ publication: { channels: ['noticeboard'] } }));
    expect(fine.ok && fine.warnings.map((w) => w.code)).not.to.include('website_required');
    const late = parseLedgerDisclosure(disclosure({ dueDate: '2026-12-31' }));
    expect(late.ok && late.warnings.map((w) => w.code)).to.include('due_date_after_decree');
    expect(parseLedgerDisclosure(disclosure({ publication: { channels: [] } })).ok).to.equal(false);
    expect(parseLedgerDisclosure(disclosure({ publication: { channels: ['fax'] } as never })).ok).to.equal(false);
  });

  it('createDisclosure keeps the unit\'s details and drops unknown ones', () => {
    const s = store(ledger());
    const d = s.disclosure({ from: '2026-09-01', to: '2026-09-30' }, ledger().map((_, i) => String(i % 10).repeat(64)), {
      scope: 'receipts',
      publication: { channels: ['website'], url: 'https://x.example/cong-khai' },
      bankStatements: [{ reference: 'SK-1' }],
      ...({ injected: 'no' } as object),
    });
    expect(d.scope).to.equal('receipts');
    expect(d.publication!.channels).to.deep.equal(['website']);
    expect(d.bankStatements).to.deep.equal([{ reference: 'SK-1' }]);
    expect(d).not.to.have.property('injected');
    expect(parseLedgerDisclosure(d).ok).to.equal(true);
  });
});
