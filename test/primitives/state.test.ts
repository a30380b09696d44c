import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/state.js';
import type { AnsinhState } from '../../src/base/primitives/state.js';
import { underMedia } from '../helpers/engine.js';

const heading = (el: AnsinhState) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
const box = (el: AnsinhState) => el.shadowRoot!.querySelector('.state')!;

describe('<ansinh-state>', () => {
  const texts = {
    vi: { loading: 'Đang tải…', empty: 'Chưa có dữ liệu', error: 'Đã xảy ra lỗi', offline: 'Không có kết nối mạng' },
    en: { loading: 'Loading…', empty: 'No data yet', error: 'Something went wrong', offline: 'No network connection' },
  };
  for (const lang of ['vi', 'en'] as const) {
    for (const kind of ['loading', 'empty', 'error', 'offline'] as const) {
      it(`${kind} in ${lang}: default text and role`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><ansinh-state kind=${kind}></ansinh-state></div>`);
        const el = wrap.querySelector('ansinh-state')!;
        await el.updateComplete;
        expect(heading(el)).to.equal(texts[lang][kind]);
        expect(box(el).getAttribute('role')).to.equal(kind === 'error' ? 'alert' : 'status');
        expect(box(el).getAttribute('aria-busy')).to.equal(kind === 'loading' ? 'true' : null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('loading shows a skeleton hidden from screen readers that stops moving under reduced motion', async () => {
    const el = await fixture<AnsinhState>(html`<ansinh-state></ansinh-state>`);
    const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    const bar = skeleton.querySelector('span')!;
    expect(getComputedStyle(bar).animationName).to.equal('pulse');
    await underMedia({ reducedMotion: 'reduce' }, () => expect(getComputedStyle(bar).animationName).to.equal('none'));
    expect(getComputedStyle(bar).animationName).to.equal('pulse');
  });

  it('forced colours reach the tokens inside @layer ansinh: surfaces become Canvas (every engine)', async () => {
    const el = await fixture<AnsinhState>(html`<ansinh-state kind="empty"><p>Chưa có dữ liệu.</p></ansinh-state>`);
    const surface = () => getComputedStyle(el).getPropertyValue('--ansinh-color-surface').trim();
    expect(surface()).not.to.equal('Canvas');
    await underMedia({ forcedColors: 'active' }, () => expect(surface()).to.equal('Canvas'));
    expect(surface()).not.to.equal('Canvas');
  });

  it('error with retry: a localised button that fires ansinh-retry, by keyboard', async () => {
    const el = await fixture<AnsinhState>(
      html`<ansinh-state kind="error" retry lang="en"><p>The list could not be loaded.</p></ansinh-state>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(button.textContent).to.equal('Try again');
    button.focus();
    const fired = oneEvent(el, 'ansinh-retry');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.bubbles && event.composed).to.equal(true);
    el.lang = 'vi';
    await el.updateComplete;
    expect(button.textContent).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('no retry button without `retry` or for empty/loading; heading and slots override', async () => {
    const el = await fixture<AnsinhState>(html`<ansinh-state kind="empty" retry heading="Chưa có hồ sơ nào">
      <p>Thêm hồ sơ đầu tiên.</p>
      <a slot="actions" href="#new">Thêm hồ sơ</a>
    </ansinh-state>`);
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    expect(heading(el)).to.equal('Chưa có hồ sơ nào');
    const actions = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
    expect(actions.assignedElements()[0]!.textContent).to.equal('Thêm hồ sơ');
    const err = await fixture<AnsinhState>(html`<ansinh-state kind="error"></ansinh-state>`);
    expect(err.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
  });
});
