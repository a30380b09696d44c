// Every ```html example in README.md and docs/**/*.md (Vietnamese and English pages) works when
// copied into a page that loads the CDN build: it renders without an error state.
//
// How an example is run
// - test/server/docs-examples.js hands over every ```html fenced block (file, index from 1 within
//   the file, line of the opening fence, text). The files are read at the start of the run.
// - The block is parsed with DOMParser (which never runs scripts), its nodes are imported into
//   a container on this page, one example at a time, and removed afterwards. Attributes of its
//   <html> and <body> (lang, data-ansinh-theme…) go on the container, as they would apply there.
// - dist/cdn/ansinh.js is imported once, before the first example; it must already be built
//   (`npm test` builds it; by hand: npx vite build --config vite.cdn.config.ts).
// - Scripts in an example (the parser runs none of them; each is handled by this rule):
//     <script type="application/json">        data for the element around it: kept in place.
//     <script type="module" src=".../ansinh.js"> the CDN loader line: stands for the import
//                                               above. It must be type="module" (the build is
//                                               an ES module); any other src fails the example.
//     inline <script> / <script type="module">  the page's own host code (setting `.source`,
//                                               `.user`, listening to events): run on purpose,
//                                               in document order, once the example's markup
//                                               is in the page, because an example that needs
//                                               it does not work without it. Classic code runs
//                                               as a classic script, module code as a module
//                                               (with no import map, as on a plain page). A
//                                               throw or rejection fails the example.
// - Back end: an example whose <ansinh-provider endpoint="…"> (or <ansinh-survey endpoint="…">)
//   talks to the portal's REST API gets the REST contract server (scripts/servers/rest.js:
//   docs/contract/rest.yaml served by openapi-backend, seeded with docs/contract/examples):
//   fetches under the endpoint are routed to it. A request it refuses (an id it does not have,
//   data that breaks the contract) fails the example by name.
// - Settled = every ansinh element's updateComplete resolved, every ledger's `ready` resolved
//   (its chain verified), no loading state left ([aria-busy=true], <ansinh-state kind=loading>),
//   and the rendered text unchanged for QUIET_MS.
//
// What fails an example
// - any [role=alert] in the container or any shadow root inside it (recursively): the contract
//   error state, <ansinh-state kind="error">, a broken ledger chain…;
// - any `ansinh-invalid` event;
// - a <ansinh-donation-ledger> whose chain verification did not succeed;
// - an uncaught error or unhandled rejection while it renders; not settling within SETTLE_MS.
// The failure message names the file, the example's index in that file and its line.
//
// Rules for examples that are not "renders cleanly"
// - `<!-- example: error-state -->` anywhere in the block marks an example that shows an error
//   state on purpose: the test then asserts an [role=alert] error state DOES show. Any other
//   `<!-- example: … -->` marker is a mistake and fails.
// - A fragment is a block with no <ansinh-…> element (only a loader <script>, a stylesheet <link>,
//   a page skeleton with `…`): there is nothing to render. It is not dropped silently: it is
//   reported as a pending test titled with its file, index and this rule.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepText } from '../embeds/helpers.js';
import { disposeServers, startServer, type DataServer } from '../data/servers.js';

interface Example {
  file: string;
  index: number;
  line: number;
  code: string;
}

interface Outcome {
  /** Text of each [role=alert], with the tag of the element whose shadow root holds it. */
  alerts: string[];
  /** `ansinh-invalid` events: the element and the issues' paths and messages. */
  invalid: string[];
  /** Ledgers whose chain did not verify. */
  chains: string[];
  /** Uncaught errors and unhandled rejections while rendering. */
  errors: string[];
  /** Problems with the example itself (scripts, markers, stub misses, settling). */
  problems: string[];
  /** Requests the stand-in back end answered. */
  requests: string[];
  /** Tags of the ansinh elements rendered (upgraded) in the example. */
  tags: string[];
}

