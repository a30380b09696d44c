import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/button.js';
import '../../src/define/text-field.js';
import type { AnsinhButton } from '../../src/base/primitives/button.js';

async function formWithButtons() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <ansinh-text-field name="name" label="Họ và tên" value="An"></ansinh-text-field>
    <ansinh-button id="submit">Gửi</ansinh-button>
    <ansinh-button id="reset" type="reset" variant="secondary">Nhập lại</ansinh-button>
    <ansinh-button id="plain" type="button" variant="ghost">Xem trước</ansinh-button>
  </form>`);
  const submits: string[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits.push(String(new FormData(form).get('name')));
  });
  const [submit, reset, plain] = ['#submit', '#reset', '#plain'].map((s) => form.querySelector<AnsinhButton>(s)!);
  await Promise.all([submit!.updateComplete, reset!.updateComplete, plain!.updateComplete]);
  return { form, submits, submit: submit!, reset: reset!, plain: plain! };
}

describe('<ansinh-button>', () => {
  it('renders a real <button> with its text as the name', async () => {
    const el = await fixture<AnsinhButton>(html`<ansinh-button>Lưu hồ sơ</ansinh-button>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button).to.not.equal(null);
    expect(el.type).to.equal('submit');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('submits its form on click, Enter and Space, with validation', async () => {
    const { form, submits, submit } = await formWithButtons();
    submit.shadowRoot!.querySelector('button')!.click();
    expect(submits).to.deep.equal(['An']);
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(submits.length).to.equal(3);
    const field = form.querySelector('ansinh-text-field')!;
    field.required = true;
    field.value = '';
    submit.shadowRoot!.querySelector('button')!.click();
    expect(submits.length).to.equal(3, 'an invalid form is not submitted');
  });

  it('resets its form, and type="button" does neither', async () => {
    const { form, submits, reset, plain } = await formWithButtons();
    const field = form.querySelector('ansinh-text-field')!;
    field.value = 'Bình';
    plain.shadowRoot!.querySelector('button')!.click();
    expect(field.value).to.equal('Bình');
    expect(submits).to.deep.equal([]);
    reset.shadowRoot!.querySelector('button')!.click();
    expect(field.value).to.equal('An');
    expect(submits).to.deep.equal([]);
  });

  it('while loading: busy text, no submission, keeps focus', async () => {
    const { submits, submit } = await formWithButtons();
    const clicks: Event[] = [];
    submit.addEventListener('click', (e) => clicks.push(e));
    submit.loading = true;
    await submit.updateComplete;
    const button = submit.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Đang xử lý…');
    submit.focus();
    expect(submit.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    button.click();
    expect(submits).to.deep.equal([]);
    expect(clicks).to.deep.equal([]);
    await expect(submit).to.be.accessible();
  });

  it('is disabled by its attribute and by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><ansinh-button>Gửi</ansinh-button></fieldset></form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    const el = form.querySelector('ansinh-button')!;
    await el.updateComplete;
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.disabled).to.equal(true);
    button.click();
    expect(submitted).to.equal(0);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(button.disabled).to.equal(false);
    el.disabled = true;
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
  });

  it('every variant passes the accessibility checks', async () => {
    for (const variant of ['primary', 'secondary', 'danger', 'ghost'] as const) {
      const el = await fixture<AnsinhButton>(html`<ansinh-button variant=${variant}>Xác nhận</ansinh-button>`);
      expect(el.shadowRoot!.querySelector('button')!.dataset.variant).to.equal(variant);
      await expect(el).to.be.accessible();
    }
  });

  it('gives an icon-only button its label as the name', async () => {
    const el = await fixture<AnsinhButton>(html`<ansinh-button label="Đóng"><span aria-hidden="true">✕</span></ansinh-button>`);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Đóng');
    await expect(el).to.be.accessible();
  });
});
