import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/select.js';
import type { AnsinhSelect } from '../../src/base/primitives/select.js';
import { runFormControlSuite } from './form-control-suite.js';

const provinces = [
  { value: 'HN', label: 'Hà Nội' },
  { value: 'HUE', label: 'Huế' },
  { value: 'HCM', label: 'TP. Hồ Chí Minh' },
];

runFormControlSuite({
  tag: 'ansinh-select',
  setup: (el) => {
    (el as AnsinhSelect).options = provinces;
  },
  fill: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  filledValue: 'HN',
  filledEntries: ['HN'],
  emptyValue: '',
  emptyEntries: [''],
  defaultValue: 'HUE',
  defaultEntries: ['HUE'],
  restoreState: 'HCM',
  restoredValue: 'HCM',
  missingKey: 'valueMissingOne',
  anchorSelector: 'select',
  namedSelector: 'select',
});

describe('<ansinh-select>', () => {
  it('takes light-DOM <option> children (first) and the options property, and a selected child', async () => {
    const el = await fixture<AnsinhSelect>(html`<ansinh-select label="Giới tính" .options=${[{ value: 'x', label: 'Khác' }]}>
      <option value="nam">Nam</option>
      <option value="nu" selected>Nữ</option>
    </ansinh-select>`);
    const opts = Array.from(el.shadowRoot!.querySelectorAll('option'));
    expect(opts.map((o) => o.textContent!.trim())).to.deep.equal(['— Chọn —', 'Nam', 'Nữ', 'Khác']);
    expect(el.value).to.equal('nu');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('nu');
    await expect(el).to.be.accessible();
  });

  it('takes options as a JSON attribute, for server-rendered pages, and follows value changes', async () => {
    const el = await fixture<AnsinhSelect>(
      html`<ansinh-select label="Tỉnh" placeholder="Chọn tỉnh/thành" options='[{"value":"HN","label":"Hà Nội"},{"value":"HUE","label":"Huế"}]'></ansinh-select>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.options[0]!.textContent!.trim()).to.equal('Chọn tỉnh/thành');
    expect(select.options.length).to.equal(3);
    el.value = 'HUE';
    await el.updateComplete;
    expect(select.value).to.equal('HUE');
    el.value = '';
    await el.updateComplete;
    expect(select.value).to.equal('');
  });

  it('fires ansinh-change with the picked value when the user picks with the keyboard', async () => {
    const el = await fixture<AnsinhSelect>(html`<ansinh-select label="Tỉnh" .options=${provinces}></ansinh-select>`);
    const details: unknown[] = [];
    el.addEventListener('ansinh-change', (e) => details.push(e.detail));
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(details).to.deep.equal(['HN', 'HUE']);
    expect(el.value).to.equal('HUE');
  });
});

describe('<ansinh-select> with broken markup', () => {
  it('ignores an options attribute that is not a JSON array instead of throwing', async () => {
    const el = await fixture<AnsinhSelect>(html`<ansinh-select label="Tỉnh" options="{không phải JSON"></ansinh-select>`);
    expect(el.options).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('option').length).to.equal(1);
  });
});
