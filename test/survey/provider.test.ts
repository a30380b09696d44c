import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/survey.js';
import { mountInProvider, type ProviderAttrs } from '../helpers/provider.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { disposeServers, startServer, until } from '../data/servers.js';
import { SMALL } from './fixtures.js';

// <ansinh-survey survey-id>: the definition through the provider's source (the shared data path),
// from memory, the REST contract server and a FHIR server (a Questionnaire mapped by ansinh/fhir).

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const questions = (el: AnsinhSurvey) => el.shadowRoot!.querySelectorAll('[data-code]').length;

const inProvider = (attrs: ProviderAttrs, id: string) =>
  mountInProvider<AnsinhSurvey>(html`<ansinh-survey survey-id=${id} no-draft></ansinh-survey>`, attrs);

describe('<ansinh-survey survey-id> through the provider', () => {
  after(disposeServers);

  it('loads the definition from the provider\'s source', async () => {
    const el = await inProvider({ source: new MemorySource({ surveys: [SMALL] }) }, SMALL.id);
    await until(() => el.definition?.id === SMALL.id, 5000, 'definition loaded');
    await el.updateComplete;
    expect(questions(el)).to.be.greaterThan(0);
  });

  it('from the REST contract server and from a FHIR server: the same MoH form', async () => {
    const moh = surveyTemplate('moh-inpatient');
    const rest = await startServer({ behaviour: 'ok' });
    const fhir = await startServer({ behaviour: 'fhir', seed: 'sample' });
    const a = await inProvider({ endpoint: rest.url }, 'moh-inpatient');
    const b = await inProvider({ fhirEndpoint: fhir.url }, 'moh-inpatient');
    await until(() => a.definition && b.definition, 8000, 'both loaded');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(a.definition!.title).to.deep.equal(moh.title);
    expect(b.definition!.title).to.deep.equal(moh.title);
    expect(questions(a)).to.equal(questions(b));
    expect(questions(a)).to.be.greaterThan(20);
  });

  it('an unknown id is "not found"; without a provider, "no data source"; in the page language', async () => {
    const el = await inProvider({ source: new MemorySource({ surveys: [SMALL] }), lang: 'en' }, 'khong-co');
    await until(() => el.shadowRoot!.querySelector('ansinh-state[kind="empty"]'), 5000, 'not found');
    expect(plain(el.shadowRoot!.querySelector('ansinh-state')!.textContent)).to.equal('The data source has no record with ID khong-co.');
    const alone = await fixture<AnsinhSurvey>(html`<ansinh-survey survey-id="moh-inpatient"></ansinh-survey>`);
    await until(() => alone.shadowRoot!.querySelector('ansinh-state[kind="error"]'), 5000, 'no source');
    expect(plain(alone.shadowRoot!.querySelector('ansinh-state')!.textContent)).to.contain('Chưa có nguồn dữ liệu');
  });

  it('a definition set as the property wins over survey-id', async () => {
    const other = { ...SMALL, id: 'phieu-khac' };
    const memory = new MemorySource({ surveys: [SMALL] });
    let asked = 0;
    const source = Object.assign(Object.create(memory) as MemorySource, {
      getSurveyDefinition: (...args: Parameters<MemorySource['getSurveyDefinition']>) => (asked++, memory.getSurveyDefinition(...args)),
    });
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${source}>
      <ansinh-survey survey-id=${SMALL.id} .definition=${other} no-draft></ansinh-survey>
    </ansinh-provider>`);
    const el = provider.querySelector<AnsinhSurvey>('ansinh-survey')!;
    await el.updateComplete;
    expect(el.definition!.id).to.equal('phieu-khac');
    // Nothing was even asked for, so no late answer can replace it.
    expect(asked).to.equal(0);
    // The control: without the property, the same survey-id is read from the source.
    el.definition = undefined;
    await until(() => el.definition?.id === SMALL.id, 5000, 'read by survey-id');
    expect(asked).to.equal(1);
  });
});
