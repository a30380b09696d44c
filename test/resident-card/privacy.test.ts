import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/resident-card.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import {
  ON_DATE,
  SENSITIVE_MARKERS,
  copy,
  disabilityResident,
  hivResident,
  olderResident,
  publicResident,
} from './fixtures.js';
import { axText, domDump, renderedText } from './helpers.js';
import { driverEmulatesMedia } from '../helpers/engine.js';

interface Options {
  variant?: string;
  showSensitive?: boolean;
  allowReveal?: boolean;
  lang?: string;
}

async function render(resident: unknown, o: Options = {}) {
  const el = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card
    lang=${o.lang ?? 'vi'}
    variant=${o.variant ?? 'full'}
    ?show-sensitive=${o.showSensitive}
    ?allow-reveal=${o.allowReveal}
    on-date=${ON_DATE}
    .resident=${resident}
  ></ansinh-resident-card>`);
  await el.updateComplete;
  return el;
}

/** Prints (emulated print media) and returns the rendered text of the card. */
async function printedText(el: AnsinhResidentCard): Promise<string> {
  await emulateMedia({ media: 'print' });
  try {
    return renderedText(el);
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

/** Asserts that none of `values` is anywhere a person, a script or a screen reader could find it. */
async function expectAbsent(el: AnsinhResidentCard, values: string[], label: string) {
  const dom = domDump(el);
  const ax = await axText();
  const printed = await printedText(el);
  for (const v of values) {
    expect(dom, `${label}: "${v}" in the DOM`).not.to.include(v);
    expect(ax, `${label}: "${v}" in the accessibility tree`).not.to.include(v);
    expect(printed, `${label}: "${v}" in print`).not.to.include(v);
  }
}

describe('<ansinh-resident-card> privacy (Luật 91/2025/QH15)', () => {
  before(function () {
    // Reads the accessibility tree and emulates print: the BiDi driver of Firefox cannot (test/helpers/engine.ts).
    if (!driverEmulatesMedia) this.skip();
  });
  it('sensitive data is absent by default: DOM, attributes, accessibility tree and print', async () => {
    const el = await render(olderResident);
    await expectAbsent(el, SENSITIVE_MARKERS, 'default');
    // The search works: with permission and consent the same values are there in all three.
    const allowed = await render(olderResident, { showSensitive: true });
    const dom = domDump(allowed);
    const ax = await axText();
    const printed = await printedText(allowed);
    for (const v of ['SENS-HEALTH', 'SENS-COND', 'SENS-MED', 'SENS-DISAB']) {
      expect(dom).to.include(v);
      expect(ax).to.include(v);
      expect(printed).to.include(v);
    }
    expect(allowed.shadowRoot!.querySelector('.sensitive')!.textContent).to.include('Thông tin nhạy cảm');
    await expect(allowed).to.be.accessible();
  });

  it('show-sensitive without the resident’s consent shows nothing sensitive, not even the HIV category', async () => {
    const el = await render(hivResident, { showSensitive: true });
    await expectAbsent(el, [...SENSITIVE_MARKERS, 'HIV', 'Khoản 8 Điều 5'], 'no consent');
    expect(domDump(el)).to.include('Diện được bảo vệ (thông tin nhạy cảm, đã ẩn)');
    await expect(el).to.be.accessible();
  });

  it('withdrawn consent counts as no consent', async () => {
    const el = await render(disabilityResident, { showSensitive: true });
    await expectAbsent(el, ['SENS-DISAB2'], 'withdrawn');
    const given = copy(disabilityResident) as Record<string, unknown>;
    given.consent = { ...disabilityResident.consent, withdrawnAt: undefined };
    delete (given.consent as Record<string, unknown>).withdrawnAt;
    const ok = await render(given, { showSensitive: true });
    expect(domDump(ok)).to.include('SENS-DISAB2');
  });

  it('the HIV status is shown only with permission and consent', async () => {
    const consenting = copy(hivResident) as Record<string, unknown>;
    consenting.consent = { shareHealthData: true };
    const hidden = await render(consenting);
    await expectAbsent(hidden, ['Dương tính', 'SENS-DRUG', 'SENS-ABUSE', 'HIV'], 'no show-sensitive');
    const shown = await render(consenting, { showSensitive: true });
    const dom = domDump(shown);
    expect(dom).to.include('Tình trạng HIV');
    expect(dom).to.include('Dương tính');
    expect(dom).to.include('SENS-DRUG');
    expect(dom).to.include('Người nhiễm HIV thuộc hộ nghèo');
  });

  it('compact never shows sensitive data, even when allowed', async () => {
    const el = await render(olderResident, { variant: 'compact', showSensitive: true });
    await expectAbsent(el, SENSITIVE_MARKERS, 'compact');
  });

  it('citizen ID and health insurance number are masked; no reveal without allow-reveal', async () => {
    const el = await render(olderResident);
    const dump = domDump(el);
    expect(dump).to.include('0*********45');
    await expectAbsent(el, ['024048001245', 'BT2242420012345'], 'masked');
    expect(el.shadowRoot!.querySelector('[part="reveal"]')).to.equal(null);
    // Screen readers hear a description, not a string of asterisks.
    const ax = await axText();
    expect(ax).to.include('Đã che, bắt đầu bằng 0, kết thúc bằng 45');
    expect(ax).not.to.include('*****');
  });

  it('allow-reveal: revealing fires a cancelable ansinh-reveal the host can log or veto', async () => {
    const el = await render(olderResident, { allowReveal: true, lang: 'en' });
    const buttons = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="reveal"]'));
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Show full number (Personal identification number)',
      'Show full number (Health insurance number)',
    ]);
    await expect(el).to.be.accessible();
    // Vetoed: stays masked.
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('ansinh-reveal', veto);
    let fired = oneEvent(el, 'ansinh-reveal');
    buttons[0]!.click();
    let event = await fired;
    expect(event.detail).to.deep.equal({ field: 'citizenId', residentId: 'r-0001' });
    expect(event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(domDump(el)).not.to.include('024048001245');
    el.removeEventListener('ansinh-reveal', veto);
    // Allowed (and logged by the host): the full number appears, the other stays masked.
    const log: unknown[] = [];
    el.addEventListener('ansinh-reveal', (e) => log.push(e.detail));
    fired = oneEvent(el, 'ansinh-reveal');
    buttons[0]!.click();
    event = await fired;
    await el.updateComplete;
    expect(log).to.deep.equal([{ field: 'citizenId', residentId: 'r-0001' }]);
    expect(domDump(el)).to.include('024048001245');
    expect(domDump(el)).not.to.include('BT2242420012345');
    // Hiding again needs no permission and removes the number from the DOM.
    const hide = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reveal"]')!;
    expect(hide.textContent).to.include('Hide number');
    hide.click();
    await el.updateComplete;
    expect(domDump(el)).not.to.include('024048001245');
    // A new resident starts masked again.
    el.resident = copy(olderResident);
    await el.updateComplete;
    expect(domDump(el)).not.to.include('024048001245');
  });

  it('removing allow-reveal takes the button away; a revealed number can still be hidden', async () => {
    const el = await render(olderResident, { allowReveal: true });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reveal"]')!.click();
    await el.updateComplete;
    el.allowReveal = false;
    await el.updateComplete;
    const buttons = el.shadowRoot!.querySelectorAll('[part="reveal"]');
    expect(buttons.length).to.equal(1);
    expect(buttons[0]!.textContent).to.include('Che số');
  });

  it('public: only publishable, public-by-nature fields; never sensitive data or contact details, whatever attributes say', async () => {
    const el = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card
      variant="public"
      show-sensitive
      allow-reveal
      on-date=${ON_DATE}
      .resident=${publicResident}
    ></ansinh-resident-card>`);
    await el.updateComplete;
    const dom = domDump(el);
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Hoàng Thị Lan');
    expect(el.shadowRoot!.querySelector('img[part="avatar"]')).not.to.equal(null);
    for (const shown of ['khoảng 85 tuổi', 'Nữ', 'Chăm sóc, nuôi dưỡng tại cơ sở', '01/07/2020', 'Nhà A, phòng 101', 'Theo dõi, rà soát, đánh giá']) {
      expect(dom).to.include(shown);
    }
    await expectAbsent(
      el,
      ['SENS-', '036141000178', '*', 'Hoàng Văn Tư', '0911 000 999', 'tel:', 'Thanh Hóa', 'Hải sản', 'Dị ứng', 'Điều 24'],
      'public',
    );
    expect(el.shadowRoot!.querySelector('[part="reveal"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('public: listing a sensitive or contact field in publishable does not publish it', async () => {
    const el = await render(hivResident, { variant: 'public', showSensitive: true, allowReveal: true });
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Phạm Văn Dũng');
    await expectAbsent(
      el,
      ['HIV', 'SENS-', 'Dương tính', '001079009912', 'Phạm Thị Thu', '0987 111 222', 'Nhà C', '47'],
      'public hiv',
    );
  });

  it('public: no name or photo without the resident’s consent, even when publishable', async () => {
    const el = await render(olderResident, { variant: 'public' });
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Đối tượng (tên không công khai)');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // Not even initials, which would give the name away.
    expect(el.shadowRoot!.querySelector('[part="avatar"]')!.textContent).to.equal('•');
    expect(domDump(el)).to.include('Nhà B, phòng 204');
    await expectAbsent(el, ['Nguyễn Văn An', 'NA', '78', 'Người cao tuổi', 'Nguyễn Thị Bình', 'Penicillin'], 'public no consent');
    await expect(el).to.be.accessible();
  });

  it('public: nothing published means nothing shown but a neutral placeholder', async () => {
    const bare = copy(olderResident) as Record<string, unknown>;
    delete bare.publishable;
    const el = await render(bare, { variant: 'public', lang: 'en' });
    expect(el.shadowRoot!.querySelectorAll('dd').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Resident (name not published)');
  });

  it('print: what is hidden on screen stays out of print; controls are not printed', async () => {
    const el = await fixture<AnsinhResidentCard>(html`<ansinh-resident-card allow-reveal on-date=${ON_DATE} .resident=${olderResident}>
      <button slot="actions">Mở hồ sơ</button>
    </ansinh-resident-card>`);
    await el.updateComplete;
    const screen = renderedText(el);
    expect(screen).to.include('Hiện số đầy đủ');
    const printed = await printedText(el);
    expect(printed).to.include('Nguyễn Văn An');
    expect(printed).to.include('0*********45');
    expect(printed).not.to.include('Hiện số đầy đủ');
    expect(printed).not.to.include('024048001245');
    for (const m of SENSITIVE_MARKERS) expect(printed).not.to.include(m);
  });
});
