import { expect, html } from '@open-wc/testing';
import '../../src/define/resident-card.js';
import '../../src/define/stat-figure.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import type { AnsinhStatFigure } from '../../src/components/stat-figure/stat-figure.js';
import { RestSource } from '../../src/data/rest-source.js';
import { allShadowText } from '../helpers/dom.js';
import { mountInProvider } from '../helpers/provider.js';
import { SEEDED } from '../data/contract-data.js';
import { disposeServers, restartServer, startServer, stopServer, until } from '../data/servers.js';

// The offline state: when the back end cannot be reached, an element shows what this page last
// read for the same record (from memory only), labelled with the time it was read and a retry;
// when the connection is back (`online`) it reads again. A record never read shows the error.

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const resident = SEEDED.residents[0]!;
const surname = resident.fullName.split(' ').at(-1)!;
const offlineState = (el: HTMLElement) => el.shadowRoot!.querySelector('ansinh-state[kind="offline"]');

describe('offline: the last data read, labelled, then read again when the connection is back', () => {
  after(disposeServers);

  it('a card and a figure read before show their data offline; a record never read shows the error', async () => {
    const server = await startServer({ behaviour: 'ok' });
    const source = new RestSource(server.url, { timeoutMs: 1000, retry: { maxAttempts: 1 } });
    const card = (id: string) => mountInProvider<AnsinhResidentCard>(html`<ansinh-resident-card resident-id=${id}></ansinh-resident-card>`, { source });
    const figure = () => mountInProvider<AnsinhStatFigure>(html`<ansinh-stat-figure dataset-id=${SEEDED.dataset}></ansinh-stat-figure>`, { source });
    const first = await card(resident.id);
    const fig = await figure();
    await until(() => allShadowText(first).includes(surname) && fig.shadowRoot!.querySelector('[part="value"]'), 5000, 'read once');
    expect(offlineState(first)).to.equal(null);

    await stopServer(server);
    const again = await card(resident.id);
    const fig2 = await figure();
    await until(() => offlineState(again) && offlineState(fig2), 8000, 'offline state');
    expect(allShadowText(again)).to.contain(surname);
    expect(plain(offlineState(again)!.textContent)).to.match(/^Không kết nối được máy chủ: đang hiển thị dữ liệu đã tải lúc \d{2}:\d{2}\. Sẽ tải lại khi có mạng\.$/);
    expect(offlineState(again)!.hasAttribute('retry')).to.equal(true);
    expect(fig2.shadowRoot!.querySelector('[part="value"]')).to.exist;

    const never = await card(SEEDED.residents[1]!.id);
    await until(() => never.shadowRoot!.querySelector('ansinh-state[kind="error"]'), 8000, 'error state');
    expect(plain(never.shadowRoot!.querySelector('ansinh-state')!.textContent)).to.contain('Không kết nối được tới máy chủ');

    // The connection is back: the browser says `online`, and both read again.
    await restartServer(server, { behaviour: 'ok' });
    window.dispatchEvent(new Event('online'));
    // Read again: the offline label goes, and (after the reading, a skeleton meanwhile) the data.
    await until(
      () => !offlineState(again) && !offlineState(fig2) && allShadowText(again).includes(surname) && fig2.shadowRoot!.querySelector('[part="value"]'),
      8000,
      'read again',
    );
    await until(() => allShadowText(never).includes(SEEDED.residents[1]!.fullName.split(' ').at(-1)!), 8000, 'the error recovers too');
  });
});
