// <ansinh-donation-ledger> reading 100,000 entries through <ansinh-provider> and RestSource from the
// REST contract server (scripts/bench/rest-server.mjs, pages of 500). Measures the time from the
// first page's response (its body fully received) to the first rows painted.
import { importDist, define, param, done, fail, painted } from '../lib/harness.js';

const api = param('api', '');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

try {
  if (!api) throw new Error('no ?api=: run through npm run bench, which starts the REST server');
  const [{ AnsinhDonationLedger }, { AnsinhProvider }, { RestSource }, { installTokens }] = await Promise.all([
    importDist('define/donation-ledger.js'),
    importDist('define/provider.js'),
    importDist('data/rest-source.js'),
    importDist('tokens/install.js'),
  ]);
  installTokens(document);
  define('ansinh-donation-ledger', AnsinhDonationLedger);
  define('ansinh-provider', AnsinhProvider);
  let firstPageAt;
  const timedFetch = async (url, init) => {
    const res = await fetch(url, init);
    if (firstPageAt !== undefined || !String(url).includes('/ledger/entries')) return res;
    const body = await res.text();
    firstPageAt = performance.now();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  const provider = document.createElement('ansinh-provider');
  provider.source = new RestSource(api, { fetch: timedFetch });
  const el = document.createElement('ansinh-donation-ledger');
  el.setAttribute('today', '2026-11-22');
  el.style.setProperty('--ansinh-donation-ledger-list-height', '70vh');
  provider.append(el);
  document.getElementById('host').append(provider);
  const list = () => el.shadowRoot?.querySelector('.list');
  const rows = () => el.shadowRoot?.querySelectorAll('.list [role="listitem"]').length ?? 0;
  const start = performance.now();
  while (rows() === 0) {
    if (performance.now() - start > 9000) throw new Error('no rows within 9 s');
    list()?.scrollIntoView();
    await frame();
  }
  await painted();
  const ms = performance.now() - firstPageAt;
  const loaded = plainProgress(el);
  done(ms, `${ms.toFixed(1)} ms after the first page's response (${loaded})`);
} catch (err) {
  fail(err);
}

function plainProgress(el) {
  return (el.shadowRoot.querySelector('.progress')?.textContent ?? 'all loaded').replace(/\s+/g, ' ').trim();
}
