import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../../src/define/provider.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import { AnsinhElement, defineElement } from '../../src/base/ansinh-element.js';
import { dataSourceContext } from '../../src/base/context.js';
import type { DataSource } from '../../src/data/source.js';
import { RestSource } from '../../src/data/rest-source.js';

/** Shows which source and language it got from the nearest provider. */
class SourceProbe extends AnsinhElement {
  readonly source = new ContextConsumer(this, {
    context: dataSourceContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });
  protected override render() {
    return litHtml`<span id="kind">${this.source.value?.kind ?? 'none'}</span><span id="lang">${this.locale}</span>`;
  }
}

const kind = (el: Element) => el.shadowRoot!.querySelector('#kind')!.textContent;
const memory = (name: string): DataSource => ({ kind: name });

describe('<ansinh-provider>', () => {
  before(() => defineElement('ansinh-source-probe', SourceProbe));

  it('hands its source and language to descendants, also across shadow roots', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang="en" .source=${memory('memory')}>
      <div><ansinh-source-probe></ansinh-source-probe></div>
    </ansinh-provider>`);
    const probe = provider.querySelector<SourceProbe>('ansinh-source-probe')!;
    await probe.updateComplete;
    expect(kind(probe)).to.equal('memory');
    expect(probe.shadowRoot!.querySelector('#lang')!.textContent).to.equal('en');

    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    const inner = document.createElement('ansinh-source-probe') as SourceProbe;
    host.shadowRoot!.append(inner);
    provider.append(host);
    await inner.updateComplete;
    expect(kind(inner)).to.equal('memory');
    await expect(provider).to.be.accessible();
  });

  it('updates descendants when the source changes', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${memory('first')}>
      <ansinh-source-probe></ansinh-source-probe>
    </ansinh-provider>`);
    const probe = provider.querySelector<SourceProbe>('ansinh-source-probe')!;
    provider.source = memory('second');
    await provider.updateComplete;
    await probe.updateComplete;
    expect(kind(probe)).to.equal('second');
  });

  it('a nested provider with only lang hands on the outer source, and follows it when it changes', async () => {
    const outer = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${memory('outer')}>
      <ansinh-provider lang="en"><ansinh-source-probe></ansinh-source-probe></ansinh-provider>
      <ansinh-provider .source=${memory('inner')}><ansinh-source-probe id="own"></ansinh-source-probe></ansinh-provider>
    </ansinh-provider>`);
    const probe = outer.querySelector<SourceProbe>('ansinh-source-probe')!;
    const own = outer.querySelector<SourceProbe>('#own')!;
    await probe.updateComplete;
    expect(kind(probe)).to.equal('outer');
    expect(probe.shadowRoot!.querySelector('#lang')!.textContent).to.equal('en');
    expect(kind(own)).to.equal('inner');
    outer.source = memory('replaced');
    await outer.updateComplete;
    await probe.updateComplete;
    expect(kind(probe)).to.equal('replaced');
    expect(kind(own)).to.equal('inner');
  });

  it('reaches elements defined after the provider', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${memory('late')}>
      <ansinh-late-probe></ansinh-late-probe>
    </ansinh-provider>`);
    class LateProbe extends SourceProbe {}
    defineElement('ansinh-late-probe', LateProbe);
    const probe = provider.querySelector<SourceProbe>('ansinh-late-probe')!;
    await probe.updateComplete;
    expect(kind(probe)).to.equal('late');
  });

  it('creates a RestSource from endpoint', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider endpoint="http://127.0.0.1:9/api">
      <ansinh-source-probe></ansinh-source-probe>
    </ansinh-provider>`);
    const probe = provider.querySelector<SourceProbe>('ansinh-source-probe')!;
    await probe.updateComplete;
    expect(probe.source.value).to.be.instanceOf(RestSource);
  });

  it('re-renders descendants when its lang changes', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang="vi">
      <ansinh-source-probe></ansinh-source-probe>
    </ansinh-provider>`);
    const probe = provider.querySelector<SourceProbe>('ansinh-source-probe')!;
    provider.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('#lang')!.textContent).to.equal('en');
  });
});