const CDN = '/dist/cdn/ansinh.js';
const SETTLE_MS = 20000;
const QUIET_MS = 300;
const MARKER = /<!--\s*example:\s*([^\s>]*)\s*-->/g;

// ------------------------------------------------------------------------------- the back end

/** The REST contract server the examples' endpoints are routed to (started in `before`). */
let api: DataServer | undefined;
let stubBases: string[] = [];
let stubLog: string[] = [];
let stubMisses: string[] = [];
const realFetch = window.fetch.bind(window);

/**
 * Requests under an example's endpoint go to the REST contract server instead of the portal named
 * in the example (which does not exist): same path below the endpoint, same method, headers and
 * body. Any answer of 400 or more is a problem of the example, named by its request.
 */
async function stubFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const href = new URL(input instanceof Request ? input.url : String(input), location.href).href;
  const base = stubBases.find((b) => href.startsWith(b));
  if (!base || !api) return realFetch(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const below = href.slice(base.length);
  const request = `${method} ${below}`;
  stubLog.push(request);
  const res = await realFetch(`${api.url}/${below}`, init);
  if (res.status >= 400) stubMisses.push(`${request} (${res.status})`);
  return res;
}

// ------------------------------------------------------------------------------- DOM helpers

/** Every element in `root`, through shadow roots (recursively), in document order. */
function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c instanceof Element) {
        out.push(c);
        if (c.shadowRoot) walk(c.shadowRoot);
      }
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** The nearest ansinh element around `el`, crossing shadow roots. */
function hostTag(el: Element): string {
  for (let n: Node | null = el; n; ) {
    if (n instanceof Element && n.localName.startsWith('ansinh-') && n !== el) return n.localName;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return el.localName;
}

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };
interface Ledger extends HTMLElement {
  ready: Promise<void>;
  chain?: { ok: boolean; break?: { index: number; reason: string } };
}

function ansinhElements(root: Node): Upgraded[] {
  return deepElements(root).filter((e): e is Upgraded => e.localName.startsWith('ansinh-')) as Upgraded[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settle(root: HTMLElement, problems: string[]): Promise<void> {
  const deadline = Date.now() + SETTLE_MS;
  // The CDN loader defines each element once its code has arrived: wait for that first (bounded;
  // a tag that never gets defined is reported below).
  const tags = [...new Set(ansinhElements(root).map((e) => e.localName))];
  await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), sleep(SETTLE_MS)]);
  let last = '';
  let quietSince = 0;
  for (;;) {
    const els = ansinhElements(root);
    await Promise.all(els.map((e) => e.updateComplete));
    await Promise.all(
      els.filter((e): e is Upgraded & Ledger => e.localName === 'ansinh-donation-ledger' && 'ready' in e).map((e) => e.ready),
    );
    const busy = deepElements(root).filter(
      (e) => e.getAttribute('aria-busy') === 'true' || (e.localName === 'ansinh-state' && e.getAttribute('kind') === 'loading'),
    );
    const snapshot = `${deepElements(root).length}|${deepText(root)}`;
    if (busy.length === 0 && snapshot === last) {
      if (Date.now() - quietSince >= QUIET_MS) return;
    } else {
      last = snapshot;
      quietSince = Date.now();
    }
    if (Date.now() > deadline) {
      const what = busy.length ? `still loading: ${[...new Set(busy.map(hostTag))].join(', ')}` : 'still changing';
      problems.push(`did not settle within ${SETTLE_MS} ms (${what})`);
      return;
    }
    await sleep(50);
  }
}

// ------------------------------------------------------------------------------- one example

/** The `<!-- example: … -->` markers of a block. */
function markers(code: string): string[] {
  return [...code.matchAll(MARKER)].map((m) => m[1]!);
}

function hasAnsinhElement(code: string): boolean {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  return [...doc.querySelectorAll('*')].some((e) => e.localName.startsWith('ansinh-'));
}

interface HostScript {
  module: boolean;
  code: string;
}

