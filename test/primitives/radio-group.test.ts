import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/radio-group.js';
import type { AnsinhRadioGroup } from '../../src/base/primitives/radio-group.js';
import { runFormControlSuite } from './form-control-suite.js';

const answers = [
  { value: '1', label: 'Rất không hài lòng' },
  { value: '2', label: 'Không hài lòng' },
  { value: '3', label: 'Bình thường' },
];

runFormControlSuite({
  tag: 'ansinh-radio-group',
  setup: (el) => {
    (el as AnsinhRadioGroup).options = answers;
  },
  fill: async () => {
    await sendKeys({ press: ' ' });
  },
  filledValue: '1',
  filledEntries: ['1'],
  emptyValue: '',
  emptyEntries: [],
  defaultValue: '2',
  defaultEntries: ['2'],
  restoreState: '3',
  restoredValue: '3',
  missingKey: 'valueMissingOne',
  anchorSelector: 'input',
  namedSelector: 'fieldset',
});

describe('<ansinh-radio-group>', () => {
  it('moves and picks with the arrow keys, and is one Tab stop', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ansinh-radio-group name="q1" legend="Mức độ hài lòng" .options=${answers} value="1"></ansinh-radio-group>
      <button type="button">Tiếp</button>
    </form>`);
    const el = form.querySelector('ansinh-radio-group')!;
    await el.updateComplete;
    const details: unknown[] = [];
    el.addEventListener('ansinh-change', (e) => details.push(e.detail));
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('3');
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('2');
    expect(details).to.deep.equal(['2', '3', '2']);
    expect(new FormData(form).get('q1')).to.equal('2');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(form.querySelector('button'));
    await expect(el).to.be.accessible();
  });

  it('shows the legend and marks required radios', async () => {
    const el = await fixture<AnsinhRadioGroup>(
      html`<ansinh-radio-group legend="Giới tính" required .options=${answers}></ansinh-radio-group>`,
    );
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Giới tính');
    const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(Array.from(radios).every((r) => r.required)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
