import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/survey.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import { SMALL } from './fixtures.js';
import { $, $$, choose, freshDb, until, visibleText } from './helpers.js';

type Synth = SpeechSynthesis & { getVoices: () => SpeechSynthesisVoice[] };

describe('<ansinh-survey kiosk>', () => {
  const synth = window.speechSynthesis as Synth;
  const spoken: string[] = [];
  let voices: SpeechSynthesisVoice[] = [];
  const original = { getVoices: synth.getVoices, speak: synth.speak, cancel: synth.cancel };
  before(() => {
    synth.getVoices = () => voices;
    synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(`${u.lang}|${u.text}`);
    synth.cancel = () => undefined;
  });
  after(() => Object.assign(synth, original));
  beforeEach(() => {
    voices = [];
    spoken.length = 0;
  });

  async function kiosk(extra = ''): Promise<AnsinhSurvey> {
    const el = await fixture<AnsinhSurvey>(
      html`<ansinh-survey kiosk faces ?ask-reason=${extra === 'reason'} reset-after="2" db-name=${freshDb()} .definition=${SMALL}></ansinh-survey>`,
    );
    await el.updateComplete;
    return el;
  }

  const next = (el: AnsinhSurvey) => $$(el, '.actions .btn').find((b) => /Tiếp theo|Gửi phiếu/.test(b.textContent!))!.click();

  it('shows one question per screen with large targets and faces', async () => {
    const el = await kiosk();
    expect($(el, '.root').getAttribute('data-ansinh-size')).to.equal('large');
    expect($$(el, '.q')).to.have.length(1);
    expect(visibleText(el)).to.contain('Câu 1/');
    for (const opt of $$(el, '.opt')) expect(opt.getBoundingClientRect().height).to.be.at.least(48);
    for (const btn of $$(el, '.btn')) expect(btn.getBoundingClientRect().height).to.be.at.least(48);
    // Move to R1, a scale item: five faces (the "not used" option has none).
    await choose(el, 'A1', 1);
    for (let i = 0; i < 4; i++) {
      next(el);
      await el.updateComplete;
    }
    expect($$(el, '.q')[0]!.textContent).to.contain('Biển báo rõ ràng');
    expect($$(el, 'svg.face')).to.have.length(5);
    expect($$(el, 'svg.face').every((s) => s.getAttribute('aria-hidden') === 'true')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('does not move on past an unanswered required question', async () => {
    const el = await kiosk();
    next(el);
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Câu 1/');
    expect($(el, '.summary').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-for')).to.equal('A1');
  });

  it('hides read-aloud without a Vietnamese voice; reads the question and options with one', async () => {
    voices = [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' } as SpeechSynthesisVoice];
    const el = await kiosk();
    expect($$(el, '[data-speak]')).to.have.length(0);
    voices = [...voices, { lang: 'vi-VN', name: 'Tiếng Việt', default: false, localService: true, voiceURI: 'vi' } as SpeechSynthesisVoice];
    synth.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    const button = $(el, '[data-speak]');
    expect(button.textContent).to.contain('Đọc to câu hỏi');
    button.click();
    expect(spoken).to.have.length(1);
    expect(spoken[0]).to.match(/^vi-VN\|Giới tính\. Nam\. Nữ/);
    await expect(el).to.be.accessible();
  });

  it('has a large-text toggle', async () => {
    const el = await kiosk();
    const toggle = $$(el, '.toolbar .btn').find((b) => b.textContent!.includes('Chữ to'))!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const before = parseFloat(getComputedStyle($(el, '.q')).fontSize);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(parseFloat(getComputedStyle($(el, '.q')).fontSize)).to.be.greaterThan(before);
  });

  it('asks why on a rating of 1 or 2 with ask-reason, thanks, counts down and resets for the next respondent', async () => {
    const el = await kiosk('reason');
    await choose(el, 'A1', 2);
    for (let i = 0; i < 4; i++) {
      next(el);
      await el.updateComplete;
    }
    await choose(el, 'R1', 1);
    expect(visibleText(el)).to.contain('Vì sao Ông/Bà chưa hài lòng?');
    const reason = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-role=reason]')!;
    reason.value = 'Biển báo mờ';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.answers['R1']).to.deep.equal({ value: 1, reason: 'Biển báo mờ' });
    // Answer the rest and send.
    while (!$$(el, '.actions .btn').some((b) => b.textContent!.includes('Gửi phiếu'))) {
      const first = el.shadowRoot!.querySelector<HTMLInputElement>('.q input[data-role=choice]');
      if (first && !el.shadowRoot!.querySelector('.q input:checked')) {
        first.click();
        await el.updateComplete;
      }
      if (el.shadowRoot!.querySelector('textarea[data-code="R3"]')) {
        const t = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-code="R3"]')!;
        t.value = 'Khó đọc';
        t.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      }
      next(el);
      await el.updateComplete;
    }
    next(el);
    await until(() => !!el.shadowRoot!.querySelector('.thanks'), 3000, 'thanks');
    expect(visibleText(el)).to.match(/Phiếu mới sẽ mở sau [12] giây/);
    await expect(el).to.be.accessible();
    await until(() => !el.shadowRoot!.querySelector('.thanks'), 4000, 'reset');
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(visibleText(el)).to.contain('Câu 1/');
  });
});
