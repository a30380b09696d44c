import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { DataSourceError } from '../../src/data/errors.js';
import { SEEDED, nextLedgerEntry, surveyResponse } from './contract-data.js';
import { Outbox, type OutboxItem, type OutboxOptions } from '../../src/data/outbox.js';
import {
  UUID,
  disposeServers,
  received,
  restartServer,
  setBehaviour,
  startServer,
  stopServer,
  until,
  type DataServer,
} from './servers.js';

// Valid MoH inpatient responses: the REST contract server refuses anything else with 422.
const answer = surveyResponse;

describe('Outbox', () => {
  let dbName: string;
  const outboxes: Outbox[] = [];
  const make = (options: OutboxOptions = {}) => {
    const o = new Outbox({ dbName, intervalMs: 0, retry: { baseDelayMs: 30, maxDelayMs: 100 }, ...options });
    outboxes.push(o);
    return o;
  };
  const endpoint = (server: DataServer) => `${server.url}/survey-responses`;
  const states = async (o: Outbox) => (await o.list()).map((i) => i.state);

  beforeEach(() => {
    dbName = `ansinh-outbox-test-${crypto.randomUUID()}`;
  });
  afterEach(async () => {
    await Promise.all(outboxes.splice(0).map((o) => o.close()));
    await deleteDB(dbName);
  });
  after(disposeServers);

  it('stores an item in IndexedDB before any attempt to send it', async () => {
    let seenInDb: OutboxItem[] | undefined;
    const outbox = make({
      transport: async (item) => {
        const db = await openDB(dbName);
        seenInDb = await db.getAll('outbox');
        db.close();
        return { id: `saved-${item.seq}` };
      },
    });
    const queued = new Promise<OutboxItem>((resolve) =>
      outbox.addEventListener('queued', (e) => resolve(e.detail.item), { once: true }),
    );
    const item = await outbox.enqueue(answer(5), { endpoint: '/unused' });
    expect(item.state).to.equal('pending');
    expect(item.idempotencyKey).to.match(UUID);
    expect((await queued).seq).to.equal(item.seq);
    await until(async () => (await states(outbox))[0] === 'sent', 3000, 'item sent');
    expect(seenInDb).to.have.length(1);
    expect(seenInDb![0]).to.deep.include({ idempotencyKey: item.idempotencyKey, payload: answer(5) });
  });

  it('keeps items queued while the server is down, then sends each exactly once when it is back', async () => {
    const server = await startServer({ behaviour: 'ok' });
    await stopServer(server);
    const outbox = make({ auto: false });
    const a = await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    const b = await outbox.enqueue(answer(2), { endpoint: endpoint(server), idempotencyKey: 'phieu-0002' });
    expect(b.idempotencyKey).to.equal('phieu-0002');

    const down = await outbox.flush();
    expect(down).to.deep.equal({ sent: 0, failed: 0, pending: 2 });
    const afterDown = await outbox.list();
    expect(afterDown.map((i) => i.state)).to.deep.equal(['pending', 'pending']);
    expect(afterDown[0]!.attempts).to.equal(1);
    expect(afterDown[0]!.error?.code).to.equal('network');
    expect(afterDown[1]!.attempts).to.equal(0, 'the queue waits behind its first item');

    await restartServer(server, { behaviour: 'ok' });
    const up = await outbox.flush({ force: true });
    expect(up).to.deep.equal({ sent: 2, failed: 0, pending: 0 });
    await outbox.flush({ force: true });

    const { requests, stored } = await received(server);
    expect(requests.map((r) => r.idempotencyKey)).to.deep.equal([a.idempotencyKey, 'phieu-0002']);
    expect(stored.map((s) => s.body)).to.deep.equal([answer(1), answer(2)]);
    const sent = await outbox.list();
    expect(sent.map((i) => i.state)).to.deep.equal(['sent', 'sent']);
    expect(sent[0]!.payload).to.equal(undefined, 'personal data is not kept after sending');
    expect(sent[0]!.sentAt).to.be.a('string');
  });

  it('retries 5xx by itself with backoff, one key per item; the server stores each once, in order', async () => {
    const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 2 });
    const outbox = make();
    const sentEvents: number[] = [];
    outbox.addEventListener('sent', (e) => sentEvents.push(e.detail.item.seq));
    const a = await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    const b = await outbox.enqueue(answer(2), { endpoint: endpoint(server) });
    await until(() => sentEvents.length === 2, 5000, 'both sent');
    expect(sentEvents).to.deep.equal([a.seq, b.seq]);

    const { requests, stored } = await received(server);
    expect(requests.filter((r) => r.idempotencyKey === a.idempotencyKey)).to.have.length(3);
    expect(requests.filter((r) => r.idempotencyKey === b.idempotencyKey)).to.have.length(1);
    expect(stored.map((s) => s.key)).to.deep.equal([a.idempotencyKey, b.idempotencyKey]);
    expect((await outbox.list())[0]!.attempts).to.equal(3);
  });

  it('resumes by itself when the connection comes back (online event)', async () => {
    const server = await startServer({ behaviour: 'ok' });
    await stopServer(server);
    // A long backoff, so only the online event can explain a prompt send.
    const outbox = make({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    await until(async () => (await outbox.list())[0]?.attempts === 1, 3000, 'first failed attempt');
    await restartServer(server, { behaviour: 'ok' });
    window.dispatchEvent(new Event('online'));
    await until(async () => (await states(outbox))[0] === 'sent', 3000, 'sent after online');
    expect((await received(server)).stored).to.have.length(1);
  });

  it('resumes on a timer', async () => {
    const server = await startServer({ behaviour: 'ok' });
    await stopServer(server);
    const outbox = make({ intervalMs: 100, retry: { baseDelayMs: 50, maxDelayMs: 50 } });
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    await until(async () => ((await outbox.list())[0]?.attempts ?? 0) >= 2, 3000, 'repeated attempts');
    await restartServer(server, { behaviour: 'ok' });
    await until(async () => (await states(outbox))[0] === 'sent', 3000, 'sent');
    expect((await received(server)).stored).to.have.length(1);
  });

  it('marks an item failed on 4xx (the contract server refuses it: 422), with the error, and goes on with the next', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const outbox = make();
    const failed = new Promise<OutboxItem>((resolve) =>
      outbox.addEventListener('failed', (e) => resolve(e.detail.item), { once: true }),
    );
    // A response whose answers are not an object: openapi-backend refuses it against rest.yaml.
    const broken = { ...answer(0), answers: 'không phải danh sách câu trả lời' };
    const bad = await outbox.enqueue(broken, { endpoint: endpoint(server) });
    const item = await failed;
    expect(item.seq).to.equal(bad.seq);
    expect(item.state).to.equal('failed');
    expect(item.error).to.deep.include({ code: 'unprocessable', status: 422, serverCode: 'contract_violation' });
    expect(item.error?.issues?.[0]?.path, "the server's finding").to.deep.equal(['answers']);
    expect(item.error?.message.vi).to.equal('Máy chủ từ chối dữ liệu vì không đúng quy định (mã 422).');
    expect(item.payload).to.deep.equal(broken, 'a failed item keeps its payload so it can be looked at and retried');
    await outbox.whenIdle();
    expect((await received(server)).requests).to.have.length(1, '4xx is not retried');

    await outbox.enqueue(answer(2), { endpoint: endpoint(server) });
    await until(async () => (await states(outbox))[1] === 'sent', 3000, 'next item sent');
    expect(await states(outbox)).to.deep.equal(['failed', 'sent']);

    // Retried by hand, the same refused data is refused again, once: nothing loops.
    await outbox.retry(bad.seq);
    await until(async () => (await outbox.list())[0]!.attempts === 2, 3000, 'retried');
    expect(await states(outbox)).to.deep.equal(['failed', 'sent']);
    const { stored, requests } = await received(server);
    expect(stored.map((s) => s.key)).to.deep.equal([(await outbox.list())[1]!.idempotencyKey]);
    expect(requests.filter((r) => r.idempotencyKey === bad.idempotencyKey)).to.have.length(2);
  });

  it('a new Outbox on the same database (a reload) sends what was left pending', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const before = make({ auto: false });
    await before.enqueue(answer(1), { endpoint: endpoint(server) });
    await before.enqueue(answer(2), { endpoint: endpoint(server) });
    await before.close();
    expect((await received(server)).requests).to.have.length(0);

    const after = make();
    await until(async () => (await states(after)).every((s) => s === 'sent'), 3000, 'sent after reload');
    expect((await received(server)).stored.map((s) => s.body)).to.deep.equal([answer(1), answer(2)]);
  });

  it('a send cut off by closing the page is sent again with the same key and stored once', async () => {
    const server = await startServer({ behaviour: 'stall' });
    const first = make({ http: { timeoutMs: 10_000 } });
    const item = await first.enqueue(answer(1), { endpoint: endpoint(server) });
    await until(async () => (await received(server)).requests.length === 1, 3000, 'request reached the server');
    await first.close();
    const left = await make({ auto: false }).list();
    expect(left.map((i) => [i.state, i.attempts])).to.deep.equal([['pending', 0]], 'back in the queue, not lost');

    await setBehaviour(server, { behaviour: 'ok' });
    const second = make();
    await until(async () => (await states(second))[0] === 'sent', 3000, 'sent by the next page');
    const { requests, stored } = await received(server);
    expect(requests.map((r) => r.idempotencyKey)).to.deep.equal([item.idempotencyKey, item.idempotencyKey]);
    expect(stored).to.have.length(1);
  });

  it('two tabs flushing the same queue never send an item twice', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const tabA = make({ auto: false });
    const tabB = make({ auto: false });
    const keys: string[] = [];
    for (let n = 0; n < 6; n++) keys.push((await tabA.enqueue(answer(n), { endpoint: endpoint(server) })).idempotencyKey);
    const [a, b] = await Promise.all([tabA.flush(), tabB.flush()]);
    expect(a.sent + b.sent).to.equal(6);
    const { requests } = await received(server);
    expect(requests.map((r) => r.idempotencyKey)).to.deep.equal(keys);
  });

  it('without Web Locks, the atomic claim in IndexedDB still keeps two tabs from sending an item twice', async () => {
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
    try {
      const server = await startServer({ behaviour: 'ok' });
      const tabA = make({ auto: false });
      const tabB = make({ auto: false });
      const keys: string[] = [];
      for (let n = 0; n < 6; n++) keys.push((await tabA.enqueue(answer(n), { endpoint: endpoint(server) })).idempotencyKey);
      const [a, b] = await Promise.all([tabA.flush(), tabB.flush()]);
      expect(a.sent + b.sent).to.equal(6);
      const { requests } = await received(server);
      expect(requests.map((r) => r.idempotencyKey)).to.have.members(keys);
      expect(requests).to.have.length(6);
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
    expect(navigator.locks).to.not.equal(undefined);
  });

  it('tells other tabs about changes', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const sender = make({ auto: false });
    const watcher = make({ auto: false });
    const seen: string[] = [];
    watcher.addEventListener('change', (e) => seen.push(e.detail.item.state));
    await sender.enqueue(answer(1), { endpoint: endpoint(server) });
    await sender.flush();
    await until(() => seen.includes('sent'), 3000, 'change seen by the other tab');
    expect(seen).to.deep.equal(['pending', 'sending', 'sent']);
  });

  it('enqueuing the same idempotency key twice keeps one item', async () => {
    const outbox = make({ auto: false });
    const one = await outbox.enqueue(answer(1), { endpoint: '/x', idempotencyKey: 'k' });
    const two = await outbox.enqueue(answer(1), { endpoint: '/x', idempotencyKey: 'k' });
    expect(two.seq).to.equal(one.seq);
    expect(await outbox.list()).to.have.length(1);
  });

  it('a 2xx that is not the contract\'s answer (an HTML page) is not a delivery: queued, then sent once', async () => {
    const server = await startServer({ behaviour: 'garbage', garbage: 'html' });
    const outbox = make({ auto: false });
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    expect((await outbox.list())[0]!.error?.code).to.equal('invalid_response');
    await setBehaviour(server, { behaviour: 'ok' });
    expect(await outbox.flush({ force: true })).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    expect((await received(server)).stored).to.have.length(1);
  });

  it('a redirect to the portal\'s sign-in page keeps the item queued and asks for sign-in; after sign-in it is sent once', async () => {
    const server = await startServer({ behaviour: 'login-redirect' });
    const outbox = make({ auto: false });
    const asked = new Promise<OutboxItem>((resolve) => outbox.addEventListener('auth-required', (e) => resolve(e.detail.item), { once: true }));
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    const item = await asked;
    expect(item.state).to.equal('pending');
    expect(item.error?.code).to.equal('unauthorized');
    expect(item.error?.detail).to.contain('/login');
    expect((await received(server)).stored).to.have.length(0);
    await setBehaviour(server, { behaviour: 'ok' });
    expect(await outbox.flush({ force: true })).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    expect((await received(server)).stored).to.have.length(1);
  });

  it('a redirect to a page that answers 404 is not the server refusing the item: kept, sign-in asked, then sent once', async () => {
    // Seen in the 100-response fault run: the session ended, and the sign-in page it led to failed.
    const server = await startServer({ behaviour: 'login-redirect', loginStatus: 404 });
    const outbox = make({ auto: false });
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    const [item] = await outbox.list();
    expect([item!.state, item!.error?.code]).to.deep.equal(['pending', 'unauthorized']);
    expect(item!.error?.detail).to.contain('which answered 404');
    await setBehaviour(server, { behaviour: 'ok' });
    expect(await outbox.flush({ force: true })).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    expect((await received(server)).stored).to.have.length(1);
  });

  for (const status of [401, 403]) {
    it(`${status} from the contract server keeps the item queued (auth-required), never gives it up`, async () => {
      // Appending to the ledger needs a session: none (401), or one without that right (403).
      const server = await startServer({ behaviour: 'ok', auth: { token: 'ke-toan', limited: { token: 'khach', may: [] } } });
      const headers: Record<string, string> = status === 403 ? { Authorization: 'Bearer khach' } : {};
      const outbox = make({ auto: false, http: { headers } });
      let asked = 0;
      outbox.addEventListener('auth-required', () => asked++);
      await outbox.enqueue(nextLedgerEntry(SEEDED.ledger.at(-1)!, status), { endpoint: `${server.url}/ledger/entries` });
      expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
      expect(asked).to.equal(1);
      const [item] = await outbox.list();
      expect(item!.state).to.equal('pending');
      expect(item!.error).to.deep.include({ code: status === 401 ? 'unauthorized' : 'forbidden', status });
      expect((await received(server)).stored).to.have.length(0);
    });
  }

  it('429: waits as Retry-After says, then sends; nothing is given up', async () => {
    const server = await startServer({ behaviour: '429', failures: 1, retryAfter: 2 });
    const outbox = make({ auto: false });
    await outbox.enqueue(answer(1), { endpoint: endpoint(server) });
    const before = Date.now();
    expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 0, pending: 1 });
    const [item] = await outbox.list();
    expect(item!.state).to.equal('pending');
    expect(item!.nextAttemptAt! - before).to.be.at.least(1900, 'not before Retry-After');
    expect((await received(server)).requests).to.have.length(1, 'no retry inside the Retry-After window');
  });

  it('sends FHIR payloads with the FHIR content type and keeps the answer when asked', async () => {
    const server = await startServer({ behaviour: 'fhir' });
    const outbox = make({ auto: false, keepSentPayload: true });
    await outbox.enqueue(
      { resourceType: 'QuestionnaireResponse', status: 'completed' },
      { endpoint: `${server.url}/QuestionnaireResponse`, format: 'fhir' },
    );
    await outbox.flush();
    const [item] = await outbox.list();
    expect(item!.state).to.equal('sent');
    expect(item!.response).to.deep.include({ resourceType: 'QuestionnaireResponse' });
    expect((await received(server)).requests[0]!.contentType).to.equal('application/fhir+json');
  });

  it('gives up an item when an injected transport rejects with a non-retryable error', async () => {
    const outbox = make({
      auto: false,
      transport: () => Promise.reject(new DataSourceError({ code: 'unprocessable', status: 422 })),
    });
    await outbox.enqueue(answer(1), { endpoint: '/x' });
    expect(await outbox.flush()).to.deep.equal({ sent: 0, failed: 1, pending: 0 });
    expect((await outbox.list())[0]!.error?.code).to.equal('unprocessable');
  });
});
