import { expect } from '@open-wc/testing';
import { DataSourceError } from '../../src/data/errors.js';
import { RestSource } from '../../src/data/rest-source.js';
import { HttpClient } from '../../src/data/http.js';
import type { CarePlan, LedgerEntry, Resident, SurveyResponse } from '../../src/contract/index.js';
import { versionOf } from '../../src/data/source.js';
import { SEEDED, nextLedgerEntry, surveyResponse } from './contract-data.js';
import {
  UUID,
  disposeServers,
  received,
  rejection,
  startServer,
  type DataServer,
} from './servers.js';

const fast = { baseDelayMs: 10, maxDelayMs: 50 };

describe('RestSource against a real HTTP server', () => {
  after(disposeServers);

  it('a relative endpoint resolves against the page (endpoint="/api/ansinh" on a portal)', () => {
    const http = new HttpClient({ baseUrl: '/api/ansinh' });
    expect(http.url('residents/r-1')).to.equal(`${location.origin}/api/ansinh/residents/r-1`);
    expect(http.url('/care-plans/cp-1')).to.equal(`${location.origin}/api/ansinh/care-plans/cp-1`);
    expect(new HttpClient({ baseUrl: 'api' }).url('datasets/x', { v: '1' })).to.equal(new URL('api/datasets/x?v=1', location.href).href);
  });

  describe('contract paths (docs/contract/rest.yaml, served and enforced by openapi-backend)', () => {
    let server: DataServer;
    let source: RestSource;
    before(async () => {
      server = await startServer({ behaviour: 'ok' });
      source = new RestSource(`${server.url}/api`, { retry: fast });
    });

    it('reads residents, one resident, care plans, surveys, datasets, funds, the disclosure and the policy table', async () => {
      const residents = (await source.listResidents()) as Resident[];
      expect(residents.map((r) => r.fullName)).to.deep.equal(SEEDED.residents.map((r) => r.fullName));
      const second = SEEDED.residents[1]!;
      expect(await source.getResident(second.id)).to.deep.include({ fullName: second.fullName });
      expect(await source.getCarePlan(SEEDED.carePlan.id)).to.deep.include({ residentId: SEEDED.carePlan.residentId });
      expect(await source.getSurveyDefinition('moh-inpatient')).to.deep.include({ id: 'moh-inpatient' });
      expect(await source.getDataset(SEEDED.dataset)).to.deep.include({ id: SEEDED.dataset });
      expect((await source.listFunds()).length).to.be.greaterThan(0);
      expect(await source.getLedgerDisclosure()).to.deep.include({ entryCount: 3 });
      expect(await source.getPolicyTable()).to.have.property('standardLevels');
      const { requests } = await received(server);
      expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'GET /api/residents',
        `GET /api/residents/${second.id}`,
        `GET /api/care-plans/${SEEDED.carePlan.id}`,
        'GET /api/surveys/moh-inpatient',
        `GET /api/datasets/${SEEDED.dataset}`,
        'GET /api/funds',
        'GET /api/ledger/disclosure',
        'GET /api/policy-table',
      ]);
      expect(requests.every((r) => r.idempotencyKey === null)).to.equal(true, 'reads carry no Idempotency-Key');
    });

    it('resolves undefined for a record the server does not have (404)', async () => {
      expect(await source.getResident('khong-co')).to.equal(undefined);
      expect(await source.getCarePlan('khong-co')).to.equal(undefined);
    });

    it('encodes ids in the path', async () => {
      expect(await source.getResident('a/b:c')).to.equal(undefined);
      const { requests } = await received(server);
      expect(requests.at(-1)?.path).to.equal('/api/residents/a%2Fb%3Ac');
    });

    it('an id outside the contract\'s pattern is refused by the server (400), not "not found"', async () => {
      const error = (await rejection(source.getResident('a b'))) as DataSourceError;
      expect(error.code).to.equal('bad_request');
    });

    it('writes with an Idempotency-Key on every write, the caller\'s when given', async () => {
      const plan = (await source.getCarePlan(SEEDED.carePlan.id)) as CarePlan;
      const saved = await source.saveCarePlan({ ...plan, title: 'Kế hoạch đã sửa' });
      expect(saved).to.deep.include({ title: 'Kế hoạch đã sửa' });
      const answer = surveyResponse(1);
      const response = (await source.submitSurveyResponse(answer, { idempotencyKey: 'phieu-0001' })) as SurveyResponse;
      expect(response.id).to.equal(answer.id);
      const entry = nextLedgerEntry(SEEDED.ledger.at(-1)!, 1);
      await source.appendLedgerEntry(entry);

      const { requests } = await received(server);
      const writes = requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        `PUT /api/care-plans/${SEEDED.carePlan.id}`,
        'POST /api/survey-responses',
        'POST /api/ledger/entries',
      ]);
      expect(writes[0]!.idempotencyKey).to.match(UUID);
      expect(writes[1]!.idempotencyKey).to.equal('phieu-0001');
      expect(writes[2]!.idempotencyKey).to.match(UUID);
      expect(writes[0]!.idempotencyKey).not.to.equal(writes[2]!.idempotencyKey);
      expect(writes[1]!.contentType).to.match(/^application\/json/);
      expect(writes[1]!.body).to.deep.equal(answer);

      const forSurvey = await source.listSurveyResponses('moh-inpatient');
      expect(forSurvey).to.have.length(1);
      expect((await received(server)).requests.at(-1)?.query).to.deep.equal({ survey: 'moh-inpatient' });
      expect(await source.listSurveyResponses('moh-staff')).to.deep.equal([]);
      expect((await source.listLedgerEntries()).map((e) => (e as LedgerEntry).id)).to.deep.equal([...SEEDED.ledger.map((e) => e.id), entry.id]);
    });

    it('a repeated write with the same key is stored once; the same key with another body is refused', async () => {
      const before = (await received(server)).stored.length;
      const answer = surveyResponse(2);
      await source.submitSurveyResponse(answer, { idempotencyKey: 'phieu-0002' });
      await source.submitSurveyResponse(answer, { idempotencyKey: 'phieu-0002' });
      expect((await received(server)).stored.length).to.equal(before + 1);
      const error = (await rejection(source.submitSurveyResponse(surveyResponse(3), { idempotencyKey: 'phieu-0002' }))) as DataSourceError;
      expect(error.code).to.equal('unprocessable');
      expect(error.serverCode).to.equal('idempotency_key_reused');
    });

    it('a body that breaks the contract gets 422 with the server\'s findings as contract issues', async () => {
      const error = (await rejection(source.submitSurveyResponse({ definitionId: 'moh-inpatient', answers: { A1: 5 } }))) as DataSourceError;
      expect(error.code).to.equal('unprocessable');
      expect(error.serverCode).to.equal('contract_violation');
      expect(error.issues?.map((i) => i.path.join('.'))).to.include('id');
      expect(error.retryable).to.equal(false);
    });

    it('refuses to save a care plan without an id, without sending anything', async () => {
      const before = (await received(server)).requests.length;
      const error = (await rejection(source.saveCarePlan({ status: 'draft' }))) as DataSourceError;
      expect(error).to.be.instanceOf(DataSourceError);
      expect(error.code).to.equal('missing_id');
      expect((await received(server)).requests.length).to.equal(before);
    });
  });

  describe('versions, paging, auth and the ledger chain', () => {
    it('saves a care plan with If-Match: the ETag it read; a stale one gets 412 and changes nothing', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url, { retry: fast });
      const plan = (await source.getCarePlan(SEEDED.carePlan.id)) as CarePlan;
      const read = versionOf(plan);
      expect(read).to.equal('"1"');
      const saved = await source.saveCarePlan({ ...plan, title: 'Lần sửa 1' }, { version: read! });
      expect(versionOf(saved)).to.equal('"2"');
      const error = (await rejection(source.saveCarePlan({ ...plan, title: 'Bản cũ' }, { version: read! }))) as DataSourceError;
      expect(error.code).to.equal('precondition_failed');
      expect(error.status).to.equal(412);
      expect(((await source.getCarePlan(plan.id)) as CarePlan).title).to.equal('Lần sửa 1');
      const puts = (await received(server)).requests.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.ifMatch)).to.deep.equal(['"1"', '"1"']);
    });

    it('pages a long list through Link: rel="next" and reports the total', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url, { retry: fast });
      let prev = SEEDED.ledger.at(-1)!;
      for (let n = 1; n <= 4; n++) {
        const entry = nextLedgerEntry(prev, n);
        await source.appendLedgerEntry(entry);
        prev = entry;
      }
      const pages = [];
      for await (const page of source.pageLedgerEntries({ limit: 3 })) pages.push(page);
      expect(pages.map((p) => p.items.length)).to.deep.equal([3, 3, 1]);
      expect(pages.map((p) => p.total)).to.deep.equal([7, 7, 7]);
      const gets = (await received(server)).requests.filter((r) => r.method === 'GET');
      expect(gets[0]!.query).to.deep.equal({ limit: '3' });
      expect(gets[1]!.query['cursor']).to.be.a('string');
      const donations = await source.listLedgerEntries({ fundId: SEEDED.ledger[2]!.fundId, from: '2025-01-03' });
      expect(donations.map((e) => (e as LedgerEntry).id)).to.deep.equal(['so-test-1', 'so-test-2', 'so-test-3', 'so-test-4']);
    });

    it('appends to the ledger once per key, and 409 when the chain moved on', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url, { retry: fast });
      const entry = nextLedgerEntry(SEEDED.ledger.at(-1)!, 7);
      await source.appendLedgerEntry(entry, { idempotencyKey: 'so-test-7-key' });
      await source.appendLedgerEntry(entry, { idempotencyKey: 'so-test-7-key' });
      expect((await received(server)).stored).to.have.length(1);
      const late = (await rejection(source.appendLedgerEntry({ ...entry, id: 'so-test-8' }))) as DataSourceError;
      expect(late.code).to.equal('conflict');
      expect(late.status).to.equal(409);
    });

    it('sends the portal\'s bearer token from the headers hook; without it the server answers 401', async () => {
      const server = await startServer({ behaviour: 'ok', auth: { token: 'tok-123' } });
      const anonymous = new RestSource(server.url, { retry: fast });
      const error = (await rejection(anonymous.listResidents())) as DataSourceError;
      expect(error.code).to.equal('unauthorized');
      expect(error.localized.vi).to.contain('đăng nhập');
      // Public reads need no sign-in.
      expect(await anonymous.getSurveyDefinition('moh-inpatient')).to.deep.include({ id: 'moh-inpatient' });
      let calls = 0;
      const token = (): HeadersInit => (calls++, { Authorization: 'Bearer tok-123' });
      const signedIn = new RestSource(server.url, { retry: fast, headers: token });
      expect(await signedIn.listResidents()).to.have.length(2);
      expect(calls).to.equal(1, 'the hook is asked per request');
      expect((await received(server)).requests.at(-1)!.authorization).to.equal('Bearer tok-123');
    });
  });

  describe('retries', () => {
    it('retries 5xx with backoff and succeeds, reusing one Idempotency-Key', async () => {
      const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 2 });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 3 } });
      const answer = await source.submitSurveyResponse(surveyResponse(9));
      expect(answer).to.deep.include({ id: 'phieu-test-9' });
      const { requests, stored } = await received(server);
      expect(requests).to.have.length(3);
      const keys = new Set(requests.map((r) => r.idempotencyKey));
      expect(keys.size).to.equal(1);
      expect([...keys][0]).to.match(UUID);
      expect(stored).to.have.length(1);
    });

    it('gives up after maxAttempts with a retryable server error', async () => {
      const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 10 });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 2 } });
      const error = (await rejection(source.listResidents())) as DataSourceError;
      expect(error.code).to.equal('server');
      expect(error.status).to.equal(503);
      expect(error.retryable).to.equal(true);
      expect(error.attempts).to.equal(2);
      expect(error.detail).to.equal('Máy chủ bận');
      expect(error.localized.vi).to.contain('mã 503');
      expect(error.localized.en).to.contain('status 503');
      expect((await received(server)).requests).to.have.length(2);
    });

    it('retries a dropped connection', async () => {
      const server = await startServer({ behaviour: 'drop-connection', failures: 1 });
      const source = new RestSource(server.url, { retry: fast });
      const first = SEEDED.residents[0]!;
      expect(await source.getResident(first.id)).to.deep.include({ id: first.id });
      expect((await received(server)).requests).to.have.length(2);
    });

    it('reports a network error when the connection keeps dropping', async () => {
      const server = await startServer({ behaviour: 'drop-connection' });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 3 } });
      const error = (await rejection(source.appendLedgerEntry(nextLedgerEntry(SEEDED.ledger.at(-1)!, 1)))) as DataSourceError;
      expect(error.code).to.equal('network');
      expect(error.localized.vi).to.equal('Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.');
      const { requests } = await received(server);
      expect(requests).to.have.length(3);
      expect(new Set(requests.map((r) => r.idempotencyKey)).size).to.equal(1);
    });

    it('reports a network error for a server that is not there', async () => {
      const source = new RestSource('http://127.0.0.1:9', { retry: { ...fast, maxAttempts: 2 } });
      const error = (await rejection(source.listResidents())) as DataSourceError;
      expect(error.code).to.equal('network');
      expect(error.attempts).to.equal(2);
    });
  });

  describe('timeouts', () => {
    it('times out a stalled request', async () => {
      const server = await startServer({ behaviour: 'stall' });
      const source = new RestSource(server.url, { timeoutMs: 300, retry: { maxAttempts: 1 } });
      const error = (await rejection(source.getResident('r1'))) as DataSourceError;
      // Only the client's own timer makes a 'timeout' (the server never answers or closes).
      expect(error.code).to.equal('timeout');
      expect(error.localized.vi).to.contain('300 ms');
    });

    it('retries a timed-out write with the same key', async () => {
      const server = await startServer({ behaviour: 'stall' });
      // The server records a request once its body is read, after the CORS preflight: on a busy
      // machine 300 ms ran out before the second attempt got that far, so it went unseen.
      const source = new RestSource(server.url, { timeoutMs: 1500, retry: { ...fast, maxAttempts: 2 } });
      const error = (await rejection(source.submitSurveyResponse(surveyResponse(1)))) as DataSourceError;
      expect(error.code).to.equal('timeout');
      const { requests } = await received(server);
      expect(requests).to.have.length(2);
      expect(requests[0]!.idempotencyKey).to.match(UUID);
      expect(requests[1]!.idempotencyKey).to.equal(requests[0]!.idempotencyKey);
    });
  });

  describe('errors that are not retried', () => {
    it('turns a body that is not JSON into a clear error, without retrying', async () => {
      const server = await startServer({ behaviour: 'garbage', garbage: 'json' });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 4 } });
      const error = (await rejection(source.getResident('r1'))) as DataSourceError;
      expect(error).to.be.instanceOf(DataSourceError);
      expect(error.code).to.equal('invalid_response');
      expect(error.status).to.equal(200);
      expect(error.detail).to.match(/not valid JSON/);
      expect(error.localized.vi).to.equal('Máy chủ trả về dữ liệu không đọc được.');
      expect((await received(server)).requests).to.have.length(1);
    });

    it('rejects an HTML page (captive portal) in place of JSON', async () => {
      const server = await startServer({ behaviour: 'garbage', garbage: 'html' });
      const source = new RestSource(server.url, { retry: fast });
      const error = (await rejection(source.listResidents())) as DataSourceError;
      expect(error.code).to.equal('invalid_response');
      expect(error.detail).to.contain('text/html');
    });

    it('rejects a list endpoint that does not return an array', async () => {
      const server = await startServer({ behaviour: 'garbage', garbage: 'object' });
      const source = new RestSource(server.url, { retry: fast });
      const error = (await rejection(source.listLedgerEntries())) as DataSourceError;
      expect(error).to.be.instanceOf(DataSourceError);
      expect(error.code).to.equal('invalid_response');
      expect(error.detail).to.equal('Expected a JSON array.');
    });

    it("turns a 4xx from the contract server (422: the body breaks rest.yaml) into a typed error with the server's findings, without retrying", async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 5 } });
      const error = (await rejection(source.submitSurveyResponse({ definitionId: 's1' }))) as DataSourceError;
      expect(error.code).to.equal('unprocessable');
      expect(error.status).to.equal(422);
      expect(error.retryable).to.equal(false);
      expect(error.serverCode).to.equal('contract_violation');
      // openapi-backend's findings, as contract issues: the fields the body lacks.
      const missing = (error.issues ?? []).map((i) => i.path.join('.'));
      expect(missing).to.include.members(['id', 'answers']);
      for (const issue of error.issues ?? []) expect(issue).to.have.keys('path', 'code', 'severity', 'message');
      expect(error.localized.vi).to.equal('Máy chủ từ chối dữ liệu vì không đúng quy định (mã 422).');
      expect(error.messageIn('en')).to.equal('The server rejected the data because it breaks its rules (status 422).');
      expect((await received(server)).requests).to.have.length(1);
    });

    it('names 403 as forbidden, also on reads (a session without the right to read residents)', async () => {
      const server = await startServer({ behaviour: 'ok', auth: { token: 'can-bo', limited: { token: 'khach', may: ['listSurveyResponses'] } } });
      const source = new RestSource(server.url, { retry: fast, headers: { Authorization: 'Bearer khach' } });
      const error = (await rejection(source.getResident(SEEDED.residents[0]!.id))) as DataSourceError;
      expect(error.code).to.equal('forbidden');
      expect(error.status).to.equal(403);
      expect(error.localized.vi).to.contain('không có quyền');
      expect(error.needsSignIn).to.equal(true);
      // The same session may do what it was given.
      expect(await source.listSurveyResponses(SEEDED.survey)).to.be.an('array');
    });
  });

  describe('cancellation', () => {
    it('rejects as aborted when the caller aborts a stalled request', async () => {
      const server = await startServer({ behaviour: 'stall' });
      const source = new RestSource(server.url, { timeoutMs: 10_000, retry: fast });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      // The server never answers: only the abort can end this (the runner's timeout fails a hang).
      const error = (await rejection(source.listResidents({ signal: controller.signal }))) as DataSourceError;
      expect(error.code).to.equal('aborted');
      expect((await received(server)).requests).to.have.length(1, 'no retry after abort');
    });

    it('does not send at all with an already-aborted signal', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url);
      const error = (await rejection(
        source.submitSurveyResponse(surveyResponse(1), { signal: AbortSignal.abort() }),
      )) as DataSourceError;
      expect(error.code).to.equal('aborted');
      expect((await received(server)).requests).to.have.length(0);
    });

    it('stops waiting between retries when aborted during backoff', async () => {
      const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 10 });
      const source = new RestSource(server.url, { retry: { maxAttempts: 5, baseDelayMs: 5000, maxDelayMs: 5000 } });
      const controller = new AbortController();
      const pending = rejection(source.listResidents({ signal: controller.signal }));
      await new Promise((r) => setTimeout(r, 200));
      controller.abort();
      const error = (await pending) as DataSourceError;
      expect(error.code).to.equal('aborted');
      expect((await received(server)).requests).to.have.length(1);
    });
  });
});
