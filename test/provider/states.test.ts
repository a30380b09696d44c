import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/resident-card.js';
import '../../src/define/care-plan-editor.js';
import '../../src/define/survey.js';
import '../../src/define/survey-results.js';
import '../../src/define/stat-chart.js';
import '../../src/define/stat-figure.js';
import '../../src/define/donation-ledger.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { AnsinhSurveyResults } from '../../src/components/survey-results/survey-results.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import type { AuthRequiredDetail } from '../../src/base/events.js';
import { RestSource } from '../../src/data/rest-source.js';
import { allShadowText } from '../helpers/dom.js';
import { clickRetry, mountInProvider, stateOf } from '../helpers/provider.js';
import { SEEDED } from '../data/contract-data.js';
import { disposeServers, restartServer, setBehaviour, startServer, stopServer, until, type DataServer } from '../data/servers.js';

// Every element that reads through <ansinh-provider>, in every state a real back end puts it in:
// loading, empty, error, offline and sign-in needed. The back end is the REST contract server
// (openapi-backend on docs/contract/rest.yaml) with the fault proxy in front of it; nothing is
// stubbed in the page. Each element × state is its own test, so a gap shows by name.

interface Case {
  name: string;
  /** The element, reading the record `id` (the ledger reads the whole ledger and ignores it). */
  mount: (id: string) => TemplateResult;
  /** A record the REST server holds. */
  id: string;
  /** What a user sees once it has loaded. */
  loaded: (el: HTMLElement) => boolean;
  /** Does the contract make this read sign-in only (then a real 401), or is it public (then the portal's login redirect)? */
  signIn: boolean;
  /** How the element says it has nothing: a record that is not there, or an empty list. */
  empty: { id?: string; ledgerSize?: number; text: string };
}

const resident = SEEDED.residents[0]!;
const surname = resident.fullName.split(' ').at(-1)!;

const CASES: Case[] = [
  {
    name: 'resident card',
    mount: (id) => html`<ansinh-resident-card resident-id=${id}></ansinh-resident-card>`,
    id: resident.id,
    loaded: (el) => allShadowText(el).includes(surname),
    signIn: true,
    empty: { id: 'khong-co-ai', text: 'Không tìm thấy hồ sơ' },
  },
  {
    name: 'care-plan editor',
    mount: (id) => html`<ansinh-care-plan-editor plan-id=${id} today="2026-11-22"></ansinh-care-plan-editor>`,
    id: SEEDED.carePlan.id,
    loaded: (el) => (el as AnsinhCarePlanEditor).plan?.id === SEEDED.carePlan.id && !stateOf(el) && allShadowText(el).includes(SEEDED.carePlan.careTeam[0]!.name),
    signIn: true,
    empty: { id: 'khong-co-ke-hoach', text: 'Không tìm thấy dữ liệu' },
  },
  {
    name: 'survey',
    mount: (id) => html`<ansinh-survey survey-id=${id} no-draft></ansinh-survey>`,
    id: SEEDED.survey,
    loaded: (el) => (el as AnsinhSurvey).definition?.id === SEEDED.survey && !stateOf(el) && el.shadowRoot!.querySelectorAll('[part="question"]').length > 10,
    signIn: false,
    empty: { id: 'khong-co-phieu', text: 'Không tìm thấy dữ liệu' },
  },
  {
    name: 'survey results',
    mount: (id) => html`<ansinh-survey-results survey-id=${id}></ansinh-survey-results>`,
    id: SEEDED.survey,
    loaded: (el) => (el as AnsinhSurveyResults).definition?.id === SEEDED.survey,
    signIn: true,
    // The server holds the form and no responses yet.
    empty: { text: 'Chưa có phiếu' },
  },
  {
    name: 'statistics chart',
    mount: (id) => html`<ansinh-stat-chart dataset-id=${id} type="bar"></ansinh-stat-chart>`,
    id: SEEDED.dataset,
    loaded: (el) => (el as AnsinhStatChart).data?.id === SEEDED.dataset,
    signIn: false,
    empty: { id: 'khong-co-so-lieu', text: 'Không tìm thấy dữ liệu' },
  },
  {
    name: 'statistics figure',
    mount: (id) => html`<ansinh-stat-figure dataset-id=${id}></ansinh-stat-figure>`,
    id: SEEDED.dataset,
    loaded: (el) => !!el.shadowRoot!.querySelector('[part="value"]'),
    signIn: false,
    empty: { id: 'khong-co-so-lieu', text: 'Không tìm thấy dữ liệu' },
  },
  {
    name: 'donation ledger',
    mount: () => html`<ansinh-donation-ledger today="2026-11-22"></ansinh-donation-ledger>`,
    id: '',
    loaded: (el) => (el as AnsinhDonationLedger).chain?.ok === true && (el as AnsinhDonationLedger).visibleRows.length === SEEDED.ledger.length,
    signIn: false,
    empty: { ledgerSize: 0, text: 'Sổ chưa có bút toán' },
  },
];

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A source that fails at once (no retries), so the states show without waiting out a backoff. */
const quick = (server: DataServer, init: ConstructorParameters<typeof RestSource>[1] = {}) =>
  new RestSource(server.url, { timeoutMs: 3000, retry: { maxAttempts: 1 }, ...init });

