import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { AnsinhElement, defineElement } from '../../src/base/ansinh-element.js';
import type { ContractIssue } from '../../src/contract/issues.js';
import { baseMessages } from '../../src/base/messages.js';

/** A minimal element: shows its language, its data, and contract issues. */
class ProbeElement extends AnsinhElement {
  static override jsonProperty = 'data';
  static override properties = { data: { attribute: false } };
  data: unknown;
  setIssues(issues: ContractIssue[]) {
    this.showContractIssues(issues);
  }
  protected override render() {
    return litHtml`<span id="lang">${this.locale}</span><span id="data">${JSON.stringify(this.data ?? null)}</span>${this.renderContractIssues()}`;
  }
}
defineElement('ansinh-probe', ProbeElement);

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent ?? '';

const issue: ContractIssue = {
  path: ['birthDate'],
  code: 'invalid_date',
  severity: 'error',
  field: { vi: 'Ngày sinh', en: 'Date of birth' },
  message: { vi: 'không phải ngày hợp lệ', en: 'is not a valid date' },
};

describe('AnsinhElement', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('defaults to Vietnamese when nothing sets a language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    expect(el.locale).to.equal('vi');
    expect(text(el, '#lang')).to.equal('vi');
  });

  it('takes the document language, and follows when it changes', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    expect(el.locale).to.equal('en');
    document.documentElement.lang = 'vi';
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el, '#lang')).to.equal('vi');
  });

  it('prefers its own lang, then the nearest ancestor, across shadow roots', async () => {
    document.documentElement.lang = 'vi';
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    shadow.append(inner);
    const el = document.createElement('ansinh-probe') as ProbeElement;
    inner.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(el.locale).to.equal('vi');
  });

  it('emits bubbling, composed events with a typed detail', async () => {
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    setTimeout(() => el.emit('ansinh-invalid', { issues: [issue] }));
    const ev = await oneEvent(document, 'ansinh-invalid');
    expect(ev.bubbles).to.be.true;
    expect(ev.composed).to.be.true;
    expect(ev.detail.issues[0]!.code).to.equal('invalid_date');
  });

  it('shows contract issues as an alert naming the field in the page language', async () => {
    const el = await fixture<ProbeElement>(html`<ansinh-probe lang="vi"></ansinh-probe>`);
    const fired = oneEvent(el, 'ansinh-invalid');
    el.setIssues([issue]);
    expect((await fired).detail.issues).to.have.length(1);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Ngày sinh').and.contain('không phải ngày hợp lệ');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Date of birth');
    await expect(el).to.be.accessible();
  });

  it('shows warnings as a status, without ansinh-invalid', async () => {
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    let fired = false;
    el.addEventListener('ansinh-invalid', () => (fired = true));
    el.setIssues([{ ...issue, severity: 'warning' }]);
    await el.updateComplete;
    expect(fired).to.be.false;
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.exist;
  });

  it('reads data from a child <script type="application/json">', async () => {
    const el = await fixture<ProbeElement>(
      html`<ansinh-probe><script type="application/json">{"name":"Nguyễn Văn An"}</script></ansinh-probe>`,
    );
    expect(el.data).to.deep.equal({ name: 'Nguyễn Văn An' });
    expect(text(el, '#data')).to.contain('Nguyễn Văn An');
    // The record leaves the page once read: nothing in the light DOM still holds it.
    expect(el.querySelector('script')).to.equal(null);
    expect(el.textContent).not.to.contain('Nguyễn Văn An');
  });

  it('reads a JSON child added after the element upgraded', async () => {
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '[1,2,3]';
    el.append(script);
    await new Promise((r) => setTimeout(r, 0));
    expect(el.data).to.deep.equal([1, 2, 3]);
  });

  it('turns a JSON syntax error into an error state, not an exception', async () => {
    const el = await fixture<ProbeElement>(
      html`<ansinh-probe lang="en"><script type="application/json">{"name": </script></ansinh-probe>`,
    );
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain(baseMessages.en.jsonSyntax);
    expect(el.hasContractErrors).to.be.true;
    // A broken child stays where the portal can see and fix it; completing it is read at once.
    const script = el.querySelector('script')!;
    script.textContent = '{"name": "Trần Thị Bình"}';
    await new Promise((r) => setTimeout(r, 0));
    expect(el.data).to.deep.equal({ name: 'Trần Thị Bình' });
    expect(el.querySelector('script')).to.equal(null);
  });

  it('renders hostile strings from data as text', async () => {
    const el = await fixture<ProbeElement>(html`<ansinh-probe></ansinh-probe>`);
    el.setIssues([{ ...issue, message: { vi: '<img src=x onerror=alert(1)>', en: '<b>x</b>' } }]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.not.exist;
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('define() skips and warns when another class owns the tag', async () => {
    class Other extends AnsinhElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('ansinh-probe', Other);
      defineElement('ansinh-probe', ProbeElement);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('ansinh-probe')).to.equal(ProbeElement);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('ansinh-probe');
  });
});

describe('AnsinhElement: data set before the element is in the page', () => {
  it('fires ansinh-invalid once it is connected, so the page hears it', async () => {
    const el = document.createElement('ansinh-probe') as ProbeElement;
    el.setIssues([issue]);
    const host = document.createElement('div');
    document.body.append(host);
    const heard: unknown[] = [];
    host.addEventListener('ansinh-invalid', (e) => heard.push((e as CustomEvent).detail));
    host.append(el);
    expect(heard).to.have.length(1);
    host.remove();
  });
});
