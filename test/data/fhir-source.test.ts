import { expect } from '@open-wc/testing';
import { DataSourceError } from '../../src/data/errors.js';
import { FhirSource } from '../../src/data/fhir-source.js';
import { UUID, disposeServers, received, rejection, startServer } from './servers.js';

const fast = { baseDelayMs: 10, maxDelayMs: 50 };

describe('FhirSource against a real FHIR server', () => {
  after(disposeServers);

  it('reads Patient, CarePlan and Questionnaire as raw FHIR JSON with Accept: application/fhir+json', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const root = new FhirSource(server.url, { retry: fast });
    expect(root.kind).to.equal('fhir');
    const patient = await root.getResident('p1');
    expect(patient).to.deep.include({ resourceType: 'Patient', id: 'p1' });
    expect(patient?.name).to.deep.equal([{ family: 'Nguyễn', given: ['Văn', 'An'] }]);
    expect(await root.getCarePlan('cp1')).to.deep.include({ resourceType: 'CarePlan', intent: 'plan' });
    expect(await root.getSurveyDefinition('q1')).to.deep.include({ resourceType: 'Questionnaire' });
    const { requests } = await received(server);
    expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
      'GET /Patient/p1',
      'GET /CarePlan/cp1',
      'GET /Questionnaire/q1',
    ]);
    expect(requests.every((r) => r.accept === 'application/fhir+json')).to.equal(true);
  });

  it('resolves undefined for an unknown resource (404 OperationOutcome)', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirSource(server.url, { retry: fast });
    expect(await source.getResident('khong-co')).to.equal(undefined);
  });

  it('creates a QuestionnaireResponse with POST, FHIR content type and an Idempotency-Key', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirSource(server.url, { retry: fast });
    const response = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'Questionnaire/q1',
      status: 'completed',
      item: [{ linkId: 'A1', answer: [{ valueInteger: 5 }] }],
    };
    const created = await source.submitSurveyResponse(response);
    expect(created.resourceType).to.equal('QuestionnaireResponse');
    expect(created.id).to.be.a('string').and.not.equal('');
    const { requests, stored } = await received(server);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.deep.include({ method: 'POST', path: '/QuestionnaireResponse' });
    expect(requests[0]!.contentType).to.equal('application/fhir+json');
    expect(requests[0]!.idempotencyKey).to.match(UUID);
    expect(requests[0]!.body).to.deep.equal(response);
    expect(stored).to.have.length(1);
  });

  it('refuses to POST something that is not a QuestionnaireResponse', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirSource(server.url);
    const error = (await rejection(source.submitSurveyResponse({ resourceType: 'Patient' }))) as DataSourceError;
    expect(error.code).to.equal('invalid_request');
    expect((await received(server)).requests).to.have.length(0);
  });

  it('shares the retry rules: 5xx retried with the same key, stored once', async () => {
    const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 2, api: 'fhir' });
    const source = new FhirSource(server.url, { retry: { ...fast, maxAttempts: 3 } });
    await source.submitSurveyResponse({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    const { requests, stored } = await received(server);
    expect(requests).to.have.length(3);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).to.equal(1);
    expect(stored).to.have.length(1);
  });

  it('shares the timeout rule', async () => {
    const server = await startServer({ behaviour: 'stall', api: 'fhir' });
    const source = new FhirSource(server.url, { timeoutMs: 300, retry: { maxAttempts: 1 } });
    const error = (await rejection(source.getResident('p1'))) as DataSourceError;
    expect(error.code).to.equal('timeout');
    expect(error.source).to.equal('fhir');
  });

  it('names a 4xx OperationOutcome as a typed error with its diagnostics', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirSource(server.url);
    // The test FHIR server answers 400 OperationOutcome to a POST whose resourceType mismatches
    // the URL (FhirSource itself never sends one, so go through its shared HTTP client).
    const error = (await rejection(
      source.http.request({ method: 'POST', path: 'Patient', body: { resourceType: 'Questionnaire' } }),
    )) as DataSourceError;
    expect(error.code).to.equal('bad_request');
    expect(error.serverCode).to.equal('invalid');
    expect(error.detail).to.equal('resourceType mismatch');
  });

  it('rejects a response of the wrong resource type', async () => {
    const server = await startServer({ behaviour: 'ok' });
    // A REST (non-FHIR) server answers /residents/r1 with contract JSON, not a FHIR resource.
    const source = new FhirSource(server.url);
    const error = (await rejection(source.read('residents', 'r1'))) as DataSourceError;
    expect(error.code).to.equal('invalid_response');
    expect(error.detail).to.equal('Expected a residents resource, got no resourceType.');
  });
});
