import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/survey.js';
import type { AnsinhSurveyEventMap } from '../../src/components/survey/survey.js';
import { nextEvent } from '../helpers/events.js';
import type { SurveyResponse } from '../../src/contract/survey.js';
import type { Outbox } from '../../src/data/outbox.js';
import { $, fillAndSend, freshDb, quickOutbox, serverData, standalone, startServer, stopServer, until, visibleText } from './helpers.js';
import * as data from '../data/servers.js';

describe('<ansinh-survey> on its own with an endpoint', () => {
  const open: Outbox[] = [];
  after(data.disposeServers);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });

  it('stores the response in the outbox before sending, then shows "Đã gửi"', async () => {
    const server = await startServer();
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/survey-responses`, outbox);
    const sent = nextEvent<AnsinhSurveyEventMap, 'ansinh-sent'>(el, 'ansinh-sent');
    const response = await fillAndSend(el, 1);
    const queuedItem = (await outbox.list()).find((i) => i.idempotencyKey === response.id);
    expect(queuedItem, 'in the outbox').to.exist;
    const detail = (await sent).detail;
    expect(detail.idempotencyKey).to.equal(response.id);
    await el.updateComplete;
    const status = $(el, '[part=status]');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Đã gửi');
    const { stored, requests } = await serverData(server);
    expect(stored).to.have.length(1);
    expect((stored[0]!.body as SurveyResponse).id).to.equal(response.id);
    expect(requests[0]!.idempotencyKey).to.equal(response.id);
    expect(visibleText(el)).to.contain('Xin trân trọng cảm ơn');
    await expect(el).to.be.accessible();
    await stopServer(server);
  });

  it('while the server is down says it is saved on this device; retries 5xx until accepted', async () => {
    const server = await startServer();
    await stopServer(server);
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/survey-responses`, outbox);
    const response = await fillAndSend(el, 7);
    expect($(el, '[part=status]').textContent).to.contain('Đã lưu trên thiết bị này, sẽ gửi khi có mạng');
    await until(async () => ((await outbox.list())[0]?.attempts ?? 0) >= 2, 5000, 'failed attempts');
    // Back up, but answering 503 twice first.
    await data.restartServer(server, { behaviour: 'fail-5xx-then-ok', failures: 2 });
    await oneEvent(el, 'ansinh-sent');
    await el.updateComplete;
    expect($(el, '[part=status]').textContent).to.contain('Đã gửi');
    const { stored, requests } = await serverData(server);
    expect(stored.map((s) => (s.body as SurveyResponse).id)).to.deep.equal([response.id]);
    expect(requests.filter((r) => r.idempotencyKey === response.id).length).to.be.greaterThanOrEqual(3);
    await stopServer(server);
  });

  it('a 4xx gives the response up with ansinh-failed and tells the respondent', async () => {
    const server = await startServer();
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/no-such-endpoint`, outbox);
    const failed = nextEvent<AnsinhSurveyEventMap, 'ansinh-failed'>(el, 'ansinh-failed');
    await fillAndSend(el, 2);
    const detail = (await failed).detail;
    expect(detail.error?.status).to.equal(404);
    await el.updateComplete;
    expect($(el, '[part=status]').textContent).to.contain('Máy chủ không nhận phiếu này');
    await stopServer(server);
  });

  it('a session that ended (redirect to the sign-in page) keeps the response and asks for sign-in; sent once after', async () => {
    const server = await data.startServer({ behaviour: 'login-redirect' });
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/survey-responses`, outbox);
    const asked = nextEvent<AnsinhSurveyEventMap, 'ansinh-auth-required'>(el, 'ansinh-auth-required');
    const response = await fillAndSend(el, 8);
    const detail = (await asked).detail;
    expect(detail.idempotencyKey).to.equal(response.id);
    expect(detail.error?.code).to.equal('unauthorized');
    await el.updateComplete;
    expect($(el, '[part=status]').textContent).to.contain('Cần đăng nhập lại để gửi');
    expect((await data.received(server)).stored).to.have.length(0);
    // Signed in again (in another tab): the next attempt goes through, once.
    await data.setBehaviour(server, { behaviour: 'ok' });
    const sent = oneEvent(el, 'ansinh-sent');
    await outbox.flush({ force: true });
    await sent;
    await el.updateComplete;
    expect($(el, '[part=status]').textContent).to.contain('Đã gửi');
    expect((await data.received(server)).stored.map((s) => (s.body as SurveyResponse).id)).to.deep.equal([response.id]);
    await data.disposeServers();
  });

  it('the thank-you screen never shows the previous response\'s "Đã gửi" for the next one', async () => {
    const server = await data.startServer({ behaviour: 'ok' });
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/survey-responses`, outbox);
    const first = oneEvent(el, 'ansinh-sent');
    await fillAndSend(el, 11);
    await first;
    await el.updateComplete;
    expect($(el, '[part=status]').textContent).to.contain('Đã gửi');
    await data.setBehaviour(server, { behaviour: 'stall' });
    await fillAndSend(el, 12);
    const status = $(el, '[part=status]').textContent ?? '';
    expect(status).not.to.contain('Đã gửi');
    expect(status).to.match(/Đã lưu trên thiết bị này|Đang gửi/);
    await data.disposeServers();
  });

  it('format="fhir" posts to a FHIR endpoint with the FHIR media type', async () => {
    const server = await data.startServer({ behaviour: 'fhir' });
    const outbox = quickOutbox(freshDb());
    open.push(outbox);
    const el = await standalone(`${server.url}/QuestionnaireResponse`, outbox, 'fhir');
    const sent = oneEvent(el, 'ansinh-sent');
    const response = await fillAndSend(el, 3);
    await sent;
    const { stored, requests } = await serverData(server);
    expect(stored).to.have.length(1);
    const qr = stored[0]!.body as { resourceType: string; status: string; item: unknown[] };
    expect(qr.resourceType).to.equal('QuestionnaireResponse');
    expect(qr.status).to.equal('completed');
    expect(JSON.stringify(qr.item)).to.contain('Phiếu số 3');
    // The phone number (contact) is identity data: not exported by default.
    expect(JSON.stringify(qr)).not.to.contain('0912');
    // A FHIR server ignores Idempotency-Key: the response is a conditional create on its identifier.
    const identifier = (qr as unknown as { identifier: { system: string; value: string } }).identifier;
    expect(identifier.value).to.equal(response.id);
    expect(requests[0]!.ifNoneExist).to.equal(
      `identifier=${encodeURIComponent(identifier.system)}|${encodeURIComponent(response.id)}`,
    );
    expect(requests[0]!.path).to.equal('/QuestionnaireResponse');
    expect((requests[0] as unknown as { contentType: string }).contentType).to.contain('application/fhir+json');
    await stopServer(server);
  });

  it('end to end: server killed mid-run, page reloaded, server back: every response stored exactly once', async () => {
    const server = await startServer();
    const db = freshDb();
    const endpoint = `${server.url}/survey-responses`;
    let outbox = quickOutbox(db);
    let el = await standalone(endpoint, outbox);
    const ids: string[] = [];
    // Three responses while the server is up.
    for (let n = 1; n <= 3; n++) {
      const sent = oneEvent(el, 'ansinh-sent');
      ids.push((await fillAndSend(el, n)).id);
      await sent;
    }
    expect((await serverData(server)).stored).to.have.length(3);
    // The server dies; two more responses are kept on the device.
    await stopServer(server);
    for (let n = 4; n <= 5; n++) ids.push((await fillAndSend(el, n)).id);
    expect($(el, '[part=status]').textContent).to.contain('Đã lưu trên thiết bị này');
    // Sent in order: the first waiting one is tried (and fails), the next waits behind it.
    await until(async () => {
      const waiting = (await outbox.list()).filter((i) => i.state !== 'sent');
      return waiting.length === 2 && waiting[0]!.attempts >= 2;
    }, 5000, 'failed attempts');
    // A third one is submitted and the page "reloads" at once.
    ids.push((await fillAndSend(el, 6)).id);
    el.remove();
    await outbox.close();
    // The reloaded page: a new outbox on the same database and a new element.
    outbox = quickOutbox(db);
    el = await standalone(endpoint, outbox);
    await until(() => visibleText(el).includes('đang chờ gửi'), 3000, 'waiting count');
    expect(visibleText(el)).to.contain('3 phiếu đã lưu trên thiết bị này đang chờ gửi');
    const sentAfterReload: string[] = [];
    el.addEventListener('ansinh-sent', (e) => sentAfterReload.push(e.detail.idempotencyKey));
    // The server comes back on the same address, with what it had stored.
    await data.restartServer(server, { behaviour: 'ok' });
    await until(async () => (await serverData(server)).stored.length >= 6, 10000, 'all six stored');
    await until(() => sentAfterReload.length === 3, 5000, 'ansinh-sent after reload');
    await outbox.flush();
    await new Promise((r) => setTimeout(r, 300));
    const stored = (await serverData(server)).stored.map((s) => (s.body as SurveyResponse).id);
    expect(stored.sort()).to.deep.equal([...ids].sort());
    expect(new Set(stored).size).to.equal(6);
    expect((await outbox.list()).every((i) => i.state === 'sent')).to.be.true;
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('đang chờ gửi');
    await outbox.close();
    await stopServer(server);
  });
});
