import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/resident-card.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import { parseResident, toPublicResident } from '../../src/contract/index.js';
import { ON_DATE, copy, hivResident, publicResident } from './fixtures.js';
import { domDump } from './helpers.js';

async function render(resident: unknown, variant = 'public', lang = 'vi') {
  const el = await fixture<AnsinhResidentCard>(
    html`<ansinh-resident-card lang=${lang} variant=${variant} on-date=${ON_DATE} .resident=${resident}></ansinh-resident-card>`,
  );
  await el.updateComplete;
  return el;
}

function full(input: unknown) {
  const r = parseResident(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('<ansinh-resident-card> and the public projection', () => {
  it('a full record on a public card renders exactly what its projection renders', async () => {
    for (const input of [publicResident, hivResident]) {
      const fromFull = await render(copy(input));
      const fromProjection = await render(toPublicResident(full(copy(input))));
      expect(domDump(fromProjection.shadowRoot!.querySelector('.card')!)).to.equal(domDump(fromFull.shadowRoot!.querySelector('.card')!));
    }
  });

  it('a projection (disclosure: public) is a public card whatever the variant, and holds nothing else', async () => {
    const projection = toPublicResident(full(copy(publicResident)));
    for (const variant of ['full', 'compact', 'public']) {
      const el = await render(projection, variant);
      const text = domDump(el.shadowRoot!.querySelector('.card')!);
      expect(el.shadowRoot!.querySelector('.card.public'), variant).to.exist;
      expect(text).to.contain('Hoàng Thị Lan');
      for (const secret of ['036141000178', 'Hoàng Văn Tư', '0911 000 999', 'Xã Quảng Phú', 'SENS-', 'Hải sản']) expect(text, secret).not.to.contain(secret);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    }
  });

  it('a "public" record that carries more than the projection is refused with the error state', async () => {
    let invalid = 0;
    const el = document.createElement('ansinh-resident-card') as AnsinhResidentCard;
    el.addEventListener('ansinh-invalid', () => invalid++);
    el.resident = { ...toPublicResident(full(copy(publicResident))), citizenId: '036141000178' };
    await fixture(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(domDump(el.shadowRoot!.querySelector('.card')!)).not.to.contain('036141000178');
    expect(invalid).to.equal(1);
  });

  it('warns the developer once when a public card is handed the whole record', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const record = copy(publicResident);
      const el = await render(record);
      el.requestUpdate();
      await el.updateComplete;
      await render(toPublicResident(full(copy(publicResident))));
    } finally {
      console.warn = original;
    }
    const ours = warnings.filter((w) => w.includes('[ansinh]') && w.includes('toPublicResident'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('citizenId').and.contain('r-0102');
  });
});
