import { expect, html } from '@open-wc/testing';
import '../../src/define/survey-results.js';
import { mountInProvider, type ProviderAttrs } from '../helpers/provider.js';
import type { AnsinhSurveyResults } from '../../src/components/survey-results/survey-results.js';
import { RestSource } from '../../src/data/rest-source.js';
import { surveyResponse } from '../data/contract-data.js';
import { disposeServers, startServer, until } from '../data/servers.js';

// <ansinh-survey-results survey-id>: the form and its responses through the provider, from the REST
// contract server and from a FHIR server (QuestionnaireResponses searched by the form's canonical).

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const results = (attrs: ProviderAttrs, id: string) =>
  mountInProvider<AnsinhSurveyResults>(html`<ansinh-survey-results survey-id=${id}></ansinh-survey-results>`, attrs);

describe('<ansinh-survey-results survey-id> through the provider', () => {
  after(disposeServers);

  it('REST: the form and the responses posted to it', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const rest = new RestSource(server.url);
    for (const n of [1, 2, 3]) await rest.submitSurveyResponse(surveyResponse(n));
    const el = await results({ endpoint: server.url }, 'moh-inpatient');
    await until(() => el.indices?.counted === 3, 5000, 'three responses counted');
    expect(el.definition!.id).to.equal('moh-inpatient');
  });

  it('FHIR: the Questionnaire and its QuestionnaireResponses', async () => {
    const server = await startServer({ behaviour: 'fhir', seed: 'sample' });
    const el = await results({ fhirEndpoint: server.url }, 'moh-inpatient');
    await until(() => (el.indices?.counted ?? 0) > 0, 8000, 'responses counted');
    expect(el.responses.length).to.be.greaterThan(10);
    expect(el.responses.every((r) => r.definitionId === 'moh-inpatient')).to.equal(true);
  });

  it('an unknown survey is "not found", in the page language', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const el = await results({ endpoint: server.url, lang: 'en' }, 'khong-co');
    await until(() => el.shadowRoot!.querySelector('ansinh-state[kind="empty"]'), 5000, 'not found');
    expect(plain(el.shadowRoot!.querySelector('ansinh-state')!.textContent)).to.equal('The data source has no record with ID khong-co.');
  });
});
