// Embedding proof: a server-rendered page (demo/embeds/server-form/server.js, a real Node HTTP
// server on 127.0.0.1) whose own <form method="post"> contains ansinh form controls. The test
// fills the form in an iframe, submits it with the page's submit button (a real navigation), and
// reads back what the server stored.
// The iframe reaches the server through /__embeds/server-form/ on the runner's origin (a byte
// proxy in test/server/embeds.js) so the test can fill the form; the server never knows.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ensureCdn, expectedTags, loadFrame, nextLoad, until, type ExpectedTags } from './helpers.js';

interface Submission {
  id: number;
  receivedAt: string;
  fields: Record<string, string>;
}

type Upgraded = HTMLElement & { updateComplete: Promise<unknown>; checkValidity(): boolean };

/** Answers every question the survey requires: the first option of each choice, today for dates, a word for text. */
async function answerSurvey(survey: Upgraded, form: HTMLFormElement): Promise<void> {
  const root = survey.shadowRoot!;
  // The template is a lazy chunk: wait for the questions, not for the loading state.
  await until(() => root.querySelector('input[type="radio"]'), 'the survey to render its questions', 15000);
  const groups = new Set<string>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    if (groups.has(input.name)) continue;
    groups.add(input.name);
    input.click();
    await survey.updateComplete;
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
    input.value = new Date().toISOString().slice(0, 10);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await survey.updateComplete;
  // Anything still required (a text, a number, a checkbox) gets a plausible answer.
  for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[required], textarea[required]')) {
    if (input.value !== '' || input.type === 'radio') continue;
    if (input.type === 'checkbox') input.click();
    else {
      input.value = input.type === 'number' ? '1' : 'Tốt';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
  }
  await survey.updateComplete;
  await until(() => form.checkValidity() || undefined, 'the survey to be valid after answering', 5000).catch(() => {
    throw new Error(`the survey stays invalid: ${(survey as unknown as { validationMessage: string }).validationMessage}`);
  });
}

describe('embedding: a server-rendered form posts ansinh fields to a real server', function () {
  this.timeout(90000);
  let tags: ExpectedTags;
  let server: { url: string; port: number; proxyPath: string };

  before(async function () {
    this.timeout(120000);
    await ensureCdn();
    tags = await expectedTags();
    server = await executeServerCommand('embeds-server-form-start');
  });

  after(async () => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
    await executeServerCommand('embeds-server-form-stop');
  });

  it('runs the server on 127.0.0.1 at a port of its own', () => {
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).to.not.equal(Number(location.port));
  });

  it('submits the text field and the survey with a real form post, and the server stores them', async () => {
    const frame = await loadFrame(server.proxyPath);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const form = doc.querySelector('form')!;
    expect(form.method).to.equal('post');

    // The CDN loader defines each element when its code has arrived, each in its own time.
    const used = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('ansinh-') && tags.expected.includes(t)))];
    expect(used, 'the page uses ansinh elements').to.include('ansinh-text-field');
    await until(() => used.every((t) => win.customElements.get(t)) || undefined, `the CDN loader to define ${used.join(', ')}`, 15000);
    const note = doc.querySelector('ansinh-text-field[name="note"]') as Upgraded;
    await note.updateComplete;
    // Required and empty: the browser refuses to submit, as with a native input.
    expect(form.checkValidity()).to.equal(false);

    const surveyDeclared = tags.expected.includes('ansinh-survey');
    const survey = doc.querySelector('ansinh-survey[name="survey"]') as Upgraded;
    expect(survey, 'the page has <ansinh-survey name="survey">').to.exist;
    if (surveyDeclared) {
      expect(win.customElements.get('ansinh-survey'), '<ansinh-survey> exists (src/define/survey.ts) but the CDN build does not register it').to.exist;
    }

    const input = note.shadowRoot!.querySelector('input')!;
    input.value = 'Khoa Nội tổng hợp, phòng 3';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await note.updateComplete;
    if (surveyDeclared) await answerSurvey(survey, form);
    expect(form.checkValidity(), 'the form is valid once filled').to.equal(true);

    const navigated = nextLoad(frame);
    // What a pointer press reaches: the button inside <ansinh-button>'s shadow root.
    const submit = doc.querySelector('ansinh-button[type="submit"]') as Upgraded;
    await submit.updateComplete;
    submit.shadowRoot!.querySelector('button')!.click();
    await navigated;

    const receipt = frame.contentDocument!;
    expect(receipt.querySelector('#received')?.textContent).to.match(/Đã nhận phiếu số \d+/);

    const stored = await executeServerCommand<Submission[], undefined>('embeds-server-form-stored');
    expect(stored).to.have.length(1);
    const { fields } = stored[0]!;
    expect(fields.note).to.equal('Khoa Nội tổng hợp, phòng 3');
    if (surveyDeclared) {
      expect(fields.survey, `the survey posted its response under name="survey" (posted: ${Object.keys(fields).join(', ')})`).to.be.a('string');
      const response = JSON.parse(fields.survey!) as { definitionId?: string; answers?: Record<string, unknown> };
      expect(response.definitionId).to.equal('moh-outpatient');
      expect(Object.keys(response.answers ?? {}).length).to.be.greaterThan(0);
    }
  });

  it('escapes what it echoes back: a hostile note is text on the receipt page', async () => {
    const frame = await loadFrame(server.proxyPath);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    // The CDN loader defines each element when its code has arrived, each in its own time.
    const used = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('ansinh-') && tags.expected.includes(t)))];
    expect(used, 'the page uses ansinh elements').to.include('ansinh-text-field');
    await until(() => used.every((t) => win.customElements.get(t)) || undefined, `the CDN loader to define ${used.join(', ')}`, 15000);
    // Post the form directly (no survey answers needed for this check): the server's own escaping.
    const hostile = '<img src=x onerror="parent.hacked=1">';
    const body = new URLSearchParams({ note: hostile });
    const res = await fetch(`${server.proxyPath}submissions`, { method: 'POST', body, redirect: 'follow' });
    const text = await res.text();
    expect(text).to.not.contain('<img');
    expect(text).to.contain('&#60;img');
    expect(doc.title).to.contain('Khảo sát');
  });
});
