/**
 * Runs in its own page (web-test-runner gives each file one): nothing here imports Chart.js, so
 * the test can see when the element fetches it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/stat-chart.js';
import { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import { satisfaction } from './fixtures.js';

const chartModules = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /chart-engine|\/chart\.js\//.test(n) || /node_modules\/chart\.js/.test(n));

describe('<ansinh-stat-chart> loads Chart.js lazily', () => {
  it('defining the element does not fetch Chart.js', () => {
    expect(customElements.get('ansinh-stat-chart')).to.equal(AnsinhStatChart);
    expect(chartModules()).to.deep.equal([]);
  });

  it('when Chart.js cannot load: the table is shown with a message, and nothing throws', async () => {
    const real = AnsinhStatChart.loadEngine;
    AnsinhStatChart.loadEngine = () => Promise.reject(new Error('offline'));
    try {
      const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart .data=${satisfaction}></ansinh-stat-chart>`);
      expect(await el.whenDrawn()).to.equal(false);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector<HTMLElement>('.table-wrap')!.hidden).to.equal(false);
      expect(root.querySelector('.failed')!.textContent).to.equal('Không tải được biểu đồ; số liệu được trình bày trong bảng.');
      expect(root.querySelectorAll('tbody tr').length).to.equal(4);
      expect(root.querySelector('[data-action="toggle"]')).to.equal(null);
      expect(chartModules()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      AnsinhStatChart.loadEngine = real;
    }
  });

  it('the first chart on the page fetches the chart module, then draws', async () => {
    expect(chartModules()).to.deep.equal([]);
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart .data=${satisfaction}></ansinh-stat-chart>`);
    expect(await el.whenDrawn()).to.equal(true);
    expect(chartModules().some((n) => n.includes('chart-engine'))).to.equal(true);
    expect(chartModules().some((n) => /chart\.js/.test(n))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
