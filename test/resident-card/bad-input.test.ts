import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/resident-card.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import { ON_DATE, childResident, copy, olderResident } from './fixtures.js';
import { shadowText } from './helpers.js';

async function render(resident: unknown, variant = 'full', lang = 'vi') {
  const el = await fixture<AnsinhResidentCard>(
    html`<ansinh-resident-card lang=${lang} variant=${variant} on-date=${ON_DATE} .resident=${resident}></ansinh-resident-card>`,
  );
  await el.updateComplete;
  return el;
}

const issues = (el: AnsinhResidentCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="issues"]');

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '\u202Eevil\u202C',
  'Nguyễn\u0000Văn',
  'javascript:window.__pwned=1',
];

describe('<ansinh-resident-card> bad input', () => {
  it('hostile strings in every text field render as text, never as markup', async () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    for (const evil of HOSTILE) {
      const r = copy(olderResident) as Record<string, any>;
      r.fullName = evil;
      r.room = evil;
      r.guardian = { name: evil, relationship: evil };
      r.beneficiaryCategory = { code: 'nguoi-cao-tuoi', legalBasis: evil };
      r.flags = { diet: [evil], allergy: [evil], custom: [{ code: 'x', label: { vi: evil } }] };
      const el = await render(r);
      const root = el.shadowRoot!;
      expect(root.querySelector('script, svg, iframe, object, embed, [onerror], [onload]'), evil).to.equal(null);
      expect(root.querySelectorAll('img').length, evil).to.equal(1); // only the consented photo
      expect(root.querySelector('[part="name"]')!.textContent!.trim()).to.equal(evil.trim());
      expect(root.querySelector('ansinh-badge[tone="danger"]')!.textContent).to.equal(`Dị ứng: ${evil}`);
    }
    expect(w.__pwned).to.equal(undefined);
  });

  it('fast-check: any text in the fields renders as exactly that text', async function () {
    this.timeout(60000);
    const el = await render(olderResident, 'compact');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }).filter((s) => s.trim().length > 0),
        fc.string({ minLength: 1, maxLength: 100, unit: 'grapheme' }),
        async (name, room) => {
          el.resident = { ...copy(olderResident), fullName: name, room };
          await el.updateComplete;
          const shown = el.shadowRoot!.querySelector('[part="name"]');
          expect(el.hasContractErrors).to.equal(false);
          expect(shown!.textContent).to.equal(name);
          expect(el.shadowRoot!.querySelector('#meta')!.textContent).to.include(room);
          expect(el.shadowRoot!.querySelectorAll('script, iframe, svg').length).to.equal(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fast-check: garbage never throws; it gives the error state and ansinh-invalid', async function () {
    this.timeout(60000);
    const el = await render(undefined);
    let invalid = 0;
    el.addEventListener('ansinh-invalid', () => (invalid += 1));
    const garbage = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({ id: fc.string(), fullName: fc.anything(), birthDate: fc.string(), sex: fc.string() }),
      fc.constant(Object.create(null)),
      fc.constant([olderResident]),
    );
    await fc.assert(
      fc.asyncProperty(garbage, async (g) => {
        for (const variant of ['full', 'compact', 'public'] as const) {
          el.variant = variant;
          const before = invalid;
          el.resident = g;
          await el.updateComplete;
          if (g === undefined || g === null) continue;
          expect(el.hasContractErrors).to.equal(true);
          expect(invalid).to.equal(before + 1);
          expect(issues(el)!.getAttribute('role')).to.equal('alert');
        }
      }),
      { numRuns: 80 },
    );
    // A throwing getter is reported too.
    const hostile = copy(olderResident) as Record<string, unknown>;
    Object.defineProperty(hostile, 'fullName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    el.resident = hostile;
    await el.updateComplete;
    expect(el.hasContractErrors).to.equal(true);
  });

  it('unknown category: a clear error naming the field, in the page language', async () => {
    const r = { ...copy(olderResident), beneficiaryCategory: { code: 'nguoi-ngoai-hanh-tinh' } };
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('ansinh-resident-card');
    el.setAttribute('on-date', ON_DATE);
    wrap.append(el);
    const fired = oneEvent(el, 'ansinh-invalid');
    el.resident = r;
    const event = await fired;
    expect(event.detail.issues[0]!.path).to.deep.equal(['beneficiaryCategory', 'code']);
    await el.updateComplete;
    const box = issues(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.include('Mã diện đối tượng');
    expect(box.textContent).to.include('Chọn một trong');
    expect(el.shadowRoot!.querySelector('[part="name"]')).to.equal(null);
    el.lang = 'en';
    await el.updateComplete;
    expect(issues(el)!.textContent).to.include('Beneficiary category code');
    await expect(el).to.be.accessible();
  });

  it('birth date in the future (a negative age): a warning, the card is still shown, no age', async () => {
    const el = await render({ ...copy(childResident), birthDate: '2030-05-01', admission: { ...childResident.admission, date: '2024-02-29' } });
    const box = issues(el)!;
    expect(box.getAttribute('role')).to.equal('status');
    expect(box.textContent).to.include('Ngày sinh ở sau ngày xem hồ sơ');
    expect(el.hasContractErrors).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Lò Thị Mai');
    expect(el.shadowRoot!.querySelector('#meta')!.textContent).to.include('Không tính được');
    expect(shadowText(el)).not.to.match(/-\d+ tuổi/);
    await expect(el).to.be.accessible();
  });

  it('born in 1700: a warning about an age over 120; admission before birth is flagged too', async () => {
    const old = await render({ ...copy(childResident), birthDate: '1700' }, 'full', 'en');
    expect(issues(old)!.textContent).to.include('gives an age of 326, over 120');
    expect(old.shadowRoot!.querySelector('[part="name"]')).not.to.equal(null);
    const early = await render({ ...copy(olderResident), birthDate: '2024-05-01', citizenId: undefined });
    expect(issues(early)!.textContent).to.include('Ngày tiếp nhận sớm hơn ngày sinh');
  });

  it('compact shows warnings as a badge so the row keeps its height', async () => {
    const el = await render({ ...copy(childResident), birthDate: '2030' }, 'compact');
    const badge = el.shadowRoot!.querySelector('.flag[data-tone="warning"]')!;
    // Born after the viewing date, and so also admitted before birth.
    expect(badge.textContent).to.equal('!2 cảnh báo dữ liệu');
    expect(badge.getAttribute('title')).to.include('Ngày sinh ở sau ngày xem hồ sơ');
    const ok = await render(childResident, 'compact');
    expect(el.shadowRoot!.querySelector('.card')!.getBoundingClientRect().height).to.equal(
      ok.shadowRoot!.querySelector('.card')!.getBoundingClientRect().height,
    );
  });

  it('a bad on-date is a warning and today is used; a citizen ID that disagrees with the birth year is a warning', async () => {
    const el = await fixture<AnsinhResidentCard>(
      html`<ansinh-resident-card on-date="22/11/2026" .resident=${{ ...copy(olderResident), birthDate: '1950-01-01' }}></ansinh-resident-card>`,
    );
    const text = issues(el)!.textContent!;
    expect(text).to.include('on-date "22/11/2026"');
    expect(text).to.include('Số định danh cá nhân mã hóa năm sinh 1948');
  });

  it('broken JSON in the child script: the error state, never an exception', async () => {
    const el = document.createElement('ansinh-resident-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"id": "r-1", ';
    el.append(script);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    expect(issues(el)!.getAttribute('role')).to.equal('alert');
    expect(issues(el)!.textContent).to.include('Khối dữ liệu JSON không đọc được');
  });

  it('odd attribute values fall back safely', async () => {
    const el = await fixture<AnsinhResidentCard>(
      html`<ansinh-resident-card variant="giant" heading-level="99" on-date=${ON_DATE} .resident=${olderResident}></ansinh-resident-card>`,
    );
    expect(el.shadowRoot!.querySelector('.card')!.classList.contains('full')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('6');
    el.setAttribute('heading-level', 'abc');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="name"]')!.getAttribute('aria-level')).to.equal('3');
  });
});
