import { expect } from '@open-wc/testing';
import { DataSourceError } from '../../src/data/errors.js';
import { FhirClient, type FhirResource } from '../../src/data/fhir-client.js';
import { SEEDED } from './contract-data.js';
import { UUID, disposeServers, received, rejection, startServer } from './servers.js';

// Every test here talks to Medplum's FHIR router (scripts/servers/fhir.js) over HTTP on loopback;
// the server validates each written resource against the R4 StructureDefinitions, so a write the
// library gets wrong fails here as it would on a hospital's server.
const fast = { baseDelayMs: 10, maxDelayMs: 50 };

const response = (n: number): FhirResource => ({
  resourceType: 'QuestionnaireResponse',
  questionnaire: 'https://benhvien.example/fhir/Questionnaire/q1',
  status: 'completed',
  item: [{ linkId: 'A1', answer: [{ valueInteger: n }] }],
});

describe('FhirClient (raw FHIR REST) against a real FHIR server (Medplum)', () => {
  after(disposeServers);

  it('reads Patient, CarePlan and Questionnaire as FHIR JSON with Accept: application/fhir+json', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const root = new FhirClient(server.url, { retry: fast });
    expect(root.kind).to.equal('fhir');
    const patient = await root.read('Patient', 'p1');
    expect(patient).to.deep.include({ resourceType: 'Patient', id: 'p1' });
    expect(patient?.name).to.deep.equal([{ use: 'official', text: 'Nguyễn Văn An', family: 'Nguyễn', given: ['Văn', 'An'] }]);
    expect(patient?.meta?.versionId).to.be.a('string');
    expect(await root.read('CarePlan', 'cp1')).to.deep.include({ resourceType: 'CarePlan', intent: 'plan' });
    expect(await root.read('Questionnaire', 'q1')).to.deep.include({ resourceType: 'Questionnaire' });
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
    const source = new FhirClient(server.url, { retry: fast });
    expect(await source.read('Patient', 'khong-co')).to.equal(undefined);
  });

  it('creates a QuestionnaireResponse as a conditional create: a minted identifier and If-None-Exist', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url, { retry: fast });
    const created = await source.create('QuestionnaireResponse', response(5));
    expect(created.resourceType).to.equal('QuestionnaireResponse');
    expect(created.id).to.be.a('string').and.not.equal('');
    expect(created.meta?.versionId).to.be.a('string');
    const { requests, stored } = await received(server);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.deep.include({ method: 'POST', path: '/QuestionnaireResponse' });
    expect(requests[0]!.contentType).to.equal('application/fhir+json');
    const identifier = (requests[0]!.body as { identifier: { system: string; value: string } }).identifier;
    expect(identifier.system).to.equal('urn:ietf:rfc:3986');
    expect(identifier.value.replace('urn:uuid:', '')).to.match(UUID);
    expect(requests[0]!.ifNoneExist).to.equal(`identifier=urn%3Aietf%3Arfc%3A3986|${encodeURIComponent(identifier.value)}`);
    expect(stored).to.have.length(1);
    expect(stored[0]!.body).to.deep.include({ id: created.id, status: 'completed' });
  });

  it('a double click or a retry with the same key stores one QuestionnaireResponse', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url, { retry: fast });
    const first = await source.create('QuestionnaireResponse', response(4), { idempotencyKey: 'b1c4a3e2-0000-4000-8000-000000000001' });
    const second = await source.create('QuestionnaireResponse', response(4), { idempotencyKey: 'b1c4a3e2-0000-4000-8000-000000000001' });
    expect(second.id).to.equal(first.id);
    const third = await source.create('QuestionnaireResponse', response(4));
    expect(third.id).not.to.equal(first.id);
    expect((await received(server)).stored).to.have.length(2);
  });

  it('keeps a resource’s own identifier for the conditional create', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url, { retry: fast });
    const own = { ...response(3), identifier: { system: 'https://benhvien.example/phieu', value: 'PH 2026/001' } };
    const a = await source.create('QuestionnaireResponse', own);
    const b = await source.create('QuestionnaireResponse', own);
    expect(b.id).to.equal(a.id);
    const { requests } = await received(server);
    expect(requests[0]!.ifNoneExist).to.equal('identifier=https%3A%2F%2Fbenhvien.example%2Fphieu|PH%202026%2F001');
  });

  it('refuses to POST something that is not a QuestionnaireResponse', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url);
    const error = (await rejection(source.create('QuestionnaireResponse', { resourceType: 'Patient' }))) as DataSourceError;
    expect(error.code).to.equal('invalid_request');
    expect((await received(server)).requests).to.have.length(0);
  });

  it('updates with If-Match: W/"versionId"; a stale version gets 412 and changes nothing', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const a = new FhirClient(server.url, { retry: fast });
    const read = (await a.read('CarePlan', 'cp1'))!;
    const saved = await a.update({ ...read, title: 'Kế hoạch hỗ trợ 2027' });
    expect(saved.title).to.equal('Kế hoạch hỗ trợ 2027');
    expect(saved.meta?.versionId).to.be.a('string').and.not.equal(read.meta?.versionId);
    // A second editor still holds the first version.
    const error = (await rejection(a.update({ ...read, title: 'Bản cũ' }))) as DataSourceError;
    expect(error.code).to.equal('precondition_failed');
    expect(error.status).to.equal(412);
    expect((await a.read('CarePlan', 'cp1'))!.title).to.equal('Kế hoạch hỗ trợ 2027');
    const { requests } = await received(server);
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.ifMatch)).to.deep.equal([`W/"${read.meta!.versionId}"`, `W/"${read.meta!.versionId}"`]);
    // Overwrite on purpose.
    const forced = await a.update({ ...read, title: 'Ghi đè' }, { versionId: false });
    expect(forced.title).to.equal('Ghi đè');
    expect((await received(server)).requests.at(-1)!.ifMatch).to.equal(null);
  });

  it('pages a search through the Bundle’s next links', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url, { retry: fast });
    for (let i = 1; i <= 5; i++) await source.create('QuestionnaireResponse', response(i));
    const pages = [];
    for await (const page of source.search('QuestionnaireResponse', { questionnaire: 'https://benhvien.example/fhir/Questionnaire/q1', _count: '2', _sort: '_lastUpdated' })) {
      pages.push(page);
    }
    expect(pages.map((p) => p.resources.length)).to.deep.equal([2, 2, 1]);
    expect(pages[0]!.total).to.equal(5);
    const answers = pages.flatMap((p) => p.resources.map((r) => (r.item as { answer: { valueInteger: number }[] }[])[0]!.answer[0]!.valueInteger));
    expect(answers).to.deep.equal([1, 2, 3, 4, 5]);
    expect(await source.searchAll('QuestionnaireResponse', { questionnaire: 'https://khac.example/q' })).to.deep.equal([]);
  });

  it('names the server’s OperationOutcome: an invalid resource is refused by the validator', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url);
    const error = (await rejection(
      source.create('Patient', { resourceType: 'Patient', birthDate: 'ngày 5 tháng 3', identifier: [{ system: 'urn:x', value: '1' }] }),
    )) as DataSourceError;
    expect(error.code).to.equal('bad_request');
    expect(error.status).to.equal(400);
    expect(error.serverCode).to.equal('structure');
    expect(error.detail).to.contain('birthDate');
    expect((await received(server)).stored).to.have.length(0);
  });

  it('shares the retry rules: 5xx retried with the same identifier, stored once', async () => {
    const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 2, api: 'fhir' });
    const source = new FhirClient(server.url, { retry: { ...fast, maxAttempts: 3 } });
    await source.create('QuestionnaireResponse', response(2));
    const { requests, stored } = await received(server);
    expect(requests).to.have.length(3);
    expect(new Set(requests.map((r) => r.ifNoneExist)).size).to.equal(1);
    expect(stored).to.have.length(1);
  });

  it('a connection dropped after the server stored the response: the retry finds it, one record', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const source = new FhirClient(server.url, { retry: { ...fast, maxAttempts: 1 } });
    const key = 'c0ffee00-0000-4000-8000-000000000002';
    await source.create('QuestionnaireResponse', response(1), { idempotencyKey: key }); // stored; pretend the answer was lost
    const again = await source.create('QuestionnaireResponse', response(1), { idempotencyKey: key });
    expect(again.id).to.be.a('string');
    expect((await received(server)).stored).to.have.length(1);
  });

  it('shares the timeout rule', async () => {
    const server = await startServer({ behaviour: 'stall', api: 'fhir' });
    const source = new FhirClient(server.url, { timeoutMs: 300, retry: { maxAttempts: 1 } });
    const error = (await rejection(source.read('Patient', 'p1'))) as DataSourceError;
    expect(error.code).to.equal('timeout');
    expect(error.source).to.equal('fhir');
  });

  it('rejects a response of the wrong resource type', async () => {
    const server = await startServer({ behaviour: 'ok' });
    // A REST (non-FHIR) server answers /residents/{id} with contract JSON, not a FHIR resource.
    const source = new FhirClient(server.url);
    const error = (await rejection(source.read('residents', SEEDED.residents[0]!.id))) as DataSourceError;
    expect(error.code).to.equal('invalid_response');
    expect(error.detail).to.equal('Expected a residents resource, got no resourceType.');
  });
});
