import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/survey.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/contract/survey.js';
import type { SurveyDefinition } from '../../src/contract/survey.js';
import { localDrafts } from '../../src/base/controllers/drafts.js';
import { draftKey } from '../../src/components/survey/model.js';
import { SMALL } from './fixtures.js';
import { disposeServers } from '../data/servers.js';
import { $, $$, choose, freshDb, serverData, startServer, stopServer, type, until, visibleText, type SurveyServer } from './helpers.js';

describe('<ansinh-survey> inside a host <form>', () => {
  let server: SurveyServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await stopServer(server);
    await disposeServers();
  });

  async function hostForm(): Promise<{ form: HTMLFormElement; el: AnsinhSurvey; frame: HTMLIFrameElement }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <iframe name="sink" title="Kết quả gửi"></iframe>
      <form action="${server.url}/form" method="post" target="sink">
        <input name="ward" value="Khoa Nội" aria-label="Khoa" />
        <fieldset>
          <legend>Phiếu</legend>
          <label for="sv">Khảo sát người bệnh</label>
          <ansinh-survey id="sv" name="survey" db-name=${freshDb()} .definition=${SMALL}></ansinh-survey>
        </fieldset>
        <button>Gửi</button>
      </form>
    </div>`);
    const el = wrapper.querySelector('ansinh-survey')!;
    await el.updateComplete;
    return { form: wrapper.querySelector('form')!, el, frame: wrapper.querySelector('iframe')! };
  }

  it('takes part in validity: required items block the host form and the first problem is shown and focused', async () => {
    const { form, el } = await hostForm();
    expect(el.form).to.equal(form);
    expect($$(el, '.actions .btn')).to.have.length(0); // the host form has its own button
    expect(form.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.contain('Giới tính');
    const before = (await serverData(server)).stored.length;
    form.requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.summary').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-for')).to.equal('A1');
    await expect(el).to.be.accessible();
    // Answered, the same form posts: the post arrives, and it is the only one (the blocked submit sent nothing).
    await choose(el, 'A1', 1);
    await choose(el, 'R1', 3);
    await choose(el, 'R2', 4);
    form.requestSubmit();
    await until(async () => (await serverData(server)).stored.length > before, 5000, 'the valid post');
    expect((await serverData(server)).stored.length).to.equal(before + 1);
  });

  it('a plain HTML form POST delivers the response as JSON under its name to a real server', async () => {
    const { form, el, frame } = await hostForm();
    await choose(el, 'A1', 2);
    await choose(el, 'R1', 5);
    await choose(el, 'R2', 4);
    await type(el, 'A3', '0912345678');
    expect(form.checkValidity()).to.be.true;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const submitted = new Promise<SurveyResponse>((r) => el.addEventListener('ansinh-submit', (e) => r(e.detail as SurveyResponse), { once: true }));
    form.requestSubmit();
    await loaded;
    const detail = await submitted;
    const { stored } = await serverData(server);
    const last = stored.at(-1)!;
    const fields = last.body as Record<string, unknown>;
    expect(last.collection).to.equal('form');
    expect(fields['ward']).to.equal('Khoa Nội');
    const response = fields['survey'] as SurveyResponse;
    expect(response.definitionId).to.equal('test-small');
    expect(response.status).to.equal('completed');
    expect(response.answers).to.deep.equal({ A1: 2, R1: 5, R2: 4 });
    expect(response.contact).to.deep.equal({ phone: '0912345678' });
    expect(response.id).to.equal(detail.id);
  });

  it('FormData sent with fetch carries the same JSON (multipart)', async () => {
    const { form, el } = await hostForm();
    await choose(el, 'A1', 1);
    await choose(el, 'R1', 3);
    await choose(el, 'R2', 3);
    const res = await fetch(`${server.url}/form`, { method: 'POST', body: new FormData(form) });
    expect(res.ok).to.be.true;
    const last = (await serverData(server)).stored.at(-1)!;
    expect(last.collection).to.equal('form');
    expect(((last.body as Record<string, unknown>)['survey'] as SurveyResponse).answers).to.deep.equal({ A1: 1, R1: 3, R2: 3 });
  });

  it('form reset clears the answers; browser state restore brings them back', async () => {
    const { form, el } = await hostForm();
    await choose(el, 'R1', 4);
    const state = JSON.stringify({ id: 'restored-1', answers: { R1: 4, A1: 2 } });
    form.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(($(el, 'input[data-for="R1"][value="4"]') as HTMLInputElement).checked).to.be.false;
    el.formStateRestoreCallback(state);
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ R1: 4, A1: 2 });
    expect(($(el, 'input[data-for="R1"][value="4"]') as HTMLInputElement).checked).to.be.true;
    expect(el.response!.id).to.equal('restored-1');
  });

  it('a disabled fieldset disables every answer and leaves the survey out of the form data', async () => {
    const { form, el } = await hostForm();
    await choose(el, 'A1', 1);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect($$(el, 'input').every((i) => (i as HTMLInputElement).disabled)).to.be.true;
    expect(new FormData(form).has('survey')).to.be.false;
    expect(form.checkValidity()).to.be.true;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(new FormData(form).has('survey')).to.be.true;
  });

  it('<label for> names it and moves focus into it', async () => {
    const { form, el } = await hostForm();
    expect(el.labels).to.have.length(1);
    expect($(el, '[part=form]').getAttribute('aria-label')).to.equal('Khảo sát người bệnh');
    (form.querySelector('label[for=sv]') as HTMLLabelElement).click();
    expect(el.shadowRoot!.activeElement).to.exist;
    expect(visibleText(el)).to.contain('Khảo sát thử');
  });

  it('`required` needs at least one answer even when no item is required', async () => {
    const optional = structuredClone(SMALL);
    for (const s of optional.sections) for (const i of s.items) i.required = false;
    const wrapper = await fixture<HTMLFormElement>(html`<form><ansinh-survey name="s" required no-draft .definition=${optional}></ansinh-survey></form>`);
    const el = wrapper.querySelector('ansinh-survey')!;
    await el.updateComplete;
    expect(wrapper.checkValidity()).to.be.false;
    await choose(el, 'R1', 0);
    expect(wrapper.checkValidity()).to.be.true;
  });

  it('keeps the answers of an unfinished form when it is reloaded', async () => {
    const db = freshDb();
    const first = await fixture<AnsinhSurvey>(html`<ansinh-survey db-name=${db} .definition=${SMALL}></ansinh-survey>`);
    await choose(first, 'R1', 2);
    await type(first, 'R3', 'Chưa thấy biển');
    first.remove(); // leaving the page writes the draft at once
    await new Promise((r) => setTimeout(r, 100));
    const second = await fixture<AnsinhSurvey>(html`<ansinh-survey db-name=${db} .definition=${SMALL}></ansinh-survey>`);
    await until(() => Object.keys(second.answers).length > 0, 3000, 'draft');
    expect(second.answers).to.deep.equal({ R1: 2, R3: 'Chưa thấy biển' });
    await second.updateComplete;
    expect(visibleText(second)).to.contain('Đã khôi phục');
    // Submitting clears the draft.
    await choose(second, 'A1', 1);
    await choose(second, 'R2', 5);
    expect(await second.submit()).to.be.true;
    // The draft is gone from the device (read where the form reads it), so a new visit starts empty.
    expect(await localDrafts(db).load(draftKey(SMALL as SurveyDefinition))).to.equal(undefined);
    const third = await fixture<AnsinhSurvey>(html`<ansinh-survey db-name=${db} .definition=${SMALL}></ansinh-survey>`);
    expect(third.answers).to.deep.equal({});
  });
});
