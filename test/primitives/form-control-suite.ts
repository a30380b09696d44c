/**
 * One suite every ansinh form control runs: form participation, validity with localised
 * messages, reset, restore, fieldset disabling, labelling from the light DOM, keyboard use and
 * accessibility. Per-element behaviour is tested in each element's own file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormControl } from '../../src/base/primitives/form-control.js';
import { primitiveMessages } from '../../src/base/primitives/messages.js';

type Control = FormControl & { value: unknown; form: HTMLFormElement | null };

export interface FormControlSuiteOptions {
  tag: string;
  /** Sets options and other element-specific properties before the control is connected. */
  setup?: (el: Control) => void;
  /** Fills the focused control with the keyboard only (sendKeys), committing the change. */
  fill: (el: Control) => Promise<void>;
  /** `el.value` after `fill`. */
  filledValue: unknown;
  /** `new FormData(form).getAll(name)` after `fill`. */
  filledEntries: string[];
  /** `el.value` and form entries of an untouched control. */
  emptyValue: unknown;
  emptyEntries: string[];
  /** A value given before connecting, which `form.reset()` must restore, and its entries. */
  defaultValue: unknown;
  defaultEntries: string[];
  /** A state as the browser would hand to `formStateRestoreCallback`, and the value it gives. */
  restoreState: string | FormData;
  restoredValue: unknown;
  /** Which value-missing message the control shows. */
  missingKey: 'valueMissing' | 'valueMissingOne' | 'valueMissingMany';
  /** The inner element validity is anchored to (receives aria-invalid). */
  anchorSelector: string;
  /** The inner element that carries the accessible name (input, select, fieldset). */
  namedSelector: string;
}

const LABEL = 'Trường thử nghiệm';

async function mount(
  o: FormControlSuiteOptions,
  { lang = 'vi', required = false, withDefault = false } = {},
): Promise<{ form: HTMLFormElement; fieldset: HTMLFieldSetElement; label: HTMLLabelElement; el: Control }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <button type="button" id="before">before</button>
    <fieldset><label for="ctl">${LABEL}</label></fieldset>
  </form>`);
  const fieldset = form.querySelector('fieldset')!;
  const label = form.querySelector('label')!;
  const el = document.createElement(o.tag) as Control;
  el.id = 'ctl';
  el.setAttribute('name', 'field');
  o.setup?.(el);
  if (required) el.required = true;
  if (withDefault) el.value = o.defaultValue;
  fieldset.append(el);
  await el.updateComplete;
  return { form, fieldset, label, el };
}

const entries = (form: HTMLFormElement) => new FormData(form).getAll('field');
const shadowError = (el: Control) => el.shadowRoot!.querySelector('[part="error"]');
const anchor = (el: Control, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;

export function runFormControlSuite(o: FormControlSuiteOptions): void {
  describe(`<${o.tag}> as a form control`, () => {
    it('is form-associated and submits nothing but its empty entries when untouched', async () => {
      const { form, el } = await mount(o);
      expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
      expect(el.value).to.deep.equal(o.emptyValue);
      expect(entries(form)).to.deep.equal(o.emptyEntries);
    });

    it('is filled with the keyboard: value, FormData and ansinh-change', async () => {
      const { form, el } = await mount(o);
      const details: unknown[] = [];
      el.addEventListener('ansinh-change', (e) => details.push(e.detail));
      const before = form.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el, 'Tab reaches the control');
      await o.fill(el);
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.filledValue);
      expect(entries(form)).to.deep.equal(o.filledEntries);
      expect(details.at(-1)).to.deep.equal(o.filledValue);
    });

    it('blocks submission when required and empty, and shows the Vietnamese message', async () => {
      const { form, el } = await mount(o, { required: true });
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.equal(0);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      const message = primitiveMessages.vi[o.missingKey];
      expect(el.validationMessage).to.equal(message);
      const err = shadowError(el);
      expect(err?.textContent?.trim()).to.equal(message);
      const target = anchor(el, o.anchorSelector);
      expect(target.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = el.shadowRoot!.querySelector(`[aria-describedby~="${err!.id}"]`);
      expect(describedBy, 'the error is linked with aria-describedby').to.not.equal(null);
      await expect(el).to.be.accessible();

      // Fixing the value clears the error and lets the form submit.
      el.focus();
      await o.fill(el);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(shadowError(el)).to.equal(null);
      expect(target.getAttribute('aria-invalid')).to.equal('false');
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('shows the English message under lang="en" and follows a language change', async () => {
      const { form, el } = await mount(o, { lang: 'en', required: true });
      el.reportValidity();
      await el.updateComplete;
      expect(el.validationMessage).to.equal(primitiveMessages.en[o.missingKey]);
      expect(shadowError(el)?.textContent?.trim()).to.equal(primitiveMessages.en[o.missingKey]);
      form.lang = 'vi';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.validationMessage).to.equal(primitiveMessages.vi[o.missingKey]);
      expect(shadowError(el)?.textContent?.trim()).to.equal(primitiveMessages.vi[o.missingKey]);
    });

    it('form.reset() restores the initial value and hides the error', async () => {
      const { form, el } = await mount(o, { withDefault: true, required: true });
      expect(entries(form)).to.deep.equal(o.defaultEntries);
      el.value = o.emptyValue;
      el.reportValidity();
      await el.updateComplete;
      expect(shadowError(el)).to.not.equal(null);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.defaultValue);
      expect(entries(form)).to.deep.equal(o.defaultEntries);
      expect(shadowError(el)).to.equal(null);
    });

    it('restores a state handed back by the browser', async () => {
      const { form, el } = await mount(o);
      el.formStateRestoreCallback(o.restoreState);
      await el.updateComplete;
      expect(el.value).to.deep.equal(o.restoredValue);
      expect(entries(form).length).to.be.greaterThan(0);
    });

    it('is disabled by a disabled <fieldset>: not focusable, not submitted, not validated', async () => {
      const { form, fieldset, el } = await mount(o, { withDefault: true, required: true });
      fieldset.disabled = true;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(true);
      expect(anchor(el, o.anchorSelector).matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      el.value = o.emptyValue;
      expect(form.checkValidity()).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(anchor(el, o.anchorSelector).matches(':disabled')).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
    });

    it('own disabled attribute disables it too', async () => {
      const { form, el } = await mount(o, { withDefault: true });
      el.disabled = true;
      await el.updateComplete;
      expect(anchor(el, o.anchorSelector).matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
    });

    it('is named and focused by a light-DOM <label for>', async () => {
      const { form, label, el } = await mount(o);
      expect(Array.from(el.labels)).to.deep.equal([label]);
      label.click();
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.not.equal(null);
      // The host has no role of its own: the inner control (or group) carries the label's text.
      expect(anchor(el, o.namedSelector).getAttribute('aria-label')).to.equal(LABEL);
      await expect(el).to.be.accessible();
      await expect(form).to.be.accessible();
    });

    it('takes a custom error message, e.g. from the server', async () => {
      const { form, el } = await mount(o);
      el.setCustomValidity('Số CCCD đã được đăng ký');
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Số CCCD đã được đăng ký');
      el.setCustomValidity('');
      expect(form.checkValidity()).to.equal(true);
    });
  });
}
