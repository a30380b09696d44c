import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/donation-ledger.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import { signWithKey } from '../../src/components/donation-ledger/chain.js';
import { chain, funds, ledger, rawEntries, SECRET } from './fixtures.js';
import { allShadowText } from '../helpers/dom.js';
import { whilePrinting } from '../helpers/engine.js';
import { until } from '../data/servers.js';


async function make(view: 'public' | 'staff' = 'public', entries: unknown = ledger(), extra = html``): Promise<AnsinhDonationLedger> {
  const el = await fixture<AnsinhDonationLedger>(
    html`<ansinh-donation-ledger view=${view} today="2026-11-22" .funds=${funds} .entries=${entries}>${extra}</ansinh-donation-ledger>`,
  );
  await settle(el);
  return el;
}

/** Waits for loading, verification and the virtualiser's first layout (rows in the DOM). */
async function settle(el: AnsinhDonationLedger): Promise<void> {
  await el.ready;
  await el.updateComplete;
  // The virtualiser renders only rows inside the viewport: bring the list into view.
  el.shadowRoot!.querySelector('.list')?.scrollIntoView();
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const list = el.shadowRoot!.querySelector('.list');
    if (!list || list.querySelectorAll('[role="listitem"]').length >= Math.min(3, el.visibleRows.length)) break;
  }
  await el.updateComplete;
}

const sr = (el: AnsinhDonationLedger) => el.shadowRoot!;
const text = (el: AnsinhDonationLedger) => sr(el).textContent!.replace(/\s+/g, ' ');

