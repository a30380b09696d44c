import { expect } from '@open-wc/testing';
import { ELEMENT_MODULES, discover, load, start, type AnsinhLoadErrorDetail } from '../../src/loader.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { sampleResidents } from '../../src/sample/index.js';
import { allShadowText } from '../helpers/dom.js';
import { until } from '../data/servers.js';

// The CDN entry's loader (issue 19): nothing is defined up front; an element's code loads when its
// first instance appears, in the document or in another library's shadow root; the provider's
// context reaches elements defined before it; a module that fails to load says so on the page and
// is tried again when the browser is back online. One page for the whole file: the loader is
// global, so the tests run in order and each uses tags the earlier ones did not load.

const resident = sampleResidents()[0]!;
/** attachShadow as it was before the loader wrapped it: a root the loader does not know about. */
const nativeAttachShadow = Element.prototype.attachShadow;

function add<T extends HTMLElement>(markup: string, parent: ParentNode = document.body): T {
  const box = document.createElement('div');
  const template = document.createElement('template');
  // The markup is this test's own constant, never data.
  template.setHTMLUnsafe?.(markup) ?? (template.innerHTML = markup);
  box.append(template.content);
  parent.append(box);
  return box.firstElementChild as T;
}

describe('the CDN loader', () => {
  before(() => start());
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('defines nothing until an instance appears', () => {
    for (const tag of Object.keys(ELEMENT_MODULES)) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('loads an element added to the document after it started, and only that element', async () => {
    const badge = add('<ansinh-badge tone="success">Đã duyệt</ansinh-badge>');
    await until(() => customElements.get('ansinh-badge') !== undefined, 10_000, '<ansinh-badge> to be defined');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot, 'the badge rendered').to.not.equal(null);
    expect(customElements.get('ansinh-stat-chart'), 'a tag the page never used').to.equal(undefined);
    expect(customElements.get('ansinh-survey'), 'a tag the page never used').to.equal(undefined);
  });

  it("finds an element inside another library's shadow root", async () => {
    const host = add('<div class="foreign-widget"></div>');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('ansinh-text-field');
    inner.setAttribute('label', 'Họ và tên');
    root.append(inner);
    await until(() => customElements.get('ansinh-text-field') !== undefined, 10_000, '<ansinh-text-field> in a shadow root to be defined');
    await until(() => allShadowText(inner).includes('Họ và tên'), 10_000, 'the field to render its label');
  });

  it('gives an element defined before its provider the provider’s data source', async () => {
    // The card's code first, then a provider around a card: the card asks for its source as it
    // connects, before <ansinh-provider> is defined; the context root hands it over later.
    await load('ansinh-resident-card');
    expect(customElements.get('ansinh-provider')).to.equal(undefined);
    const provider = add(`<ansinh-provider><ansinh-resident-card resident-id="${resident.id}"></ansinh-resident-card></ansinh-provider>`);
    (provider as HTMLElement & { source?: unknown }).source = new MemorySource({ residents: [resident] });
    const card = provider.querySelector('ansinh-resident-card')!;
    await until(() => customElements.get('ansinh-provider') !== undefined, 10_000, '<ansinh-provider> to be defined');
    await until(() => allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 10_000, 'the card to show the resident from the provider');
  });

  it('shows a failed load on the page and in shadow roots, fires ansinh-load-error, and clears it once loaded', async () => {
    const real = ELEMENT_MODULES['ansinh-checkbox-group'];
    ELEMENT_MODULES['ansinh-checkbox-group'] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const errors: AnsinhLoadErrorDetail[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<AnsinhLoadErrorDetail>).detail);
    document.addEventListener('ansinh-load-error', onError);
    const quiet = console.error;
    console.error = () => undefined;
    try {
      // One in the page, one in another library's shadow root.
      const host = add('<div class="foreign"></div>');
      const shadow = host.attachShadow({ mode: 'open' });
      const inShadow = document.createElement('ansinh-checkbox-group');
      shadow.append(inShadow);
      const group = add('<ansinh-checkbox-group legend="Nhu cầu hỗ trợ"></ansinh-checkbox-group>');
      await until(() => errors.length >= 2, 10_000, 'ansinh-load-error on both instances');
      expect(errors.every((e) => e.tag === 'ansinh-checkbox-group')).to.equal(true);
      for (const el of [group, inShadow]) {
        expect(el.querySelector('[role="alert"]')?.textContent).to.contain('Không tải được phần này của trang');
      }
      expect(customElements.get('ansinh-checkbox-group')).to.equal(undefined);

      // Back online (in this test the module itself is what failed; a browser may also keep a
      // failed fetch, which is why the line asks to reload): once defined, the lines go.
      ELEMENT_MODULES['ansinh-checkbox-group'] = real;
      window.dispatchEvent(new Event('online'));
      await until(() => customElements.get('ansinh-checkbox-group') !== undefined, 10_000, 'the retry to define the element');
      for (const el of [group, inShadow]) expect(el.querySelector('[role="alert"]'), 'the failure line is gone').to.equal(null);
    } finally {
      ELEMENT_MODULES['ansinh-checkbox-group'] = real;
      console.error = quiet;
      document.removeEventListener('ansinh-load-error', onError);
    }
  });

  it('discover() loads what is inside a root it is given and watches a shadow root, and a second start() does nothing', async () => {
    const fragment = document.createElement('div');
    fragment.append(document.createElement('ansinh-radio-group'));
    await discover(fragment);
    expect(customElements.get('ansinh-radio-group')).to.not.equal(undefined);
    // A shadow root that existed before the loader saw it: handed to discover(), then watched.
    const host = document.createElement('div');
    const root = nativeAttachShadow.call(host, { mode: 'closed' });
    document.body.append(host);
    await discover(root);
    root.append(document.createElement('ansinh-select'));
    await until(() => customElements.get('ansinh-select') !== undefined, 10_000, '<ansinh-select> added later to a discovered root');
    const before = Element.prototype.attachShadow;
    start();
    expect(Element.prototype.attachShadow, 'attachShadow is wrapped once').to.equal(before);
  });
});