for (const c of CASES) {
  describe(`${c.name}: every state from a real back end`, () => {
    after(disposeServers);

    it('loading: a polite busy status that keeps its place', async () => {
      const server = await startServer({ behaviour: 'stall' });
      const el = await mountInProvider<HTMLElement>(c.mount(c.id), { source: quick(server, { timeoutMs: 60000 }) });
      const busy = await until(() => el.shadowRoot!.querySelector('[aria-busy="true"], ansinh-state[kind="loading"]'), 3000, 'loading');
      const status = busy.matches('[role="status"]') ? busy : busy.shadowRoot?.querySelector('[role="status"]');
      expect(status, 'announced as a status').to.exist;
      expect(el.getBoundingClientRect().height, 'keeps its place').to.be.greaterThan(40);
      expect(allShadowText(el)).not.to.contain('undefined');
      expect(allShadowText(el), 'no "nothing here" claim while loading').not.to.match(/Sổ chưa có bút toán|Không có bút toán nào khớp|Chưa có phiếu/);
    });

    it('empty: says there is nothing, not an error and not a blank', async () => {
      const server = await startServer({ behaviour: 'ok', ...(c.empty.ledgerSize !== undefined ? { ledgerSize: c.empty.ledgerSize } : {}) });
      const el = await mountInProvider<HTMLElement>(c.mount(c.empty.id ?? c.id), { source: quick(server) });
      const empty = await until(() => el.shadowRoot!.querySelector('ansinh-state[kind="empty"]'), 5000, 'the empty state');
      expect(plain(empty.getAttribute('heading') ?? empty.textContent)).to.contain(c.empty.text);
      expect(el.shadowRoot!.querySelector('ansinh-state[kind="error"], [role="alert"]')?.outerHTML ?? 'none', 'no error').to.equal('none');
    });

    it('error (503): names the cause in vi and en, role="alert", and its retry loads once the server is well', async () => {
      const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 1000 });
      const source = quick(server);
      const els: HTMLElement[] = [];
      for (const lang of ['vi', 'en'] as const) {
        const el = await mountInProvider<HTMLElement>(c.mount(c.id), { source, lang });
        await until(() => stateOf(el)?.kind === 'error', 5000, 'error state');
        const state = stateOf(el)!;
        expect(state.text).to.contain(lang === 'vi' ? 'mã 503' : 'status 503');
        // Headed by what failed to load ("Không tải được hồ sơ", "… sổ quyên góp", or "… dữ liệu").
        expect(state.heading).to.match(lang === 'vi' ? /^Không tải được / : /could not be loaded$/);
        expect(state.alert, 'role="alert"').to.equal(true);
        expect(state.retry, 'a retry button').to.equal(true);
        els.push(el);
      }
      await setBehaviour(server, { behaviour: 'ok' });
      clickRetry(els[1]!);
      await until(() => c.loaded(els[1]!), 5000, 'loaded after retry');
      expect(stateOf(els[1]!)?.kind ?? 'none').not.to.equal('error');
    });

    it('offline: the data this page last read, labelled with its time, read again when the connection is back', async () => {
      const server = await startServer({ behaviour: 'ok' });
      const source = quick(server, { timeoutMs: 1000 });
      const first = await mountInProvider<HTMLElement>(c.mount(c.id), { source });
      await until(() => c.loaded(first), 5000, 'read once');
      await stopServer(server);
      const again = await mountInProvider<HTMLElement>(c.mount(c.id), { source });
      const offline = await until(() => again.shadowRoot!.querySelector('ansinh-state[kind="offline"]'), 5000, 'offline state');
      // The saved copy is read from IndexedDB after the offline state is known: on a busy machine
      // the two are painted some frames apart.
      await until(() => c.loaded(again), 5000, 'the last data shown');
      expect(plain(offline.textContent)).to.match(/đang hiển thị dữ liệu đã tải lúc \d{2}:\d{2}/);
      expect(offline.hasAttribute('retry')).to.equal(true);
      await restartServer(server, { behaviour: 'ok' });
      window.dispatchEvent(new Event('online'));
      await until(() => !again.shadowRoot!.querySelector('ansinh-state[kind="offline"]') && c.loaded(again), 5000, 'read again');
    });

    it(`sign-in needed (${c.signIn ? 'a 401 from the contract server' : "the portal's login redirect"}): says so, fires ansinh-auth-required, and loads once signed in`, async () => {
      let token = '';
      const server = c.signIn ? await startServer({ behaviour: 'ok', auth: { token: 'phien-1' } }) : await startServer({ behaviour: 'login-redirect' });
      const source = quick(server, { headers: (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {}) });
      const events: AuthRequiredDetail[] = [];
      const onAuth = (e: Event) => events.push((e as CustomEvent<AuthRequiredDetail>).detail);
      document.addEventListener('ansinh-auth-required', onAuth);
      try {
        for (const lang of ['vi', 'en'] as const) {
          const el = await mountInProvider<HTMLElement>(c.mount(c.id), { source, lang });
          await until(() => stateOf(el)?.kind === 'error', 5000, 'sign-in state');
          const state = stateOf(el)!;
          expect(state.heading).to.equal(lang === 'vi' ? 'Cần đăng nhập' : 'Sign-in needed');
          expect(state.alert && state.retry, 'an alert with a retry').to.equal(true);
          expect(!!el.shadowRoot!.querySelector('ansinh-state[kind="empty"]'), 'never an empty widget').to.equal(false);
          if (lang === 'en') {
            expect(events.length, 'one ansinh-auth-required per element').to.equal(2);
            expect(events.every((d) => d.error?.code === 'unauthorized')).to.equal(true);
            // Signed in: the same element's retry loads it.
            token = 'phien-1';
            if (!c.signIn) await setBehaviour(server, { behaviour: 'ok' });
            clickRetry(el);
            await until(() => c.loaded(el), 5000, 'loaded after sign-in');
          }
        }
      } finally {
        document.removeEventListener('ansinh-auth-required', onAuth);
      }
    });
  });
}
