import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/provider.js';
import '../../src/define/care-plan-editor.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import type { CarePlan } from '../../src/contract/index.js';
import { IndexedDbSource } from '../../src/data/indexeddb-source.js';
import { FhirSource } from '../../src/data/fhir-source.js';
import { RestSource } from '../../src/data/rest-source.js';
import { versionOf } from '../../src/data/source.js';
import { SEEDED } from '../data/contract-data.js';
import { disposeServers, received, startServer, until } from '../data/servers.js';

// Two people edit the same care plan against the REST contract server (openapi-backend on
// docs/contract/rest.yaml): the editor saves with If-Match, the server answers 412 when the other
// person saved first, and nothing typed is lost.

const fast = { baseDelayMs: 10, maxDelayMs: 50 };
const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: { updateComplete: Promise<unknown> }) {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

type Field = HTMLElement & { shadowRoot: ShadowRoot };
const titleField = (el: AnsinhCarePlanEditor) => el.shadowRoot!.querySelector<Field>('[data-path="title"]')!;
const titleInput = (el: AnsinhCarePlanEditor) => titleField(el).shadowRoot.querySelector<HTMLInputElement>('input')!;
const action = (el: AnsinhCarePlanEditor, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-action="${name}"]`);

type Api = 'rest' | 'fhir';
const sourceFor = (api: Api, url: string) => (api === 'rest' ? new RestSource(url, { retry: fast }) : new FhirSource(url, { retry: fast }));

async function open(lang = 'vi', api: Api = 'rest') {
  const server = await startServer(api === 'rest' ? { behaviour: 'ok' } : { behaviour: 'fhir', seed: 'sample' });
  const source = sourceFor(api, server.url);
  const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang=${lang} .source=${source}>
    <ansinh-care-plan-editor plan-id=${SEEDED.carePlan.id} today="2026-11-22"></ansinh-care-plan-editor>
  </ansinh-provider>`);
  const editor = provider.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
  await until(() => editor.plan?.id === SEEDED.carePlan.id, 15000, 'plan loaded');
  await settle(editor);
  // The colleague: another browser on the same back end, who saves first.
  const colleague = sourceFor(api, server.url);
  const theirs = (await colleague.getCarePlan(SEEDED.carePlan.id)) as CarePlan;
  await colleague.saveCarePlan({ ...theirs, period: { ...theirs.period, end: '2026-12-31' } }, { version: versionOf(theirs)! });
  return { server, editor, source: () => sourceFor(api, server.url) };
}

async function typeTitle(editor: AnsinhCarePlanEditor, text: string) {
  titleInput(editor).focus();
  await sendKeys({ type: text });
  await settle(editor);
}

describe('<ansinh-care-plan-editor>: someone else saved first (412)', () => {
  beforeEach(() => new IndexedDbSource().clearDraft(`care-plan:${SEEDED.carePlan.id}`));
  after(disposeServers);

  it('keeps the edits, shows the conflict, and reapplies them on the newer version', async () => {
    const { server, editor } = await open();
    await typeTitle(editor, ' (bản của Hoa)');
    expect(await editor.save()).to.equal(false);
    await settle(editor);
    const banner = editor.shadowRoot!.querySelector('[data-state="conflict"]')!;
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(plain(banner.textContent)).to.contain('người khác đã lưu kế hoạch này sau khi bạn mở nó');
    expect(titleInput(editor).value).to.equal(`${SEEDED.carePlan.title} (bản của Hoa)`, 'nothing typed is lost');
    const puts = (await received(server)).requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.ifMatch)).to.deep.equal(['"1"', '"1"'], 'both saved against version 1; the second was refused');

    action(editor, 'reapply')!.click();
    await until(() => !editor.shadowRoot!.querySelector('[data-state="conflict"]'), 5000, 'conflict resolved');
    await settle(editor);
    expect(titleInput(editor).value).to.equal(`${SEEDED.carePlan.title} (bản của Hoa)`);
    expect(editor.plan!.period?.end, 'their change kept').to.equal('2026-12-31');
    expect(editor.dirty).to.equal(true, 'reapplied, not yet saved');
    expect(await editor.save()).to.equal(true);
    const stored = (await new RestSource(server.url).getCarePlan(SEEDED.carePlan.id)) as CarePlan;
    expect(stored.title).to.equal(`${SEEDED.carePlan.title} (bản của Hoa)`);
    expect(stored.period?.end).to.equal('2026-12-31');
    expect((await received(server)).requests.filter((r) => r.method === 'PUT').at(-1)!.ifMatch).to.equal('"2"');
  });

  it('overwrites on purpose, in English', async () => {
    const { server, editor } = await open('en');
    await typeTitle(editor, ' (mine)');
    await editor.save();
    await settle(editor);
    expect(plain(editor.shadowRoot!.querySelector('[data-state="conflict"]')!.textContent)).to.contain(
      'someone else saved this plan after you opened it. Your changes are all still here.',
    );
    action(editor, 'overwrite')!.click();
    await until(async () => ((await new RestSource(server.url).getCarePlan(SEEDED.carePlan.id)) as CarePlan).title?.endsWith('(mine)') ?? false, 5000, 'overwritten');
    const last = (await received(server)).requests.filter((r) => r.method === 'PUT').at(-1)!;
    expect(last.ifMatch).to.equal(null);
    await settle(editor);
    expect(editor.shadowRoot!.querySelector('[data-state="conflict"]')).to.equal(null);
    expect(editor.dirty).to.equal(false);
  });

  it('the same on a FHIR server: 412 from If-Match W/"versionId", reapplied, saved', async () => {
    const { editor, source } = await open('vi', 'fhir');
    await typeTitle(editor, ' (FHIR)');
    expect(await editor.save()).to.equal(false);
    await settle(editor);
    expect(editor.shadowRoot!.querySelector('[data-state="conflict"]')).to.exist;
    action(editor, 'reapply')!.click();
    await until(() => !editor.shadowRoot!.querySelector('[data-state="conflict"]'), 5000, 'conflict resolved');
    expect(await editor.save()).to.equal(true);
    const stored = (await source().getCarePlan(SEEDED.carePlan.id)) as CarePlan;
    expect(stored.title).to.equal(`${SEEDED.carePlan.title} (FHIR)`);
    expect(stored.period?.end).to.equal('2026-12-31');
  });
});
