// Opens every page of the demo portal in Chromium and reports console errors, page errors and
// elements left undefined; saves a screenshot of each page to .tmp/demo-<page>.png.
// Usage: node scripts/demo/check-demo.mjs [--fhir] [page,page…]
//   (starts `vite --config vite.demo.config.ts`; with --fhir, as `npm run start:fhir` does: on
//   Medplum's FHIR router seeded with the sample data, and any [role=alert] is also a problem)
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromePath, CHROME_FLAGS } from '../chrome-path.js';
import { FHIR_MOUNT, fhirVitePlugin } from '../servers/fhir-vite.js';

const args = process.argv.slice(2);
const onFhir = args.includes('--fhir');
const plugins = [];
if (onFhir) {
  process.env.VITE_ANSINH_FHIR_ENDPOINT = FHIR_MOUNT;
  plugins.push((await fhirVitePlugin()).plugin);
}
// Each check has its own dependency cache: npm test runs the two side by side, and on a fresh
// clone two servers optimising into one cache answer each other's pages "504 Outdated Optimize Dep".
const cacheDir = `node_modules/.vite-check-demo${onFhir ? '-fhir' : ''}`;
const server = await createServer({ configFile: 'vite.demo.config.ts', cacheDir, plugins, server: { port: 0, host: '127.0.0.1', hmr: false, watch: null }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const problems = [];
page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
const ids = (args.find((a) => !a.startsWith('--')) ?? 'overview,residents,resident,hospital,kiosk,ledger-public,ledger-staff,statistics').split(',');
await page.goto(base, { waitUntil: 'networkidle' });
for (const id of ids) {
  const before = problems.length;
  await page.goto(`${base}#/${id}`, { waitUntil: 'networkidle' });
  // Every element defined and done (`ready`, else `updateComplete`), at most 8 s, then
  // 800 ms more for anything late (the network is already idle); was a fixed 2.5 s per page.
  await page.evaluate(async () => {
    const waits = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        // An element whose code loads lazily is waited for until it is defined, then until done.
        if (el.localName.startsWith('ansinh-')) {
          waits.push(customElements.whenDefined(el.localName).then(() => el.ready ?? el.updateComplete).catch(() => undefined));
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.race([Promise.all(waits), new Promise((r) => setTimeout(r, 8000))]);
  });
  await page.waitForTimeout(800);
  const undefinedTags = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('ansinh-') && !customElements.get(n)))],
  );
  if (undefinedTags.length) problems.push(`${id}: undefined elements ${undefinedTags.join(', ')}`);
  if (onFhir) {
    const alerts = await page.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.getAttribute('role') === 'alert' && el.textContent.trim()) out.push(el.textContent.trim().slice(0, 200));
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    for (const a of alerts) problems.push(`${id}: alert "${a}"`);
  }
  await page.screenshot({ path: `.tmp/demo-${onFhir ? 'fhir-' : ''}${id}.png`, fullPage: false });
  console.log(`${id}: ${problems.length - before} problem(s)`);
  for (const p of problems.slice(before)) console.log(`   ${p.slice(0, 300)}`);
}
await browser.close();
await server.close();
process.exitCode = problems.length ? 1 : 0;
