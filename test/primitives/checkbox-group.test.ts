import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/checkbox-group.js';
import type { AnsinhCheckboxGroup } from '../../src/base/primitives/checkbox-group.js';
import { runFormControlSuite } from './form-control-suite.js';

const supports = [
  { value: 'cash', label: 'Trợ cấp tiền mặt' },
  { value: 'health', label: 'Thẻ bảo hiểm y tế' },
  { value: 'school', label: 'Miễn học phí' },
];

runFormControlSuite({
  tag: 'ansinh-checkbox-group',
  setup: (el) => {
    (el as AnsinhCheckboxGroup).options = supports;
  },
  fill: async () => {
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
  },
  filledValue: ['cash', 'school'],
  filledEntries: ['cash', 'school'],
  emptyValue: [],
  emptyEntries: [],
  defaultValue: ['health'],
  defaultEntries: ['health'],
  restoreState: (() => {
    const d = new FormData();
    d.append('field', 'cash');
    d.append('field', 'health');
    return d;
  })(),
  restoredValue: ['cash', 'health'],
  missingKey: 'valueMissingMany',
  anchorSelector: 'input',
  namedSelector: 'fieldset',
});

describe('<ansinh-checkbox-group>', () => {
  it('groups the boxes in a fieldset named by its legend', async () => {
    const el = await fixture<AnsinhCheckboxGroup>(
      html`<ansinh-checkbox-group legend="Hỗ trợ đang nhận" hint="Chọn tất cả các mục phù hợp" .options=${supports}></ansinh-checkbox-group>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Hỗ trợ đang nhận');
    expect(fieldset.querySelectorAll('input[type="checkbox"]').length).to.equal(3);
    const hint = el.shadowRoot!.querySelector('[part="hint"]')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal(hint.id);
    await expect(el).to.be.accessible();
  });

  it('keeps the value in option order and unticks with Space', async () => {
    const el = await fixture<AnsinhCheckboxGroup>(
      html`<ansinh-checkbox-group legend="Hỗ trợ" .options=${supports} .value=${['school', 'cash']}></ansinh-checkbox-group>`,
    );
    const details: unknown[] = [];
    el.addEventListener('ansinh-change', (e) => details.push(e.detail));
    el.focus();
    await sendKeys({ press: ' ' });
    expect(el.value).to.deep.equal(['school']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(details).to.deep.equal([['school'], ['health', 'school']]);
  });

  it('takes light-DOM <option> children with selected ones ticked', async () => {
    const el = await fixture<AnsinhCheckboxGroup>(html`<ansinh-checkbox-group legend="Đối tượng">
      <option value="elderly" selected>Người cao tuổi</option>
      <option value="disability">Người khuyết tật</option>
    </ansinh-checkbox-group>`);
    expect(el.value).to.deep.equal(['elderly']);
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
    expect(Array.from(boxes, (b) => b.checked)).to.deep.equal([true, false]);
  });
});
