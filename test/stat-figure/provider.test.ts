import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/stat-chart.js';
import '../../src/define/stat-figure.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import type { AnsinhStatFigure } from '../../src/components/stat-figure/stat-figure.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { sampleDatasets } from '../../src/sample/index.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const hue = sampleDatasets().find((d) => d.id === 'ttbtxh-hue-2024')!;

async function settle(...els: { updateComplete: Promise<unknown> }[]) {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    for (const el of els) await el.updateComplete;
  }
}

function stateOf(el: HTMLElement) {
  const state = el.shadowRoot!.querySelector('ansinh-state');
  return state ? { kind: state.getAttribute('kind'), text: plain(state.textContent) } : null;
}

describe('statistics elements load by dataset-id through the provider', () => {
  it('a chart and a figure read the same dataset from the provider source', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${new MemorySource({ datasets: [hue] })}>
      <ansinh-stat-figure dataset-id="ttbtxh-hue-2024" category="doi-tuong-quan-ly"></ansinh-stat-figure>
      <ansinh-stat-chart dataset-id="ttbtxh-hue-2024" type="bar"></ansinh-stat-chart>
    </ansinh-provider>`);
    const figure = provider.querySelector<AnsinhStatFigure>('ansinh-stat-figure')!;
    const chart = provider.querySelector<AnsinhStatChart>('ansinh-stat-chart')!;
    await settle(figure, chart);
    expect(plain(figure.shadowRoot!.querySelector('[part="value"]')!.textContent)).to.equal('532');
    expect(await chart.whenDrawn()).to.equal(true);
    expect(chart.data!.id).to.equal('ttbtxh-hue-2024');
    expect(stateOf(chart)).to.equal(null);
  });

  it('an unknown id is "not found"; no provider is "no data source"; both in the page language', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang="en" .source=${new MemorySource({ datasets: [hue] })}>
      <ansinh-stat-chart dataset-id="khong-co"></ansinh-stat-chart>
    </ansinh-provider>`);
    const chart = provider.querySelector<AnsinhStatChart>('ansinh-stat-chart')!;
    await settle(chart);
    expect(stateOf(chart)).to.deep.equal({ kind: 'empty', text: 'The data source has no record with ID khong-co.' });
    const alone = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure dataset-id="ttbtxh-hue-2024"></ansinh-stat-figure>`);
    await settle(alone);
    const state = stateOf(alone)!;
    expect(state.kind).to.equal('error');
    expect(state.text).to.contain('Chưa có nguồn dữ liệu');
    expect(alone.shadowRoot!.querySelector('ansinh-state')!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('junk from the back end is the contract error state; data set as a property wins over the id', async () => {
    const provider = document.createElement('ansinh-provider') as AnsinhProvider;
    provider.source = new MemorySource({ datasets: [{ id: 'hong', indicator: 'không phải chỉ tiêu' }] });
    const chart = document.createElement('ansinh-stat-chart') as AnsinhStatChart;
    chart.setAttribute('dataset-id', 'hong');
    let invalid = 0;
    chart.addEventListener('ansinh-invalid', () => invalid++);
    provider.append(chart);
    await fixture(provider);
    await settle(chart);
    expect(chart.shadowRoot!.querySelector('[part="issues"][role="alert"]')).to.exist;
    expect(invalid).to.be.greaterThan(0);
    chart.data = hue;
    await settle(chart);
    expect(chart.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(chart.data!.id).to.equal('ttbtxh-hue-2024');
  });
});