/**
 * Moves the parsed example into a fresh container on this page, applying the script rules:
 * returns the container and, in document order, the host scripts to run once it is in the page.
 */
function prepare(code: string, problems: string[]): { container: HTMLElement; scripts: HostScript[] } {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const scripts: HostScript[] = [];
  for (const script of [...doc.querySelectorAll('script')]) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/json') continue;
    const src = script.getAttribute('src');
    if (src !== null) {
      if (!/(^|\/)ansinh\.js(\?.*)?$/.test(src)) problems.push(`loads ${src}; an example may load only the CDN build (…/ansinh.js)`);
      else if (type !== 'module') problems.push(`loads ${src} without type="module"; the CDN build is an ES module and would not run`);
    } else if (type === 'module' || type === '' || type === 'text/javascript') {
      scripts.push({ module: type === 'module', code: script.textContent ?? '' });
    } else {
      problems.push(`has a <script type="${type}">, which no browser runs and the elements do not read`);
    }
    script.remove();
  }
  const outer = document.createElement('div');
  for (const a of doc.documentElement.attributes) outer.setAttribute(a.name, a.value);
  const inner = document.createElement('div');
  for (const a of doc.body.attributes) inner.setAttribute(a.name, a.value);
  outer.append(inner);
  // <style> and <link> may sit in <head>; <meta> and <title> have no meaning in a container.
  for (const node of [...doc.head.childNodes]) {
    if (node instanceof Element && ['meta', 'title', 'base'].includes(node.localName)) continue;
    inner.append(document.importNode(node, true));
  }
  for (const node of [...doc.body.childNodes]) inner.append(document.importNode(node, true));
  return { container: outer, scripts };
}

