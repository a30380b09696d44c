import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/text-field.js';
import type { AnsinhTextField } from '../../src/base/primitives/text-field.js';
import { primitiveMessages } from '../../src/base/primitives/messages.js';
import { runFormControlSuite } from './form-control-suite.js';

runFormControlSuite({
  tag: 'ansinh-text-field',
  fill: async () => {
    await sendKeys({ type: 'Nguyễn Văn An' });
    await sendKeys({ press: 'Tab' });
  },
  filledValue: 'Nguyễn Văn An',
  filledEntries: ['Nguyễn Văn An'],
  emptyValue: '',
  emptyEntries: [''],
  defaultValue: 'Trần Thị Bình',
  defaultEntries: ['Trần Thị Bình'],
  restoreState: 'Lê Văn Cường',
  restoredValue: 'Lê Văn Cường',
  missingKey: 'valueMissing',
  anchorSelector: 'input',
  namedSelector: 'input',
});

describe('<ansinh-text-field>', () => {
  it('renders its own label, hint and required marker, all tied to the input', async () => {
    const el = await fixture<AnsinhTextField>(
      html`<ansinh-text-field label="Số điện thoại" hint="Ví dụ: 0912 345 678" type="tel" required></ansinh-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(input.id);
    expect(label.textContent).to.contain('Số điện thoại');
    expect(label.textContent).to.contain('bắt buộc');
    expect(input.type).to.equal('tel');
    const hint = el.shadowRoot!.querySelector('[part="hint"]')!;
    expect(input.getAttribute('aria-describedby')).to.equal(hint.id);
    await expect(el).to.be.accessible();
  });

  it('reports a wrong email, a too short value and a pattern mismatch in Vietnamese and English', async () => {
    const el = await fixture<AnsinhTextField>(
      html`<ansinh-text-field label="Email" type="email" value="khong-phai-email"></ansinh-text-field>`,
    );
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal(primitiveMessages.vi.typeMismatchEmail);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.validationMessage).to.equal(primitiveMessages.en.typeMismatchEmail);

    const short = await fixture<AnsinhTextField>(
      html`<ansinh-text-field label="Mã" minlength="3" pattern="[0-9]+" value="1a"></ansinh-text-field>`,
    );
    expect(short.validity.tooShort).to.equal(true);
    expect(short.validationMessage).to.equal('Vui lòng nhập ít nhất 3 ký tự');
    short.value = '12a';
    expect(short.validity.patternMismatch).to.equal(true);
    expect(short.validationMessage).to.equal(primitiveMessages.vi.patternMismatch);
    short.value = '123';
    expect(short.checkValidity()).to.equal(true);
  });

  it('reports a number out of range with the limit', async () => {
    const el = await fixture<AnsinhTextField>(
      html`<ansinh-text-field label="Tuổi" type="number" min="0" max="120" value="130"></ansinh-text-field>`,
    );
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Giá trị phải nhỏ hơn hoặc bằng 120');
  });

  it('renders a textarea when multiline, and Enter adds a line instead of submitting', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><ansinh-text-field name="note" label="Ghi chú" multiline></ansinh-text-field></form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const el = form.querySelector('ansinh-text-field')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('textarea')).to.not.equal(null);
    el.focus();
    await sendKeys({ type: 'Dòng 1' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Dòng 2' });
    expect(el.value).to.equal('Dòng 1\nDòng 2');
    expect(new FormData(form).get('note')).to.equal('Dòng 1\nDòng 2');
    expect(submitted).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('Enter in a single-line field submits the form, as a native input does', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><ansinh-text-field name="q" label="Tìm kiếm" type="search"></ansinh-text-field></form>`,
    );
    const submitted: (string | null)[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(new FormData(form).get('q') as string | null);
    });
    const el = form.querySelector('ansinh-text-field')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ type: 'hộ nghèo' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal(['hộ nghèo']);
  });

  it('readonly: submitted, not editable, not validated', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><ansinh-text-field name="id" label="Mã hồ sơ" readonly required></ansinh-text-field></form>`,
    );
    const el = form.querySelector('ansinh-text-field')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    el.value = 'HS-001';
    el.focus();
    await sendKeys({ type: 'x' });
    expect(el.value).to.equal('HS-001');
    expect(new FormData(form).get('id')).to.equal('HS-001');
    await expect(el).to.be.accessible();
  });
});
