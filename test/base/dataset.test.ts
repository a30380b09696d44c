import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { ELEMENT_MODULES } from '../../src/loader.js';
import { sampleDatasets } from '../../src/sample/index.js';

// Issue 19: no element shadows HTMLElement's own `dataset` (the statistics elements' data is
// `.data`), so host code that keeps its own data-* attributes on an ansinh element works on all of
// them, before and after the element's data is set.
describe('el.dataset on every element', () => {
  afterEach(() => document.body.replaceChildren());

  for (const tag of Object.keys(ELEMENT_MODULES)) {
    it(`<${tag}> keeps HTMLElement's dataset`, async () => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
      el.dataset.portalRow = '42';
      document.body.append(el);
      await el.updateComplete;
      expect(el.dataset).to.be.instanceOf(DOMStringMap);
      expect(el.getAttribute('data-portal-row')).to.equal('42');
      if (tag === 'ansinh-stat-chart' || tag === 'ansinh-stat-figure') {
        el.data = sampleDatasets()[0];
        await el.updateComplete;
      }
      el.setAttribute('data-portal-state', 'seen');
      expect(el.dataset.portalState).to.equal('seen');
      expect(el.dataset.portalRow).to.equal('42');
    });
  }
});
