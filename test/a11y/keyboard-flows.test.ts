// Keyboard-only flows, one per element, run in every engine (Chromium, Firefox, WebKit): the task
// a person does with that element, done with Tab, Space, Enter, the arrows and Escape only.
// At every Tab, focus must move (no trap) and be visible (tabUntil); after a view that takes the
// element's place closes, focus comes back to where it was.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/survey.js';
import '../../src/define/donation-ledger.js';
import '../../src/define/stat-chart.js';
import '../../src/define/resident-card.js';
import '../../src/define/care-plan-editor.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import { SMALL } from '../survey/fixtures.js';
import { chain, funds, rawEntries } from '../donation-ledger/fixtures.js';
import { satisfaction } from '../stat-chart/fixtures.js';
import { ON_DATE, olderResident } from '../resident-card/fixtures.js';
import { samplePlan } from '../care-plan-editor/fixtures.js';
import { deepActive, describeEl, tabUntil } from '../helpers/keyboard.js';
import { until } from '../data/servers.js';

/** A button in the page before the element, where every flow starts (as a page's own link would). */
const start = html`<button id="before">Trang trước</button>`;

async function startFrom(wrap: HTMLElement): Promise<void> {
  wrap.querySelector<HTMLButtonElement>('#before')!.focus();
}