describe('<ansinh-donation-ledger>', () => {
  it('shows balances per fund and per item, expiry warnings, and a consistent chain that it does not call verified', async () => {
    const el = await make('staff');
    const row = sr(el).querySelector('tr[data-fund="quy-chung"]')!;
    expect(row.textContent!.replace(/\s+/g, ' ')).to.include('8.500.000').and.include('1.500.000').and.include('7.000.000');
    expect(sr(el).querySelector('tr[data-fund="bua-com"]')!.textContent).to.include('Quỹ có mục đích riêng');
    expect(sr(el).querySelector('.expiry [data-status="expired"]')!.textContent).to.include('Gạo');
    expect(sr(el).querySelector('.expiry [data-status="expiring"]')!.textContent).to.include('Sữa hộp');
    // Without a signed disclosure, an unbroken chain is "consistent", and says what that leaves unproven.
    const status = sr(el).querySelector('.verification [role="status"]')!;
    expect(status.textContent).to.include('Chuỗi mã băm liền mạch').and.include('cắt bớt').and.include('Chưa có bản công khai');
    expect(text(el)).not.to.include('Đã xác minh');
    expect(sr(el).querySelectorAll('[part="row"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('public view: no hidden value anywhere in the shadow DOM, text or attributes', async () => {
    const el = await make('public');
    const all = allShadowText(sr(el));
    for (const secret of Object.values(SECRET)) expect(all, secret).not.to.include(secret);
    expect(all).to.include('Nhà hảo tâm giấu tên');
    expect(all).to.include('Nguyễn Văn An');
    expect(all).to.include('Bệnh nhân N.V.B., khoa Nhi');
    // The CSV and the printed notice are public too.
    const csv = el.toCsv();
    for (const secret of Object.values(SECRET)) expect(csv, secret).not.to.include(secret);
    await expect(el).to.be.accessible();
  });

  it('staff view shows contact, bank reference, beneficiary id', async () => {
    const el = await make('staff');
    const all = allShadowText(sr(el));
    for (const s of [SECRET.hiddenDonor, SECRET.contact, SECRET.bankReference, SECRET.beneficiaryId]) expect(all).to.include(s);
    // Staff printing a notice still gets the public projection.
    el.view = 'staff';
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const notice = sr(el).querySelector('.notice')!;
    expect(allShadowText(notice)).not.to.include(SECRET.hiddenDonor);
    expect(allShadowText(notice)).to.include('Nhà hảo tâm giấu tên');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('corrections: effective value shown, original struck through, links both ways', async () => {
    const el = await make('public');
    const row = sr(el).querySelector('[data-entry-id="e1"]')!;
    expect(row.querySelector('.amount')!.textContent!.replace(/\s+/g, ' ')).to.include('3.000.000');
    expect(row.querySelector('del')!.textContent).to.include('2.000.000');
    const link = row.querySelector<HTMLAnchorElement>('a[href="#entry-e6"]')!;
    expect(link.textContent).to.equal('DC-001');
    const corr = sr(el).querySelector('[data-entry-id="e6"]')!;
    expect(corr.textContent).to.include('Ghi nhầm số tiền');
    expect(corr.querySelector('a[href="#entry-e1"]')).to.exist;
    link.click();
    // Focus follows the link once the list has scrolled the row into view (a frame or more).
    await until(() => sr(el).activeElement?.getAttribute('data-entry-id') === 'e6', 3000, 'focus on the correction');
  });

  it('a tampered entry: shows the first entry where the chain breaks, as an alert', async () => {
    const entries = ledger().map((e) => ({ ...e })) as Record<string, unknown>[];
    entries[1] = { ...entries[1], amountVnd: 50_000_000 };
    const el = await make('public', entries);
    const alert = sr(el).querySelector('.verification [role="alert"]')!;
    expect(alert.textContent).to.include('Chuỗi sổ bị đứt').and.include('PT-003').and.include('đã bị sửa');
    expect(alert.querySelector('a[href="#entry-e3"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a reordered chain is named as such', async () => {
    const e = ledger();
    const el = await make('public', [e[0], e[2], e[1], ...e.slice(3)]);
    expect(sr(el).querySelector('.verification [role="alert"]')!.textContent).to.include('thứ tự sổ đã bị đảo');
  });

  it('without Web Crypto (plain HTTP) verifies with the JavaScript fallback', async () => {
    const el = await fixture<AnsinhDonationLedger>(html`<ansinh-donation-ledger hashing="javascript" .funds=${funds} .entries=${ledger()}></ansinh-donation-ledger>`);
    await settle(el);
    expect(el.chain!.method).to.equal('javascript');
    expect(text(el)).to.include('Chuỗi mã băm liền mạch').and.include('không có Web Crypto');
  });

  it('filters with diacritic-insensitive search as the user types', async () => {
    const el = await make('public');
    const field = sr(el).querySelector('ansinh-text-field.q')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'sua';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.visibleRows.map((r) => r.receiptNumber).sort()).to.deep.equal(['PC-002', 'PT-003']);
    expect(sr(el).querySelector('.found')!.textContent).to.include('2 bút toán');
  });

  it('CSV export of what is shown', async () => {
    const el = await make('staff');
    const csv = el.toCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.split('\r\n')[0]).to.include('Số phiếu');
    expect(csv).to.include('PT-002').and.include(SECRET.contact);
  });

  it('prints a receipt on its own: Ctrl+P while a receipt is open shows the receipt, not a blank page', async () => {
    const el = await make('public');
    const id = el.visibleRows.find((r) => r.kind === 'donation')!.id;
    el.receiptId = id;
    await el.updateComplete;
    await whilePrinting(async () => {
      await el.updateComplete;
      const receipt = sr(el).querySelector<HTMLElement>('.receipt')!;
      expect(getComputedStyle(receipt).display).not.to.equal('none');
      expect(receipt.textContent).to.contain(el.visibleRows.find((r) => r.id === id)!.receiptNumber);
      expect(sr(el).querySelector('.notice')).to.equal(null);
    });
  });

  it('a public CSV never carries staff-only details, even right after the view changed', async () => {
    const el = await make('staff');
    el.view = 'public';
    const csv = el.toCsv(); // before the element re-rendered
    for (const secret of [SECRET.hiddenDonor, SECRET.contact, SECRET.bankReference, SECRET.beneficiaryId]) expect(csv, secret).not.to.include(secret);
  });

  it('prints an A4 public notice (print media shows only the notice)', async () => {
    const el = await make('public');
    await whilePrinting(async () => {
      await el.updateComplete;
      const notice = sr(el).querySelector<HTMLElement>('.notice')!;
      expect(getComputedStyle(notice).display).to.equal('block');
      expect(getComputedStyle(sr(el).querySelector('.filters')!).display).to.equal('none');
      expect(notice.textContent).to.include('Thông báo công khai').and.include('PT-001').and.include(el.chain!.head!);
    });
    await el.updateComplete;
    expect(sr(el).querySelector('.notice')).to.equal(null);
  });

  it('receipt: number, amount in Vietnamese words, VietQR SVG, thanks', async () => {
    const el = await make('public');
    el.receiptId = 'e2';
    await el.updateComplete;
    const r = sr(el).querySelector('[part="receipt"]')!;
    const t = r.textContent!.replace(/\s+/g, ' ');
    expect(t).to.include('PT-002').and.include('Bằng chữ').and.include('Năm triệu đồng').and.include('Xin chân thành cảm ơn');
    expect(t).to.include('Nhà hảo tâm giấu tên');
    expect(t).not.to.include(SECRET.hiddenDonor);
    const qr = r.querySelector('svg[part="qr"]')!;
    expect(qr.querySelectorAll('rect').length).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
  });

  it('staff entry form emits ansinh-submit with a valid entry chained to the head; refuses a duplicate receipt', async () => {
    const el = await fixture<AnsinhDonationLedger>(html`<ansinh-donation-ledger view="staff" entry-form today="2026-11-22" .funds=${funds} .entries=${ledger()}></ansinh-donation-ledger>`);
    await el.ready;
    await el.updateComplete;
    const form = sr(el).querySelector<HTMLFormElement>('form.entry-form')!;
    const set = (name: string, value: string) => {
      const c = form.querySelector(`[name="${name}"]`) as unknown as { value: string };
      c.value = value;
    };
    set('receiptNumber', 'PT-001');
    set('fundId', 'quy-chung');
    set('donorName', 'Lê Thị Hoa');
    set('amountVnd', '200000');
    await el.updateComplete;
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(sr(el).querySelector('.entry-form [role="alert"]')!.textContent).to.include('PT-001');
    set('receiptNumber', 'PT-100');
    await el.updateComplete;
    setTimeout(() => form.requestSubmit());
    const ev = await oneEvent(el, 'ansinh-submit');
    const entry = ev.detail as Record<string, unknown>;
    expect(entry).to.include({ kind: 'donation', channel: 'cash', receiptNumber: 'PT-100', amountVnd: 200000, fundId: 'quy-chung', prevHash: el.chain!.head });
    await expect(el).to.be.accessible();
  });

  it('checks a signed disclosure against the ledger and the portal key', async () => {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const el = await make('public');
    const d = el.createDisclosure({ from: '2026-09-01', to: '2026-11-30' })!;
    const signed = await signWithKey(d as unknown as Record<string, unknown>, keys.privateKey);
    el.setAttribute('public-key', JSON.stringify(jwk));
    el.disclosure = signed;
    // The signature is checked asynchronously (Web Crypto): wait for the verdict, not a fixed time
    // (WebKit under load took longer than 50 ms).
    const shows = (...parts: string[]) => until(() => parts.every((p) => text(el).includes(p)), 5000, parts.join(' + '));
    await shows('✓ Đã xác minh', 'có chữ ký số hợp lệ của đơn vị', '01/09/2026 – 30/11/2026');
    expect(sr(el).querySelector('[data-verdict="verified"]')!.getAttribute('role')).to.equal('status');
    // Same figures, another link, the old signature: never shown as verified, not even while checking.
    el.disclosure = { ...signed, publication: { channels: ['website'], url: 'https://lua-dao.example/' } };
    await el.updateComplete;
    expect(text(el)).not.to.include('Đã xác minh');
    await shows('KHÔNG hợp lệ');
    expect(text(el)).not.to.include('Đã xác minh');
    el.disclosure = { ...signed, entryCount: 1 };
    await shows('không khớp', 'KHÔNG hợp lệ');
    expect(text(el)).not.to.include('Đã xác minh');
    expect(sr(el).querySelector('[data-verdict="mismatch"]')!.getAttribute('role')).to.equal('alert');
  });

  describe('what the ledger may claim (Nghị định 93/2021/NĐ-CP disclosures)', () => {
    let keys: CryptoKeyPair;
    let jwk: JsonWebKey;
    before(async () => {
      keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
      jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    });
    const sign = (d: unknown) => signWithKey(d as Record<string, unknown>, keys.privateKey);
    const verdictOf = async (el: AnsinhDonationLedger, kind: string) => {
      await until(() => sr(el).querySelector(`[data-verdict="${kind}"]`), 5000, `verdict ${kind}`);
      return sr(el).querySelector(`[data-verdict="${kind}"]`)!;
    };

    it('an unsigned disclosure, or one without the key: consistent, never "verified", and says what is missing', async () => {
      const el = await make('public');
      el.disclosure = el.createDisclosure({ from: '2026-09-01', to: '2026-11-30' });
      expect((await verdictOf(el, 'consistent')).textContent).to.include('không có chữ ký số');
      el.disclosure = await sign(el.createDisclosure({ from: '2026-09-01', to: '2026-11-30' }));
      await until(() => text(el).includes('Chưa có khóa công khai'), 5000, 'no key');
      expect(text(el)).not.to.include('Đã xác minh');
    });

    it('a signed disclosure of an earlier period: verified up to its head, later entries named as unproven', async () => {
      const el = await make('public');
      el.setAttribute('public-key', JSON.stringify(jwk));
      el.disclosure = await sign(el.createDisclosure({ from: '2026-09-01', to: '2026-10-31' }, { publishedAt: '2026-11-10T09:00:00+07:00' }));
      const v = await verdictOf(el, 'verified');
      // e6 and e7 (November) were recorded after the disclosed head.
      expect(v.querySelector('[data-after]')!.getAttribute('data-after')).to.equal('2');
      expect(v.textContent).to.include('2 bút toán ghi sau bản công khai này').and.include('công bố ngày 10/11/2026');
    });

    it('a cut tail or a recomputed history passes the chain but not the signed disclosure', async () => {
      const probe = await make('public');
      const full = await sign(probe.createDisclosure({ from: '2026-09-01', to: '2026-11-30' }));
      // The last two entries removed: the chain is still unbroken.
      const cut = await make('public', ledger().slice(0, 5));
      cut.setAttribute('public-key', JSON.stringify(jwk));
      cut.disclosure = full;
      expect(cut.chain!.ok).to.equal(true);
      expect((await verdictOf(cut, 'mismatch')).textContent).to.include('Số bút toán').and.include('Mã băm cuối chuỗi');
      // An amount rewritten and every later hash recomputed: unbroken again, but not what was signed.
      const items = rawEntries();
      items[1] = { ...items[1]!, amountVnd: 200_000 };
      const rewritten = await make('public', chain(items));
      rewritten.setAttribute('public-key', JSON.stringify(jwk));
      rewritten.disclosure = full;
      expect(rewritten.chain!.ok).to.equal(true);
      expect((await verdictOf(rewritten, 'mismatch')).textContent).to.include('Đã nhận');
      expect(text(rewritten)).not.to.include('Đã xác minh');
    });

    it('shows the publication record: channels, link, bank statements, due date by the decree, and lateness', async () => {
      const el = await make('public');
      el.disclosure = {
        ...el.createDisclosure({ from: '2026-09-01', to: '2026-09-30' }, { scope: 'receipts' })!,
        publishedAt: '2026-10-20T08:00:00+07:00',
        publication: { channels: ['website', 'noticeboard'], url: 'https://ctxh.example.vn/cong-khai/2026-09' },
        bankStatements: [{ account: 'Quỹ chung · ***6789', reference: 'SK-2026-09' }],
      };
      await el.updateComplete;
      const d = sr(el).querySelector('.disclosure')!;
      const t = d.textContent!.replace(/\s+/g, ' ');
      expect(t).to.include('Kết quả tiếp nhận').and.include('Trang thông tin điện tử của đơn vị').and.include('Niêm yết tại trụ sở');
      expect(t).to.include('SK-2026-09').and.include('15/10/2026').and.include('Điều 14');
      expect(d.querySelector('a[href="https://ctxh.example.vn/cong-khai/2026-09"]')).to.exist;
      // Received totals are due 15 days after the period: published on 20/10, five days late.
      expect(d.querySelector('[data-late]')!.textContent).to.include('Công bố muộn 5 ngày').and.include('15/10/2026');
      // A distribution report has 30 days: on time.
      el.disclosure = { ...el.disclosure, scope: 'distribution' };
      await el.updateComplete;
      expect(sr(el).querySelector('.disclosure [data-late]')).to.equal(null);
      expect(sr(el).querySelector('.disclosure')!.textContent).to.include('30/10/2026');
      // Not published and past due (today is 22/11/2026).
      el.disclosure = { ...el.disclosure, publishedAt: undefined };
      await el.updateComplete;
      expect(sr(el).querySelector('.disclosure [data-late]')!.textContent).to.include('Quá hạn công khai 23 ngày');
      await expect(el).to.be.accessible();
    });

    it('hostile publication data stays text; a javascript: link is refused by the contract', async () => {
      const el = await make('public');
      const base = el.createDisclosure({ from: '2026-09-01', to: '2026-09-30' })!;
      el.disclosure = { ...base, publication: { channels: ['other'], place: '<img src=x onerror="window.__pwned=1">' } };
      await el.updateComplete;
      expect(sr(el).querySelector('.disclosure img')).to.equal(null);
      expect(sr(el).querySelector('.disclosure')!.textContent).to.include('<img src=x');
      el.disclosure = { ...base, publication: { channels: ['website'], url: 'javascript:alert(1)' } };
      await el.updateComplete;
      expect(sr(el).querySelector('[part="issues"]')!.textContent).to.include('publication');
      expect(sr(el).querySelector('.disclosure')).to.equal(null);
    });
  });

  it('duplicate receipt numbers and invalid entries: listed, kept visible, nothing lost', async () => {
    const items = rawEntries();
    items.push({ ...items[0]!, id: 'e8' });
    items.push({ id: 'e9', receiptNumber: 'PT-009', date: '2026-11-06', receivingUnit: 'x', fundId: 'quy-chung', kind: 'donation', channel: 'cash', donor: { type: 'person', publishConsent: false }, amountVnd: -100 });
    const invalid = await make('staff', chain(items));
    const issues = sr(invalid).querySelector('[part="issues"]')!;
    expect(issues.getAttribute('role')).to.equal('alert');
    expect(issues.textContent).to.include('Số phiếu PT-001 bị trùng');
    expect(issues.textContent).to.include('amountVnd');
    expect(invalid.visibleRows.length).to.equal(9);
    // The invalid entry is the last row: scrolled to, the virtualised list lays it out (a frame or
    // more later; a short window shows it only once scrolled, as in WebKit's default window).
    const list = sr(invalid).querySelector<HTMLElement>('.list')!;
    await until(() => {
      list.scrollTop = list.scrollHeight;
      return sr(invalid).querySelector('.row.invalid');
    }, 3000, 'the invalid row');
    await expect(invalid).to.be.accessible();
  });

  it('hostile strings render as text; garbage gives the error state and never throws', async () => {
    const items = rawEntries();
    (items[0]!.donor as Record<string, unknown>).name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await make('public', chain(items));
    expect(sr(el).querySelector('img')).to.equal(null);
    expect(text(el)).to.include('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 5 })), async (garbage) => {
        el.entries = garbage;
        await el.ready;
        await el.updateComplete;
        expect(sr(el).querySelector('.ledger')).to.exist;
      }),
      { numRuns: 40 },
    );
    el.entries = 'nonsense';
    await el.ready;
    await el.updateComplete;
    expect(sr(el).querySelector('[part="issues"]')!.getAttribute('role')).to.equal('alert');
  });

  it('reads a JSON child and speaks English', async () => {
    const data = JSON.stringify({ entries: ledger(), funds });
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><ansinh-donation-ledger today="2026-11-22"><script type="application/json">${data}</script></ansinh-donation-ledger></div>`);
    const el = wrap.querySelector('ansinh-donation-ledger')!;
    await settle(el);
    expect(text(el)).to.include('The hash chain is consistent').and.include('Anonymous donor').and.include('Patient support fund');
    el.receiptId = 'e1';
    await el.updateComplete;
    expect(text(el)).to.include('In words').and.include('Three million dong').and.include('Ba triệu đồng');
    await expect(el).to.be.accessible();
  });
});
