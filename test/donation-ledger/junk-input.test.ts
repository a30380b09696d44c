import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/donation-ledger.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import { chain, funds, ledger, rawEntries } from './fixtures.js';
import { allShadowText } from '../helpers/dom.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

// No `setupIgnoreWindowResizeObserverLoopErrors` here: the loop notice must not happen at all.

describe('<ansinh-donation-ledger> with junk input', () => {
  const nanCases: [string, (items: Record<string, unknown>[]) => void][] = [
    ['a donation amount', (i) => (i[0]!.amountVnd = NaN)],
    ['a distribution amount', (i) => (i[3]!.amountVnd = NaN)],
    ['a quantity of goods', (i) => ((i[2]!.lines as Record<string, unknown>[])[0]!.quantity = NaN)],
    ['an estimated unit value', (i) => ((i[2]!.lines as Record<string, unknown>[])[0]!.estimatedUnitValueVnd = NaN)],
    ['a correction\'s new amount', (i) => ((i[5]!.replacement as Record<string, unknown>).amountVnd = NaN)],
  ];
  for (const [what, spoil] of nanCases) {
    for (const view of ['public', 'staff'] as const) {
      it(`NaN in ${what} (${view}): the error state and ansinh-invalid, no "NaN" in rows, totals, notice or CSV`, async () => {
        const items = rawEntries();
        spoil(items);
        const el = document.createElement('ansinh-donation-ledger');
        let invalid: unknown[] | undefined;
        el.addEventListener('ansinh-invalid', (e) => (invalid = [...e.detail.issues]));
        el.view = view;
        el.today = '2026-11-22';
        el.funds = funds;
        el.entries = chain(items);
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.append(el);
        await el.ready;
        await el.updateComplete;
        el.shadowRoot!.querySelector('.list')?.scrollIntoView();
        await frames(10);
        const issues = el.shadowRoot!.querySelector('[part="issues"]');
        expect(issues?.getAttribute('role')).to.equal('alert');
        expect(invalid?.length).to.be.greaterThan(0);
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        try {
          const shown = el.shadowRoot!.querySelector('.ledger')!.cloneNode(true) as HTMLElement;
          // The problems themselves may quote the value they got; everything else must not show it.
          shown.querySelectorAll('[part="issues"], .row.invalid, .row-issues').forEach((n) => n.remove());
          expect(allShadowText(shown)).not.to.match(/NaN|Infinity/);
          expect(el.toCsv()).not.to.match(/NaN|Infinity/);
        } finally {
          window.dispatchEvent(new Event('afterprint'));
        }
      });
    }
  }

  it('null and undefined entries mean "no data": an empty ledger, no error state, no ansinh-invalid', async () => {
    const el = await fixture<AnsinhDonationLedger>(html`<ansinh-donation-ledger today="2026-11-22" .funds=${funds} .entries=${ledger()}></ansinh-donation-ledger>`);
    await el.ready;
    let invalid = 0;
    el.addEventListener('ansinh-invalid', () => invalid++);
    for (const value of [null, undefined]) {
      el.entries = value;
      await el.ready;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="issues"]'), String(value)).to.equal(null);
      expect(el.visibleRows).to.deep.equal([]);
    }
    expect(invalid).to.equal(0);
  });

  it('2,000 duplicated rows: no "ResizeObserver loop" error on the window while loading and scrolling', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String(e.message));
    window.addEventListener('error', onError);
    try {
      const one = ledger()[0]!;
      const entries = Array.from({ length: 2000 }, () => one);
      const el = await fixture<AnsinhDonationLedger>(html`<ansinh-donation-ledger today="2026-11-22" .funds=${funds} .entries=${entries}></ansinh-donation-ledger>`);
      await el.ready;
      await el.updateComplete;
      const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
      list.scrollIntoView();
      await frames(20);
      expect(list.querySelectorAll('[part="row"]').length).to.be.greaterThan(0);
      for (const top of [4000, 40_000, 0]) {
        list.scrollTop = top;
        await frames(10);
      }
      expect(el.visibleRows.length).to.equal(2000);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors.filter((m) => m.includes('ResizeObserver'))).to.deep.equal([]);
  });
});
