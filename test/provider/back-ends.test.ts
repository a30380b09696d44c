import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/resident-card.js';
import '../../src/define/stat-chart.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import type { AuthRequiredDetail } from '../../src/base/events.js';
import { clickRetry, mountInProvider, stateOf } from '../helpers/provider.js';
import { RestSource } from '../../src/data/rest-source.js';
import { allShadowText } from '../helpers/dom.js';
import { SEEDED } from '../data/contract-data.js';
import { disposeServers, setBehaviour, startServer, until, type Behaviour } from '../data/servers.js';

// Elements on the REST contract server (openapi-backend on docs/contract/rest.yaml), through
// `<ansinh-provider endpoint>`, and what they show when that server fails in the ways real ones do.

const resident = SEEDED.residents[0]!;

const cardOn = (url: string, lang: 'vi' | 'en' = 'vi') =>
  mountInProvider<AnsinhResidentCard>(html`<ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>`, { endpoint: url, lang });

describe('elements on the REST contract server', () => {
  after(disposeServers);

  it('the resident card and a chart load through <ansinh-provider endpoint>', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider endpoint=${server.url}>
      <ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>
      <ansinh-stat-chart dataset-id=${SEEDED.dataset} type="bar"></ansinh-stat-chart>
    </ansinh-provider>`);
    const card = provider.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    const chart = provider.querySelector<AnsinhStatChart>('ansinh-stat-chart')!;
    await until(() => allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 5000, 'card loaded');
    await until(() => chart.data?.id === SEEDED.dataset, 5000, 'dataset loaded');
    expect(chart.shadowRoot!.querySelector('ansinh-state[kind="error"], [role="alert"]')).to.equal(null);
  });

  const faults: { name: string; config: { behaviour: Behaviour; garbage?: 'json' | 'html' | 'object' }; vi: string; en: string }[] = [
    { name: 'an HTML error page', config: { behaviour: 'garbage', garbage: 'html' }, vi: 'Máy chủ trả về dữ liệu không đọc được', en: 'The server sent a response that could not be read' },
    { name: 'broken JSON', config: { behaviour: 'garbage', garbage: 'json' }, vi: 'Máy chủ trả về dữ liệu không đọc được', en: 'The server sent a response that could not be read' },
    { name: '500', config: { behaviour: 'fail-5xx-then-ok' }, vi: 'mã 503', en: 'status 503' },
  ];
  for (const fault of faults) {
    it(`${fault.name}: an error state naming the cause, in vi and en, with a retry that then loads`, async () => {
      const server = await startServer({ ...fault.config, ...(fault.config.behaviour === 'fail-5xx-then-ok' ? { failures: 100 } : {}) });
      for (const lang of ['vi', 'en'] as const) {
        const card = await cardOn(server.url, lang);
        await until(() => stateOf(card)?.kind === 'error', 20000, 'error state');
        const state = stateOf(card)!;
        expect(state.text).to.contain(lang === 'vi' ? fault.vi : fault.en);
        expect(state.alert, 'role="alert"').to.equal(true);
        expect(state.retry, 'a retry button').to.equal(true);
      }
      await setBehaviour(server, { behaviour: 'ok' });
      const card = await cardOn(server.url);
      await until(() => allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 20000, 'loaded once the server is well');
    });
  }

  it('a record that breaks the contract is the contract error state, not a broken card', async () => {
    const server = await startServer({ behaviour: 'garbage', garbage: 'object' });
    const card = await cardOn(server.url, 'en');
    await until(() => card.shadowRoot!.querySelector('[role="alert"], ansinh-state[kind="error"]'), 5000, 'contract error');
    expect(allShadowText(card)).not.to.contain('undefined');
  });

  it('a hang ends in a timeout state; leaving the page aborts the request', async () => {
    const server = await startServer({ behaviour: 'stall' });
    const source = new RestSource(server.url, { timeoutMs: 400, retry: { maxAttempts: 1 } });
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider lang="en" .source=${source}>
      <ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>
    </ansinh-provider>`);
    const card = provider.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    expect(card.shadowRoot!.querySelector('[role="status"][aria-busy="true"]'), 'loading, its size kept').to.exist;
    await until(() => stateOf(card)?.kind === 'error', 5000, 'timeout state');
    expect(stateOf(card)!.text).to.contain('400 ms');
  });

  it('401: "sign in" with a retry, and ansinh-auth-required for the page to open its sign-in', async () => {
    const server = await startServer({ behaviour: 'ok', auth: { token: 'phien-123' } });
    let token = '';
    const source = new RestSource(server.url, { headers: (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {}) });
    const events: AuthRequiredDetail[] = [];
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${source} @ansinh-auth-required=${(e: CustomEvent<AuthRequiredDetail>) => events.push(e.detail)}>
      <ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>
    </ansinh-provider>`);
    const card = provider.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    await until(() => stateOf(card)?.kind === 'error', 5000, 'sign-in state');
    expect(stateOf(card)).to.deep.include({ heading: 'Cần đăng nhập', retry: true, alert: true });
    expect(stateOf(card)!.text).to.contain('Cần đăng nhập để thực hiện thao tác này (mã 401)');
    expect(events).to.have.length(1);
    expect(events[0]!.error?.code).to.equal('unauthorized');
    // Signed in: the retry button loads the card.
    token = 'phien-123';
    clickRetry(card);
    await until(() => allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 5000, 'loaded after sign-in');
  });
});
