import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/care-plan-editor.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { sampleCarePlans } from '../../src/sample/index.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: { updateComplete: Promise<unknown> }) {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

describe('<ansinh-care-plan-editor plan-id> through the provider', () => {
  const plan = sampleCarePlans()[0]!;

  it('loads the plan by id, and saving goes back to the same source', async () => {
    const source = new MemorySource({ carePlans: [plan] });
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${source}>
      <ansinh-care-plan-editor plan-id=${plan.id} today="2026-11-22"></ansinh-care-plan-editor>
    </ansinh-provider>`);
    const editor = provider.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    await settle(editor);
    expect(editor.plan!.id).to.equal(plan.id);
    expect(editor.shadowRoot!.querySelector('.editor')).to.exist;
    expect(await editor.save()).to.equal(true);
    expect(((await source.getCarePlan(plan.id)) as { id: string }).id).to.equal(plan.id);
  });

  it('an unknown id is "not found"; without a provider the editor says there is no data source', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang="en" .source=${new MemorySource({ carePlans: [plan] })}>
      <ansinh-care-plan-editor plan-id="kh-khong-co"></ansinh-care-plan-editor>
    </ansinh-provider>`);
    const editor = provider.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    await settle(editor);
    const state = editor.shadowRoot!.querySelector('ansinh-state')!;
    expect(state.getAttribute('kind')).to.equal('empty');
    expect(plain(state.textContent)).to.equal('The data source has no record with ID kh-khong-co.');
    const alone = await fixture<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor plan-id=${plan.id}></ansinh-care-plan-editor>`);
    await settle(alone);
    expect(plain(alone.shadowRoot!.querySelector('ansinh-state')!.textContent)).to.contain('Chưa có nguồn dữ liệu');
  });

  it('a plan handed in as a property wins over plan-id', async () => {
    const source = new MemorySource({ carePlans: [plan] });
    const other = { ...sampleCarePlans()[1]! };
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${source}>
      <ansinh-care-plan-editor plan-id=${plan.id} .plan=${other}></ansinh-care-plan-editor>
    </ansinh-provider>`);
    const editor = provider.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    await settle(editor);
    expect(editor.plan!.id).to.equal(other.id);
  });
});
