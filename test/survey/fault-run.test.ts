import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/survey.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { SurveyResponse } from '../../src/contract/survey.js';
import type { Outbox } from '../../src/data/outbox.js';
import { $, fillAndSend, freshDb, quickOutbox, until } from './helpers.js';
import { SMALL } from './fixtures.js';
import * as data from '../data/servers.js';

// A fault run: 100 survey responses sent through the form, as respondents would, to the REST
// contract server (openapi-backend on docs/contract/rest.yaml, which stores each response once per
// Idempotency-Key), while the network and the server fail in the ways real ones do: 5xx, a dropped
// connection, an answer lost after the server stored the response, a hang, 429 with Retry-After,
// the portal's session ending (a redirect to its sign-in page), the server going away, a page
// reload with responses still waiting, and a double click. The faults come from fast-check with a
// fixed seed (printed on failure, so a failing run can be replayed).
//
// What must hold: every response is stored exactly once; none is given up; the thank-you screen
// never says "Đã gửi" for a response the server has not acknowledged; a session that ended asks
// for sign-in and keeps the response.

type Fault = 'ok' | '5xx' | 'drop' | 'lost-answer' | 'stall' | '429' | 'sign-in' | 'offline' | 'reload' | 'double-click';
const FAULTS: Fault[] = ['ok', '5xx', 'drop', 'lost-answer', 'stall', '429', 'sign-in', 'offline', 'reload', 'double-click'];
const RUNS = 100;
const SEED = 20261207;

describe('<ansinh-survey>: 100 responses through the form while the back end fails', () => {
  after(data.disposeServers);

  it('every response is stored exactly once, none is given up, and the status never claims a delivery early', async function () {
    // About a minute: the 429s wait out Retry-After and the hangs their timeout, as a user's browser would.
    this.timeout(240_000);
    const plan = fc.sample(fc.constantFrom(...FAULTS), { numRuns: RUNS, seed: SEED });
    // Every fault at least once, whatever the seed draws.
    FAULTS.forEach((f, i) => (plan[i * 7] = f));

    let server = await data.startServer({ behaviour: 'ok' });
    const endpoint = () => `${server.url}/survey-responses`;
    const db = freshDb();
    let outbox: Outbox = quickOutbox(db, 400);
    const mount = () =>
      fixture<AnsinhSurvey>(html`<ansinh-survey endpoint=${endpoint()} db-name=${db} .outbox=${outbox} .definition=${SMALL}></ansinh-survey>`);
    let el = await mount();

    const sent = new Set<string>();
    const failed: string[] = [];
    const signIns: string[] = [];
    const early: string[] = [];
    const listen = (survey: AnsinhSurvey) => {
      survey.addEventListener('ansinh-sent', (e) => sent.add(e.detail.idempotencyKey));
      survey.addEventListener('ansinh-failed', (e) => failed.push(e.detail.idempotencyKey));
      survey.addEventListener('ansinh-auth-required', (e) => e.detail.idempotencyKey && signIns.push(e.detail.idempotencyKey));
    };
    listen(el);
    const responses: SurveyResponse[] = [];
    const statusOf = () => $(el, '[part=status]').textContent ?? '';

    for (let n = 1; n <= RUNS; n++) {
      const fault = plan[n - 1]!;
      switch (fault) {
        case '5xx':
          await data.setBehaviour(server, { behaviour: 'fail-5xx-then-ok', failures: 2 });
          break;
        case 'drop':
          await data.setBehaviour(server, { behaviour: 'drop-connection', failures: 1 });
          break;
        case 'lost-answer':
          await data.setBehaviour(server, { behaviour: 'lose-answer', failures: 1 });
          break;
        case 'stall':
          await data.setBehaviour(server, { behaviour: 'stall' });
          break;
        case '429':
          await data.setBehaviour(server, { behaviour: '429', failures: 1, retryAfter: 1 });
          break;
        case 'sign-in':
          await data.setBehaviour(server, { behaviour: 'login-redirect' });
          break;
        case 'offline':
          await data.stopServer(server);
          break;
        default:
          await data.setBehaviour(server, { behaviour: 'ok' });
      }

      const response = await fillAndSend(el, n, { doubleClick: fault === 'double-click' });
      responses.push(response);
      // At this moment the server cannot have acknowledged it unless it really did.
      if (statusOf().includes('Đã gửi') && !sent.has(response.id)) early.push(response.id);

      switch (fault) {
        case 'stall':
          // The request hangs until the outbox's timeout; then the server recovers.
          await until(() => !statusOf().includes('Đã gửi') || sent.has(response.id), 2000, 'a hang is not "Đã gửi"');
          await new Promise((r) => setTimeout(r, 450));
          await data.setBehaviour(server, { behaviour: 'ok' });
          break;
        case 'sign-in':
          await until(() => signIns.includes(response.id), 5000, `sign-in asked for response ${n}`);
          await el.updateComplete;
          expect(statusOf(), `response ${n}`).to.contain('Cần đăng nhập lại để gửi');
          // The respondent signs in again (in another tab); the outbox sends it on its next try.
          await data.setBehaviour(server, { behaviour: 'ok' });
          await outbox.flush({ force: true });
          break;
        case 'offline':
          await until(async () => ((await outbox.list()).find((i) => i.idempotencyKey === response.id)?.attempts ?? 0) >= 1, 5000, 'a failed attempt');
          // Kept on the device, or (between two tries) being sent again; never "sent".
          expect(statusOf(), `response ${n}`).to.match(/Đã lưu trên thiết bị này|Đang gửi/);
          server = await data.restartServer(server, { behaviour: 'ok' });
          break;
        case 'reload':
          // The page reloads at once, the response still waiting: a new outbox on the same database and a new form.
          el.remove();
          await outbox.close();
          outbox = quickOutbox(db, 400);
          el = await mount();
          listen(el);
          break;
        default:
          break;
      }
      // Acknowledged: the form said so, or (a reload while its answer came back) the outbox recorded it.
      const acknowledged = async () =>
        sent.has(response.id) || (fault === 'reload' && (await outbox.list()).some((i) => i.idempotencyKey === response.id && i.state === 'sent'));
      try {
        await until(acknowledged, 15000, 'acknowledged');
      } catch {
        const queue = (await outbox.list()).filter((i) => i.state !== 'sent');
        const now = Date.now();
        throw new Error(
          `response ${n} (${fault}) was not acknowledged; faults so far: ${plan.slice(0, n).join(' ')}; ` +
            `unsent: ${JSON.stringify(queue.map((i) => ({ key: i.idempotencyKey, state: i.state, attempts: i.attempts, waitMs: i.nextAttemptAt ? i.nextAttemptAt - now : null, error: i.error?.code })))}; ` +
            `this one: ${response.id}; status: ${statusOf()}`,
        );
      }
      if (failed.length) throw new Error(`given up: ${failed.join(', ')}`);
    }

    const stored = (await data.received(server)).stored.filter((s) => s.collection === 'surveyResponses').map((s) => (s.body as SurveyResponse).id);
    expect(stored.length, 'one record per response').to.equal(RUNS);
    expect(new Set(stored)).to.deep.equal(new Set(responses.map((r) => r.id)));
    expect(early, 'never "Đã gửi" before the server acknowledged').to.deep.equal([]);
    expect(failed).to.deep.equal([]);
    expect((await outbox.list()).every((i) => i.state === 'sent')).to.equal(true);
    await outbox.close();
  });
});
