import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/badge.js';
import type { AnsinhBadge } from '../../src/base/primitives/badge.js';

const visibleText = (el: AnsinhBadge) => {
  const slot = el.shadowRoot!.querySelector('slot')!;
  const assigned = slot.assignedNodes({ flatten: true });
  return assigned.map((n) => n.textContent).join('').trim();
};

describe('<ansinh-badge>', () => {
  it('shows its text and a shape for each tone, not colour alone', async () => {
    const shapes: string[] = [];
    for (const tone of ['neutral', 'info', 'success', 'warning', 'danger'] as const) {
      const el = await fixture<AnsinhBadge>(html`<ansinh-badge tone=${tone}>Đã duyệt</ansinh-badge>`);
      expect(visibleText(el)).to.equal('Đã duyệt');
      const icon = el.shadowRoot!.querySelector('[part="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      shapes.push(icon.textContent!);
      await expect(el).to.be.accessible();
    }
    expect(new Set(shapes).size).to.equal(5);
  });

  it('falls back to the tone name in the page language when empty', async () => {
    const vi = await fixture<AnsinhBadge>(html`<ansinh-badge tone="warning"></ansinh-badge>`);
    expect(visibleText(vi)).to.equal('Cảnh báo');
    const en = await fixture<AnsinhBadge>(html`<div lang="en"><ansinh-badge tone="warning"></ansinh-badge></div>`);
    expect(visibleText(en.querySelector('ansinh-badge')!)).to.equal('Warning');
  });

  it('colours differ by tone', async () => {
    const ok = await fixture<AnsinhBadge>(html`<ansinh-badge tone="success">OK</ansinh-badge>`);
    const bad = await fixture<AnsinhBadge>(html`<ansinh-badge tone="danger">Lỗi</ansinh-badge>`);
    const bg = (el: AnsinhBadge) => getComputedStyle(el.shadowRoot!.querySelector('.badge')!).backgroundColor;
    expect(bg(ok)).to.not.equal(bg(bad));
  });
});
