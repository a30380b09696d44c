// <ansinh-donation-ledger> with generated entries (default 100,000), one measure per page load:
//   ?measure=render  setting `.entries` -> first rows painted
//   ?measure=loaded  setting `.entries` -> every entry validated, balances and rows built
//   ?measure=filter  one search keystroke -> next paint (median of 6 keystrokes)
//   ?measure=scroll  frame time while the list scrolls 400 px per frame (median of 90 frames)
//   ?measure=verify  hash-chain verification with Web Crypto (all entries)
import { importDist, define, param, done, fail } from '../lib/harness.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { generateLedger } from './generate.js';

const N = Number(param('n', '100000'));
const measure = param('measure', 'render');
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Resolves after the next paint (rAF, then a task after the frame). */
const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function until(test, limit = 60000, each = () => {}) {
  const start = performance.now();
  while (!test()) {
    each();
    if (performance.now() - start > limit) throw new Error('timed out');
    await frame();
  }
}

try {
  const [{ AnsinhDonationLedger }, chain, { installTokens }, { canonicalJson }] = await Promise.all([
    importDist('define/donation-ledger.js'),
    importDist('components/donation-ledger/chain.js'),
    importDist('tokens/install.js'),
    importDist('contract/index.js'),
  ]);
  installTokens(document);
  define('ansinh-donation-ledger', AnsinhDonationLedger);
  const { funds, entries } = generateLedger(N, { seed: 11, hash: (e) => bytesToHex(sha256(utf8ToBytes(canonicalJson(e)))) });

  if (measure === 'verify') {
    await frame();
    const start = performance.now();
    const r = await chain.verifyChain(entries, {});
    const ms = performance.now() - start;
    if (!r.ok || r.method !== 'web-crypto') throw new Error(`unexpected ${r.ok} ${r.method}`);
    done(ms, `${ms.toFixed(0)} ms (${r.method})`);
  } else {
    const el = document.createElement('ansinh-donation-ledger');
    el.setAttribute('today', '2026-11-22');
    el.style.setProperty('--ansinh-donation-ledger-list-height', '70vh');
    el.funds = funds;
    document.getElementById('host').append(el);
    await el.updateComplete;
    await frame();
    const rows = () => el.shadowRoot.querySelectorAll('.list [role="listitem"]').length;
    const list = () => el.shadowRoot.querySelector('.list');
    // Put the list on screen first, so "first render" means rows a person can see.
    if (measure === 'render' || measure === 'loaded') {
      const start = performance.now();
      el.entries = entries;
      await el.updateComplete;
      list()?.scrollIntoView();
      if (measure === 'render') {
        // The list sits below the balances: keep it in view so its rows are what gets painted.
        await until(() => rows() > 0, 60000, () => list()?.scrollIntoView());
        await nextPaint();
      } else {
        await until(() => !el.shadowRoot.querySelector('.progress'));
        await nextPaint();
      }
      const ms = performance.now() - start;
      done(ms, `${ms.toFixed(1)} ms`);
    } else {
      el.entries = entries;
      await el.ready;
      await until(() => rows() > 0, 60000, () => list()?.scrollIntoView());
      await nextPaint();
      if (measure === 'filter') {
        const input = el.shadowRoot.querySelector('ansinh-text-field.q').shadowRoot.querySelector('input');
        const times = [];
        for (const q of ['n', 'ng', 'ngu', 'nguy', 'nguye', 'nguyen']) {
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await nextPaint();
          times.push(performance.now() - start);
        }
        const ms = median(times);
        done(ms, `${ms.toFixed(1)} ms (median of ${times.map((t) => t.toFixed(0)).join(', ')})`);
      } else {
        const scroller = list();
        const times = [];
        let last = await new Promise((r) => requestAnimationFrame(r));
        for (let i = 0; i < 90; i++) {
          scroller.scrollTop += 400;
          const t = await new Promise((r) => requestAnimationFrame(r));
          times.push(t - last);
          last = t;
        }
        const ms = median(times);
        done(ms, `${ms.toFixed(1)} ms median frame`);
      }
    }
  }
} catch (err) {
  fail(err);
}
