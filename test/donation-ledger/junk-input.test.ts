import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/donation-ledger.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import { funds, ledger } from './fixtures.js';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

// No `setupIgnoreWindowResizeObserverLoopErrors` here: the loop notice must not happen at all.
describe('<ansinh-donation-ledger> with junk input', () => {
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
