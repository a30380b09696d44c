// Embedding proof: the React 19 demo (demo/embeds/react) mounted in Chromium. React sets object
// props as properties and routes `onansinh-*` props to ansinh events; no wrapper.
// The app is bundled by esbuild in test/server/embeds.js (React ships CommonJS only).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepText, expectedTags, until, type ExpectedTags } from './helpers.js';
import type { AppProps } from '../../demo/embeds/react/App.js';
import type * as SampleData from '../../demo/embeds/shared/data.js';

interface ReactDemo {
  mount(container: HTMLElement, props?: AppProps): { unmount(): void };
  data: typeof SampleData;
}

/** Element, its data property, and a text from that data the element must show. */
const COMPONENTS: [tag: string, prop: string, shows: string][] = [
  ['ansinh-resident-card', 'resident', 'Nguyễn Văn An'],
  ['ansinh-care-plan-editor', 'plan', 'Tự đi lại trong phòng với khung tập đi'],
  ['ansinh-donation-ledger', 'entries', '17.000.000'],
  ['ansinh-stat-chart', 'dataset', 'Đối tượng đang nuôi dưỡng theo diện'],
];

describe('embedding: React 19 app', function () {
  this.timeout(60000);
  let demo: ReactDemo;
  let tags: ExpectedTags;
  let container: HTMLElement;
  let app: { unmount(): void };
  const events: { name: string; detail: unknown }[] = [];

  const output = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

  before(async () => {
    tags = await expectedTags();
    const url = '/__embeds/bundle/react.js';
    demo = (await import(/* @vite-ignore */ url)) as ReactDemo;
    container = document.createElement('div');
    document.body.append(container);
    app = demo.mount(container, { onEvent: (name, detail) => events.push({ name, detail }) });
    await until(() => container.querySelector('ansinh-text-field'), 'React to render');
  });

  after(() => {
    app.unmount();
    container.remove();
  });

  it('renders the elements as custom elements, upgraded', async () => {
    const field = container.querySelector('ansinh-text-field')!;
    expect(customElements.get('ansinh-text-field')).to.exist;
    await field.updateComplete;
    expect(field.shadowRoot?.textContent).to.contain('Họ và tên');
    expect(field.required).to.equal(true);
  });

  it('passes arrays and objects as properties, not strings', async () => {
    const select = container.querySelector('ansinh-select')!;
    expect(select.options).to.equal(demo.data.provinces);
    expect(select.hasAttribute('options')).to.equal(false);
    await select.updateComplete;
    const labels = [...select.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(labels).to.include.members(['Bắc Ninh', 'Huế']);
  });

  it('delivers ansinh-change from a typed-in text field to a React handler', async () => {
    const field = container.querySelector('ansinh-text-field')!;
    field.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Lê Thị Hoa' });
    await sendKeys({ press: 'Tab' });
    await until(() => output('full-name') === 'Lê Thị Hoa', 'React state to show the typed name');
    expect(events.some((e) => e.name === 'ansinh-change' && e.detail === 'Lê Thị Hoa')).to.equal(true);
  });

  it('delivers ansinh-change from a choice in a select to a React handler', async () => {
    const select = container.querySelector('ansinh-select')!.shadowRoot!.querySelector('select')!;
    select.value = '46';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => output('province') === '46', 'React state to show the province');
  });

  for (const [tag, prop, shows] of COMPONENTS) {
    it(`<${tag}> gets its .${prop} object and shows it without contract errors`, async function () {
      // Checked as soon as `ansinh` (src/index.ts) registers it; the CDN proof flags declared-but-unregistered tags.
      if (!tags.index.includes(tag)) this.skip();
      expect(customElements.get(tag), `<${tag}> is imported by src/index.ts but not registered`).to.exist;
      const el = container.querySelector(tag) as HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown>; hasContractErrors: boolean };
      await el.updateComplete;
      expect(el.hasAttribute(prop), `.${prop} must not be stringified into an attribute`).to.equal(false);
      expect(el[prop]).to.be.an(Array.isArray(el[prop]) ? 'array' : 'object');
      expect(el.hasContractErrors).to.equal(false);
      await until(() => deepText(el).includes(shows), `<${tag}> to show "${shows}"`);
    });
  }

  it('delivers ansinh-invalid (with the issues) from the resident card to a React handler', async function () {
    if (!tags.index.includes('ansinh-resident-card')) this.skip();
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent?.includes('sai hợp đồng'))!;
    button.click();
    await until(() => Number(output('issues')) > 0, 'React to receive ansinh-invalid');
    const card = container.querySelector('ansinh-resident-card')!;
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot?.querySelector('[role="alert"]')).to.exist;
  });

  it('delivers ansinh-change from an answered survey question to a React handler', async function () {
    if (!tags.index.includes('ansinh-survey')) this.skip();
    const survey = container.querySelector('ansinh-survey')!;
    const radio = await until(() => survey.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]'), 'the survey to render its questions');
    radio.click();
    await until(() => Number(output('answers')) > 0, 'React to receive the survey ansinh-change');
  });

  it('is accessible', async () => {
    await expect(container).to.be.accessible();
  });
});