describe('keyboard-only flows', () => {
  it('survey: fill every required answer and send, without a pointer', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>${start}<ansinh-survey no-draft .definition=${SMALL}></ansinh-survey></div>`);
    const el = wrap.querySelector<AnsinhSurvey>('ansinh-survey')!;
    await el.updateComplete;
    await startFrom(wrap);
    // A1, one tab stop for the group: Space picks the focused option.
    await tabUntil((a) => a.getAttribute('data-for') === 'A1', 'the first question');
    await sendKeys({ press: ' ' });
    // Age: typed.
    await tabUntil((a) => a.getAttribute('data-code') === 'A2', 'the age field');
    await sendKeys({ type: '67' });
    // The two rated questions: Space, then the arrows to "4".
    for (const code of ['R1', 'R2']) {
      await tabUntil((a) => a.getAttribute('data-for') === code, code);
      await sendKeys({ press: ' ' });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    }
    await el.updateComplete;
    expect(el.answers).to.include({ A2: 67, R1: 4, R2: 4 });
    expect(el.answers['A1']).to.not.equal(undefined);
    const send = await tabUntil((a) => a.tagName === 'BUTTON' && /Gửi phiếu/.test(a.textContent ?? ''), 'the send button');
    const submitted = oneEvent(el, 'ansinh-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.answers).to.include({ A2: 67, R1: 4, R2: 4 });
    await el.updateComplete;
    // Focus is not dropped to the page: it stays on the button or moves to what replaced the form.
    const now = deepActive();
    expect(now !== null && now !== document.body && el.shadowRoot!.contains(now), `focus after sending: ${describeEl(now)} (the button ${send.isConnected ? 'is still there' : 'is gone'})`).to.equal(true);
  });

  it('survey in kiosk mode: one question per screen, answered, moved on and sent by keyboard', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>${start}<ansinh-survey kiosk no-draft .definition=${SMALL}></ansinh-survey></div>`);
    const el = wrap.querySelector<AnsinhSurvey>('ansinh-survey')!;
    await el.updateComplete;
    await startFrom(wrap);
    const submitted = oneEvent(el, 'ansinh-submit');
    let sent = false;
    let screens = 0;
    for (; screens < 20 && !sent; screens++) {
      const q = el.shadowRoot!.querySelector('.q')!;
      // A choice not yet made: Tab to the group, Space picks the focused option. A text or
      // number box: Tab to it and type (a required one would hold the screen).
      const box = q.querySelector<HTMLElement>('textarea, input[data-role="text"]:not([type=date]), input[data-role="number"]');
      if (q.querySelector('input[type=radio]') && !q.querySelector('input:checked')) {
        await tabUntil((a) => a.getAttribute('type') === 'radio' && q.contains(a), `an option on screen ${screens + 1}`);
        await sendKeys({ press: ' ' });
      } else if (box && !(box as HTMLInputElement).value) {
        await tabUntil((a) => a === box, `the box on screen ${screens + 1}`);
        const kind = box.getAttribute('type') === 'tel' ? 'tel' : box.getAttribute('data-role');
        await sendKeys({ type: kind === 'number' ? '5' : kind === 'tel' ? '0912345678' : 'Tốt' });
      }
      const button = await tabUntil((a) => a.tagName === 'BUTTON' && /Tiếp theo|Gửi phiếu/.test(a.textContent ?? ''), `"next" on screen ${screens + 1}`);
      sent = /Gửi phiếu/.test(button.textContent ?? '');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      if (!sent) {
        // The next screen takes focus at its top, where a screen reader says which question it is.
        const now = deepActive();
        expect(now?.hasAttribute('data-focus-top') ?? false, `focus on screen ${screens + 2}: ${describeEl(now)}`).to.equal(true);
      }
    }
    const { detail } = await submitted;
    expect(screens).to.be.greaterThan(3);
    expect(detail.answers['A1']).to.not.equal(undefined);
  });

  it('donation ledger: search, open a receipt, close it with Escape, and land back on its row', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>${start}<ansinh-donation-ledger today="2026-11-22" .funds=${funds} .entries=${chain(rawEntries())}></ansinh-donation-ledger></div>`,
    );
    const el = wrap.querySelector<AnsinhDonationLedger>('ansinh-donation-ledger')!;
    await el.ready;
    await el.updateComplete;
    await startFrom(wrap);
    await tabUntil((a) => a.tagName === 'INPUT' && !!(a.getRootNode() as ShadowRoot).host?.classList.contains('q'), 'the search field');
    await sendKeys({ type: 'Nguyễn Văn An' });
    await until(() => el.visibleRows.length === 1, 3000, 'one matching row');
    const opener = await tabUntil((a) => a.matches('button.linkish') && !!a.closest('[data-entry-id="e1"]'), "the row's receipt button");
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'receipt-h', 3000, 'focus on the receipt heading');
    expect(el.shadowRoot!.querySelector('section.receipt')!.textContent).to.include('PT-001');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('section.receipt'), 3000, "the receipt closed");
    await until(() => deepActive()?.matches('button.linkish') && !!deepActive()?.closest('[data-entry-id="e1"]'), 3000, `focus back on the receipt button (now on ${describeEl(deepActive())})`);
    expect(opener.textContent).to.include('PT-001');
    // The search is kept: still one row.
    expect(el.visibleRows.length).to.equal(1);
  });

  it('statistics chart: switch to the table and back, focus staying on the switch', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>${start}<ansinh-stat-chart type="bar" .data=${satisfaction}></ansinh-stat-chart></div>`);
    const el = wrap.querySelector<AnsinhStatChart>('ansinh-stat-chart')!;
    await el.whenDrawn();
    await startFrom(wrap);
    const toggle = await tabUntil((a) => a.getAttribute('data-action') === 'toggle', 'the table switch');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('table')!.closest('[hidden]')).to.equal(null);
    expect(deepActive() === toggle, 'focus stays on the switch').to.equal(true);
    // The table is reachable by keyboard, then the switch takes the chart back.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it("resident card: show a masked number, hide it again, focus on the same button", async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>${start}<ansinh-resident-card variant="full" allow-reveal on-date=${ON_DATE} .resident=${olderResident}></ansinh-resident-card></div>`,
    );
    const el = wrap.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    await el.updateComplete;
    await startFrom(wrap);
    const reveal = await tabUntil((a) => a.matches('button.reveal'), 'the show button');
    expect(el.shadowRoot!.querySelector('[data-revealed]')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-revealed]')!.textContent).to.equal(olderResident.citizenId);
    expect(deepActive() === reveal, 'focus stays on the button').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-revealed]')).to.equal(null);
  });

  it('care-plan editor: edit the plan title and sign it as the resident', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>${start}<ansinh-care-plan-editor today="2026-11-22" .user=${{ id: 's1', name: 'Lê Thị Hoa' }} .plan=${samplePlan()}></ansinh-care-plan-editor></div>`,
    );
    const el = wrap.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    await el.updateComplete;
    await startFrom(wrap);
    await tabUntil((a) => (a.getRootNode() as ShadowRoot).host?.getAttribute('data-path') === 'title', 'the title field');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (bản sửa)' });
    await until(() => el.plan?.title?.endsWith(' (bản sửa)'), 3000, 'the title edited');
    // Sign as the resident: the name, then the button that records it.
    const signed = () => el.plan?.signOffs?.length ?? 0;
    const before = signed();
    const inPerson = (a: Element) => !!((a.getRootNode() as ShadowRoot).host as Element | undefined)?.closest('[data-signer="person"]');
    await tabUntil((a) => a.tagName === 'INPUT' && inPerson(a) && (a.getRootNode() as ShadowRoot).host.tagName === 'ANSINH-TEXT-FIELD', "the signer's name", 400);
    await sendKeys({ type: 'Vũ Quang Long' });
    await tabUntil((a) => a.tagName === 'BUTTON' && inPerson(a), 'the sign button');
    await sendKeys({ press: 'Enter' });
    await until(() => signed() === before + 1, 3000, 'a sign-off recorded');
    expect(el.plan!.signOffs!.at(-1)!.name).to.equal('Vũ Quang Long');
  });
});