/** Runs one host script of the example (see the script rules at the top). */
async function runHostScript(script: HostScript, container: HTMLElement, errors: string[]): Promise<void> {
  if (script.module) {
    const url = URL.createObjectURL(new Blob([script.code], { type: 'text/javascript' }));
    try {
      await import(/* @vite-ignore */ url);
    } catch (err) {
      errors.push(`host module script failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      URL.revokeObjectURL(url);
    }
    return;
  }
  // A classic script runs when it is inserted; what it throws reaches the window's error event.
  const el = document.createElement('script');
  el.textContent = script.code;
  container.append(el);
}

async function run(code: string): Promise<Outcome> {
  const outcome: Outcome = { alerts: [], invalid: [], chains: [], errors: [], problems: [], requests: [], tags: [] };
  const { container, scripts } = prepare(code, outcome.problems);
  container.dataset.docsExample = '';

  stubLog = [];
  stubMisses = [];
  stubBases = [...container.querySelectorAll('ansinh-provider[endpoint], ansinh-survey[endpoint]')].map((e) => {
    const url = new URL(e.getAttribute('endpoint')!, location.href).href;
    return url.endsWith('/') ? url : `${url}/`;
  });

  const onInvalid = (e: Event) => {
    const detail = (e as CustomEvent<{ issues?: { path: (string | number)[]; message?: { en?: string } }[] }>).detail;
    const issues = (detail?.issues ?? []).map((i) => `${i.path.join('.') || '(whole)'}: ${i.message?.en ?? ''}`);
    outcome.invalid.push(`<${(e.composedPath()[0] as Element).localName}> ansinh-invalid: ${issues.join('; ')}`);
  };
  const onError = (e: ErrorEvent) => outcome.errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => outcome.errors.push(`unhandled rejection: ${String(e.reason)}`);
  container.addEventListener('ansinh-invalid', onInvalid);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    document.body.append(container);
    for (const script of scripts) await runHostScript(script, container, outcome.errors);
    await settle(container, outcome.problems);

    for (const el of deepElements(container)) {
      if (el.getAttribute('role') === 'alert') outcome.alerts.push(`<${hostTag(el)}> ${deepText(el).trim().slice(0, 400)}`);
    }
    for (const el of ansinhElements(container)) {
      if (el.localName !== 'ansinh-donation-ledger' || !('ready' in el)) continue;
      const chain = (el as unknown as Ledger).chain;
      if (!chain) outcome.chains.push('<ansinh-donation-ledger> has no chain verification result');
      else if (!chain.ok) outcome.chains.push(`<ansinh-donation-ledger> chain broken at entry ${chain.break?.index ?? '?'} (${chain.break?.reason ?? '?'})`);
    }
    outcome.tags = [...new Set(ansinhElements(container).filter((e) => customElements.get(e.localName)).map((e) => e.localName))];
    const undefinedTags = [...new Set(ansinhElements(container).filter((e) => !customElements.get(e.localName)).map((e) => e.localName))];
    if (undefinedTags.length) outcome.problems.push(`not defined by the CDN build: ${undefinedTags.join(', ')}`);
    for (const miss of stubMisses) outcome.problems.push(`the REST contract server refused ${miss}: use ids of its seed (docs/contract/examples) and valid data`);
    outcome.requests = [...stubLog];
  } finally {
    container.removeEventListener('ansinh-invalid', onInvalid);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
    stubBases = [];
  }
  return outcome;
}

function report(where: string, o: Outcome): string {
  const lines = [
    ...o.problems.map((p) => `problem: ${p}`),
    ...o.errors,
    ...o.alerts.map((a) => `error state: ${a}`),
    ...o.invalid,
    ...o.chains,
  ];
  return `${where}\n  ${lines.join('\n  ')}`;
}

function failures(o: Outcome): string[] {
  return [...o.problems, ...o.errors, ...o.alerts, ...o.invalid, ...o.chains];
}

// ------------------------------------------------------------------------------- the tests

const examples = await executeServerCommand<Example[], undefined>('docs-examples');
if (!Array.isArray(examples)) throw new Error('docs-examples is not available: is docsExamplesPlugin() in test/server/plugins.js?');

describe('documentation examples work when copied (README.md, docs/**/*.md)', function () {
  this.timeout(SETTLE_MS + 10000);

  before(async function () {
    this.timeout(60000);
    const res = await realFetch(CDN, { method: 'HEAD', cache: 'no-store' });
    if (!res.ok) throw new Error(`${CDN} is missing: build it with npx vite build --config vite.cdn.config.ts`);
    api = await startServer({ behaviour: 'ok' });
    window.fetch = stubFetch;
    await import(/* @vite-ignore */ CDN);
  });

  after(async () => {
    window.fetch = realFetch;
    await disposeServers();
  });

  it('finds the html examples of README.md and of the docs in both languages', () => {
    const files = new Set(examples.map((e) => e.file));
    expect([...files]).to.include.members(['README.md', 'docs/getting-started.md', 'docs/getting-started.vi.md']);
    expect(examples.length).to.be.greaterThan(10);
  });

  for (const ex of examples) {
    const where = `${ex.file} example #${ex.index} (line ${ex.line})`;
    const marks = markers(ex.code);
    const unknown = marks.filter((m) => m !== 'error-state');
    const errorState = marks.includes('error-state');

    if (marks.length === 0 && !hasAnsinhElement(ex.code)) {
      it.skip(`${where}: fragment, no <ansinh-…> element to render`, () => {});
      continue;
    }

    it(`${where}${errorState ? ': shows its error state' : ': renders without an error state'}`, async () => {
      expect(unknown, `${where}: unknown marker(s) <!-- example: ${unknown.join(' / ')} --> (only error-state exists)`).to.deep.equal([]);
      const o = await run(ex.code);
      expect(o.tags.length, `${where}: no ansinh element was upgraded`).to.be.greaterThan(0);
      if (errorState) {
        expect([...o.problems, ...o.errors], report(where, o)).to.deep.equal([]);
        expect(o.alerts.length, `${where} is marked error-state but shows no [role=alert] error state`).to.be.greaterThan(0);
      } else {
        expect(failures(o), report(where, o)).to.deep.equal([]);
      }
    });
  }

  // The checks above must be able to see a failure: run the same machinery on known-bad markup.
  describe('controls: the checker sees what it must', () => {
    it('a JSON child that does not parse: error state and ansinh-invalid', async () => {
      const o = await run('<ansinh-resident-card><script type="application/json">{ "id": "r-1", … }</script></ansinh-resident-card>');
      expect(o.alerts.length).to.be.greaterThan(0);
      expect(o.invalid.length).to.be.greaterThan(0);
    });

    it('a ledger whose chain is broken: verification fails', async () => {
      const entry = (id: string, prevHash: string | null) => ({
        id,
        kind: 'donation',
        channel: 'cash',
        amountVnd: 500000,
        date: '2026-09-03',
        receiptNumber: `PT-${id}`,
        receivingUnit: 'Phòng Công tác xã hội',
        fundId: 'quy-chung',
        donor: { type: 'anonymous', publishConsent: false },
        prevHash,
      });
      const json = JSON.stringify([entry('e1', null), entry('e2', 'a'.repeat(64))]);
      const o = await run(`<ansinh-donation-ledger><script type="application/json">${json}</script></ansinh-donation-ledger>`);
      expect(o.chains.length, report('control', o)).to.equal(1);
      expect(o.alerts.length).to.be.greaterThan(0);
    });

    it('a loader script that is not a module, one from elsewhere, and a script type nobody runs', async () => {
      const o = await run(
        '<script src="/x/ansinh.js"></script><script type="module" src="/x/other.js"></script><script type="text/x-template">x</script><ansinh-badge>1</ansinh-badge>',
      );
      expect(o.problems.some((p) => p.includes('without type="module"')), report('control', o)).to.equal(true);
      expect(o.problems.some((p) => p.includes('/x/other.js')), report('control', o)).to.equal(true);
      expect(o.problems.some((p) => p.includes('text/x-template')), report('control', o)).to.equal(true);
    });

    it('host scripts run, in order, after the markup; one that throws fails the example', async () => {
      const ok = await run(`
        <ansinh-provider id="control-provider"><ansinh-resident-card resident-id="r-9"></ansinh-resident-card></ansinh-provider>
        <script>
          document.getElementById('control-provider').source = { kind: 'page', getResident: async (id) => ({
            id, fullName: 'Vũ Thị Hằng', birthDate: '1950', sex: 'female', beneficiaryCategory: { code: 'nguoi-cao-tuoi' },
            admission: { decisionNumber: '9/QĐ-TTBTXH', date: '2024-01-15', type: 'regular' } }) };
        </script>
        <script>window.docsControlOrder = ['classic'];</script>
        <script type="module">window.docsControlOrder.push('module');</script>`);
      expect(failures(ok), report('control', ok)).to.deep.equal([]);
      expect((window as unknown as { docsControlOrder?: string[] }).docsControlOrder).to.deep.equal(['classic', 'module']);
      const broken = await run('<ansinh-badge>1</ansinh-badge><script type="module">throw new Error("host code broke");</script>');
      expect(broken.errors.some((e) => e.includes('host code broke')), report('control', broken)).to.equal(true);
    });

    it('the REST contract server answers what it has and the checker names what it refuses', async () => {
      const known = await run('<ansinh-provider endpoint="https://portal.example.gov.vn/api/x"><ansinh-resident-card resident-id="ds-0001"></ansinh-resident-card></ansinh-provider>');
      expect(known.requests).to.deep.equal(['GET residents/ds-0001']);
      expect(failures(known), report('control', known)).to.deep.equal([]);
      const unknown = await run(
        '<ansinh-provider endpoint="https://portal.example.gov.vn/api/x"></ansinh-provider><script type="module">await fetch("https://portal.example.gov.vn/api/x/care-plans/kh-1");</script>',
      );
      expect(unknown.problems.some((p) => p.includes('GET care-plans/kh-1 (404)')), report('control', unknown)).to.equal(true);
    });
  });
});
