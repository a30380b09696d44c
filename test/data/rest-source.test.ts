import { expect } from '@open-wc/testing';
import { DataSourceError } from '../../src/data/errors.js';
import { RestSource } from '../../src/data/rest-source.js';
import { HttpClient } from '../../src/data/http.js';
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

  describe('contract paths', () => {
    let server: DataServer;
    let source: RestSource;
    before(async () => {
      server = await startServer({ behaviour: 'ok' });
      source = new RestSource(`${server.url}/api`, { retry: fast });
    });

    it('reads residents, one resident, care plans, surveys and datasets', async () => {
      const residents = (await source.listResidents()) as { id: string; fullName: string }[];
      expect(residents.map((r) => r.fullName)).to.deep.equal(['Nguyễn Văn An', 'Trần Thị Bình']);
      expect(await source.getResident('r2')).to.deep.include({ fullName: 'Trần Thị Bình' });
      expect(await source.getCarePlan('cp1')).to.deep.include({ residentId: 'r1' });
      expect(await source.getSurveyDefinition('moh-inpatient')).to.deep.include({ id: 'moh-inpatient' });
      expect(await source.getDataset('admissions-2024')).to.deep.include({ values: [42] });
      const { requests } = await received(server);
      expect(requests.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'GET /api/residents',
        'GET /api/residents/r2',
        'GET /api/care-plans/cp1',
        'GET /api/surveys/moh-inpatient',
        'GET /api/datasets/admissions-2024',
      ]);
      expect(requests.every((r) => r.idempotencyKey === null)).to.equal(true, 'reads carry no Idempotency-Key');
    });

    it('resolves undefined for a record the server does not have (404)', async () => {
      expect(await source.getResident('khong-co')).to.equal(undefined);
      expect(await source.getCarePlan('khong-co')).to.equal(undefined);
    });

    it('encodes ids in the path', async () => {
      await source.getResident('a/b c');
      const { requests } = await received(server);
      expect(requests.at(-1)?.path).to.equal('/api/residents/a%2Fb%20c');
    });

    it('writes with an Idempotency-Key on every write, the caller\'s when given', async () => {
      const saved = await source.saveCarePlan({ id: 'cp1', residentId: 'r1', status: 'on-hold' });
      expect(saved).to.deep.include({ status: 'on-hold' });
      const response = (await source.submitSurveyResponse(
        { definitionId: 'moh-inpatient', answers: { A1: 5 } },
        { idempotencyKey: 'phieu-0001' },
      )) as { id: string };
      expect(response.id).to.be.a('string');
      await source.appendLedgerEntry({ receiptNumber: 'PT-0002', amount: 200000 });

      const { requests } = await received(server);
      const writes = requests.filter((r) => r.method !== 'GET');
      expect(writes.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
        'PUT /api/care-plans/cp1',
        'POST /api/survey-responses',
        'POST /api/ledger/entries',
      ]);
      expect(writes[0]!.idempotencyKey).to.match(UUID);
      expect(writes[1]!.idempotencyKey).to.equal('phieu-0001');
      expect(writes[2]!.idempotencyKey).to.match(UUID);
      expect(writes[0]!.idempotencyKey).not.to.equal(writes[2]!.idempotencyKey);
      expect(writes[1]!.contentType).to.match(/^application\/json/);
      expect(writes[1]!.body).to.deep.equal({ definitionId: 'moh-inpatient', answers: { A1: 5 } });

      const forSurvey = await source.listSurveyResponses('moh-inpatient');
      expect(forSurvey).to.have.length(1);
      expect((await received(server)).requests.at(-1)?.query).to.deep.equal({ survey: 'moh-inpatient' });
      expect(await source.listSurveyResponses('moh-staff')).to.deep.equal([]);
      expect((await source.listLedgerEntries()).map((e) => (e as { receiptNumber: string }).receiptNumber)).to.deep.equal([
        'PT-0001',
        'PT-0002',
      ]);
    });

    it('refuses to save a care plan without an id, without sending anything', async () => {
      const before = (await received(server)).requests.length;
      const error = (await rejection(source.saveCarePlan({ status: 'draft' }))) as DataSourceError;
      expect(error).to.be.instanceOf(DataSourceError);
      expect(error.code).to.equal('missing_id');
      expect((await received(server)).requests.length).to.equal(before);
    });
  });

  describe('retries', () => {
    it('retries 5xx with backoff and succeeds, reusing one Idempotency-Key', async () => {
      const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 2 });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 3 } });
      const answer = await source.submitSurveyResponse({ definitionId: 's1', answers: {} });
      expect(answer).to.deep.include({ definitionId: 's1' });
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
      expect(await source.getResident('r1')).to.deep.include({ id: 'r1' });
      expect((await received(server)).requests).to.have.length(2);
    });

    it('reports a network error when the connection keeps dropping', async () => {
      const server = await startServer({ behaviour: 'drop-connection' });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 3 } });
      const error = (await rejection(source.appendLedgerEntry({ amount: 1 }))) as DataSourceError;
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
      const started = performance.now();
      const error = (await rejection(source.getResident('r1'))) as DataSourceError;
      const took = performance.now() - started;
      expect(error.code).to.equal('timeout');
      expect(error.localized.vi).to.contain('300 ms');
      expect(took).to.be.within(280, 2000);
    });

    it('retries a timed-out write with the same key', async () => {
      const server = await startServer({ behaviour: 'stall' });
      const source = new RestSource(server.url, { timeoutMs: 300, retry: { ...fast, maxAttempts: 2 } });
      const error = (await rejection(source.submitSurveyResponse({ definitionId: 's1' }))) as DataSourceError;
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

    it('turns 4xx into a typed error with the server\'s message, without retrying', async () => {
      const server = await startServer({ behaviour: '4xx', status: 422 });
      const source = new RestSource(server.url, { retry: { ...fast, maxAttempts: 5 } });
      const error = (await rejection(source.submitSurveyResponse({ definitionId: 's1' }))) as DataSourceError;
      expect(error.code).to.equal('unprocessable');
      expect(error.status).to.equal(422);
      expect(error.retryable).to.equal(false);
      expect(error.serverCode).to.equal('validation_failed');
      expect(error.detail).to.equal('Thiếu trường bắt buộc');
      expect(error.issues, 'well-formed contract issues only').to.deep.equal([
        {
          path: ['answers', 'A1'],
          code: 'required',
          severity: 'error',
          field: { vi: 'Câu A1', en: 'Item A1' },
          message: { vi: 'Cần trả lời câu này', en: 'This item needs an answer' },
        },
      ]);
      expect(error.localized.vi).to.equal('Máy chủ từ chối dữ liệu vì không đúng quy định (mã 422).');
      expect(error.messageIn('en')).to.equal('The server rejected the data because it breaks its rules (status 422).');
      expect((await received(server)).requests).to.have.length(1);
    });

    it('names 403 as forbidden, also on reads', async () => {
      const server = await startServer({ behaviour: '4xx', status: 403 });
      const source = new RestSource(server.url, { retry: fast });
      const error = (await rejection(source.getResident('r1'))) as DataSourceError;
      expect(error.code).to.equal('forbidden');
      expect(error.localized.vi).to.contain('không có quyền');
    });
  });

  describe('cancellation', () => {
    it('rejects as aborted when the caller aborts a stalled request', async () => {
      const server = await startServer({ behaviour: 'stall' });
      const source = new RestSource(server.url, { timeoutMs: 10_000, retry: fast });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = performance.now();
      const error = (await rejection(source.listResidents({ signal: controller.signal }))) as DataSourceError;
      expect(error.code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(2000);
      expect((await received(server)).requests).to.have.length(1, 'no retry after abort');
    });

    it('does not send at all with an already-aborted signal', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = new RestSource(server.url);
      const error = (await rejection(
        source.submitSurveyResponse({ definitionId: 's1' }, { signal: AbortSignal.abort() }),
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
