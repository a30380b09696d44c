import { expect, html } from '@open-wc/testing';
import '../../src/define/donation-ledger.js';
import { mountInProvider, type ProviderAttrs } from '../helpers/provider.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { sampleLedger } from '../../src/sample/index.js';
import { SEEDED } from '../data/contract-data.js';
import { disposeServers, received, restartServer, startServer, stopServer, until } from '../data/servers.js';
import { RestSource } from '../../src/data/rest-source.js';

// <ansinh-donation-ledger> reading its entries from the provider when none are handed in: from
// the REST contract server page by page (the first page painted at once), from a source that
// only lists, one fund, and the failures of a real server.

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: AnsinhDonationLedger) => el.visibleRows.length;
const progress = (el: AnsinhDonationLedger) => plain(el.shadowRoot!.querySelector('.progress')?.textContent);

const ledgerIn = (attrs: ProviderAttrs & { fundId?: string }) =>
  mountInProvider<AnsinhDonationLedger>(html`<ansinh-donation-ledger fund-id=${attrs.fundId ?? ''} today="2025-03-01"></ansinh-donation-ledger>`, attrs);

describe('<ansinh-donation-ledger> through the provider', () => {
  after(disposeServers);

  it('REST: the entries, the funds and the disclosure; the chain verified', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const el = await ledgerIn({ endpoint: server.url });
    await until(() => el.chain?.ok, 8000, 'chain verified');
    await el.ready;
    expect(rows(el)).to.equal(SEEDED.ledger.length);
    expect(el.funds.length).to.be.greaterThan(0);
    // Once in a fresh-clone run Firefox had no disclosure yet after `ready` (not reproduced; see
    // docs/status.md): wait for it, so the run goes on, and fail if it never comes.
    await until(() => el.disclosure !== undefined, 8000, 'the disclosure');
    expect(el.disclosure?.entryCount).to.equal(3);
    const paths = (await received(server)).requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).to.include.members(['GET /ledger/entries', 'GET /funds', 'GET /ledger/disclosure']);
  });

  it('REST, 2,000 entries: the first page is shown while the rest arrive ("n/N"), then the whole chain is verified', async () => {
    const server = await startServer({ behaviour: 'ok', ledgerSize: 2000 });
    const el = await ledgerIn({ endpoint: server.url });
    await until(() => rows(el) > 0, 8000, 'first rows');
    const seenWhileLoading = progress(el);
    await until(() => el.chain?.ok, 20000, 'chain verified');
    await el.ready;
    expect(seenWhileLoading).to.match(/Đang nạp sổ: [\d.]+\/2\.000 bút toán/);
    expect(el.shadowRoot!.querySelector('.progress')).to.equal(null);
    expect(el.chain!.hashes.length).to.equal(2000);
    const gets = (await received(server)).requests.filter((r) => r.path === '/ledger/entries');
    expect(gets.length).to.equal(4, 'pages of 500');
    expect(gets[0]!.query).to.deep.equal({ limit: '500' });
  });

  it('a source that only lists (MemorySource), and one fund: only its entries, the chain not claimed', async () => {
    const entries = sampleLedger().slice(0, 40);
    const fund = entries[0]!.fundId;
    const source = new MemorySource({ ledgerEntries: entries });
    const whole = await ledgerIn({ source });
    await until(() => whole.chain?.ok, 8000, 'chain verified');
    expect(rows(whole)).to.be.greaterThan(0);
    const one = await ledgerIn({ source, fundId: fund });
    await until(() => rows(one) > 0, 8000, 'fund rows');
    await one.ready;
    const ids = one.visibleRows.map((r) => r.id);
    const expected = entries.filter((e) => e.fundId === fund).map((e) => e.id);
    expect([...ids].sort()).to.deep.equal([...expected].sort());
    expect(one.chain, 'one fund is not the whole chain').to.equal(undefined);
  });

  it('a server failure is an error state with a retry; entries handed in win over the source', async () => {
    const server = await startServer({ behaviour: 'fail-5xx-then-ok', failures: 100 });
    const el = await ledgerIn({ endpoint: server.url, lang: 'en' });
    await until(() => el.shadowRoot!.querySelector('ansinh-state[kind="error"]'), 20000, 'error state');
    const state = el.shadowRoot!.querySelector('ansinh-state')!;
    expect(state.getAttribute('heading')).to.equal('The ledger could not be loaded');
    expect(plain(state.textContent)).to.contain('status 503');
    expect(state.hasAttribute('retry')).to.equal(true);
    el.entries = sampleLedger().slice(0, 5);
    await until(() => el.chain?.ok, 8000, 'handed-in entries verified');
    expect(el.shadowRoot!.querySelector('ansinh-state[kind="error"]')).to.equal(null);
  });

  it('offline: the last ledger this page read, labelled, then read again when the connection is back', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const source = new RestSource(server.url, { timeoutMs: 1000, retry: { maxAttempts: 1 } });
    const first = await ledgerIn({ source });
    await until(() => first.chain?.ok, 8000, 'read once');
    await stopServer(server);
    const again = await ledgerIn({ source });
    await until(() => again.shadowRoot!.querySelector('ansinh-state[kind="offline"]'), 8000, 'offline state');
    await until(() => again.chain?.ok, 8000, 'the ledger read before, verified');
    expect(rows(again)).to.equal(SEEDED.ledger.length);
    expect(plain(again.shadowRoot!.querySelector('ansinh-state[kind="offline"]')!.textContent)).to.match(/đang hiển thị dữ liệu đã tải lúc \d{2}:\d{2}/);
    await restartServer(server, { behaviour: 'ok' });
    window.dispatchEvent(new Event('online'));
    await until(() => !again.shadowRoot!.querySelector('ansinh-state[kind="offline"]'), 8000, 'read again');
  });
});
