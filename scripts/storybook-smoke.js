#!/usr/bin/env node
// Storybook smoke test: opens every story of the built Storybook (storybook-static/) in headless
// Chromium, waits for it to render, runs axe-core (WCAG 2.x A/AA) on the story root, then again
// with the colour rules in the dark and high-contrast themes, and fails on any console error,
// uncaught page error or axe violation. It also compares what a screen reader is given, the
// accessibility tree in Vietnamese and in English (scripts/a11y-tree.js), with the story's
// snapshot in test/a11y/trees/, and fails on a difference, on an operable node without a name,
// and on a chart whose summary or table does not reach the tree. Last, at 320 CSS px wide (a
// 1,280 px window at 400 % zoom, WCAG 1.4.10) the story must not scroll sideways; Firefox and
// WebKit check the same in test/a11y/stories.test.ts, with the same measure (test/a11y/sideways.js).
//
//   npx storybook build -o storybook-static --quiet && node scripts/storybook-smoke.js
//
// Options: --dir <path> (default storybook-static), --filter <substring of story id>,
// --update-trees (write the snapshots as they are now; review the diff before committing).
// The browser is the local Chromium (scripts/chrome-path.js; CHROME_PATH overrides). Everything is
// served from 127.0.0.1 on a random port; the page may load nothing from elsewhere.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, CHROME_FLAGS } from './chrome-path.js';
import { accessibilityTree } from './a11y-tree.js';
import { sidewaysOverflow } from '../test/a11y/sideways.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const staticDir = resolve(root, option('--dir', 'storybook-static'));
const filter = option('--filter', '');
const updateTrees = args.includes('--update-trees');
const treeDir = join(root, 'test/a11y/trees');
const LANGS = ['vi', 'en'];
/** The date the stories are shown on: 7 December 2026, 9:00 in Vietnam. */
const FIXED_NOW = new Date('2026-12-07T02:00:00Z');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const STORY_TIMEOUT_MS = 15_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The other themes: a theme changes colours only, so their audit runs axe's colour rules. */
const OTHER_THEMES = ['dark', 'high-contrast'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** Stack traces are long; the first lines say what went wrong. */
const firstLines = (text, n = 3) => text.split('\n').slice(0, n).join('\n         ');

/** A minimal static file server for the built Storybook, on 127.0.0.1 and a random port. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = normalize(join(dir, decodeURIComponent(url.pathname)));
      if (path !== dir && !path.startsWith(dir + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/**
 * Waits until the preview has finished rendering story `id`, play function included (Storybook's
 * StoryRender reaches phase 'finished'). Resolves to 'ok', 'error' (the story or its play
 * function threw: Storybook shows its error display) or 'nopreview' (unknown id).
 */
async function waitForStory(page, id) {
  const handle = await page.waitForFunction(
    (storyId) => {
      const c = document.body.classList;
      if (c.contains('sb-show-nopreview')) return 'nopreview';
      const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      if (!render || render.id !== storyId) return false;
      if (render.phase !== 'finished' && render.phase !== 'aborted') return false;
      return c.contains('sb-show-errordisplay') ? 'error' : 'ok';
    },
    id,
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  );
  return handle.jsonValue();
}

/**
 * Opens a story in a fresh preview. `globals=a11y.manual:!true` stops the a11y addon from running
 * its own axe in the page: this script runs axe itself, and two runs at once make axe throw
 * "Axe is already running".
 */
async function loadStory(page, origin, id) {
  const url =
    `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story` +
    '&globals=a11y.manual:!true';
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
  return waitForStory(page, id);
}

/**
 * Switches the already loaded preview to another story, as the Storybook UI does, which saves
 * re-parsing the preview bundle and axe for every story.
 */
async function switchStory(page, id) {
  await page.evaluate((storyId) => {
    /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {
      storyId,
      viewMode: 'story',
    });
  }, id);
  return waitForStory(page, id);
}

/**
 * Custom-element tags in the story that are not registered. An ansinh element that never
 * upgraded renders nothing, so axe would pass it; a define module that a bundler tree-shook
 * away, or that a story forgot to import, shows up here.
 */
function undefinedTags(page) {
  return page.evaluate(() => {
    const tags = new Set();
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        const tag = el.localName;
        if (tag.includes('-') && !customElements.get(tag)) tags.add(tag);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const rootEl = document.getElementById('storybook-root');
    if (rootEl) walk(rootEl);
    return [...tags];
  });
}

/**
 * Switches the preview's theme global (as the toolbar does) and waits for the story to follow.
 * False when the story keeps its own theme (a story that pins `globals.theme`).
 */
async function setTheme(page, theme) {
  await page.evaluate((t) => {
    /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { theme: t } });
  }, theme);
  const followed = await page
    .waitForFunction((t) => document.documentElement.getAttribute('data-ansinh-theme') === t, theme, { timeout: 3000 })
    .then(() => true, () => false);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  return followed;
}

/** The narrowest width a page must reflow at (WCAG 1.4.10: 1,280 CSS px at 400 % zoom). */
const NARROW = 320;

/** At NARROW CSS px the story must not scroll sideways; a problem names what sticks out. */
async function checkReflow(page) {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: NARROW, height: size.height });
  try {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
    const { over, culprits } = await page.evaluate(`(${sidewaysOverflow})(document)`);
    return over > 1 ? [`scrolls sideways by ${over} px at ${NARROW} CSS px wide: ${culprits.join('; ')}`] : [];
  } finally {
    await page.setViewportSize(size);
  }
}

/** Switches the preview's language global and waits for the story to follow (false: it keeps its own). */
async function setLang(page, lang) {
  await page.evaluate((l) => {
    /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { lang: l } });
  }, lang);
  const followed = await page
    .waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 3000 })
    .then(() => true, () => false);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  return followed;
}

/**
 * The story's accessibility tree in each language, compared with its snapshot file (or written,
 * with --update-trees). Returns the problems found.
 */
async function checkTrees(page, id) {
  const problems = [];
  const sections = [];
  await settled(page);
  for (const lang of LANGS) {
    if (!(await setLang(page, lang))) {
      sections.push(`## ${lang}\n(the story keeps a language of its own)`);
      continue;
    }
    await settled(page); // the language switch re-rendered the story
    let tree = await accessibilityTree(page, '#storybook-root');
    // Something still working says so ([busy]: a chain being verified): read again until it is
    // done, at most 1.5 s (a loading story stays busy on purpose).
    for (let i = 0; i < 15 && tree.lines.some((l) => l.includes('[busy')); i++) {
      await page.waitForTimeout(100);
      tree = await accessibilityTree(page, '#storybook-root');
    }
    for (const p of new Set(tree.problems)) problems.push(`accessibility tree (${lang}): ${p}`);
    sections.push(`## ${lang}\n${tree.lines.join('\n')}`);
    if (lang === LANGS[0]) problems.push(...(await checkCharts(page)));
  }
  await setLang(page, LANGS[0]);
  const text =
    `# ${id}: what a screen reader is given (Chromium's accessibility tree),\n` +
    '# written by node scripts/storybook-smoke.js --update-trees\n' +
    `${sections.join('\n')}\n`;
  const file = join(treeDir, `${id}.txt`);
  if (updateTrees) {
    mkdirSync(treeDir, { recursive: true });
    writeFileSync(file, text);
  } else if (!existsSync(file)) {
    problems.push(`no accessibility-tree snapshot ${file}: run with --update-trees and review it`);
  } else {
    const diff = firstDifferences(readFileSync(file, 'utf8'), text);
    if (diff) problems.push(`the accessibility tree differs from ${file} (--update-trees after review):\n${diff}`);
  }
  return problems;
}

/**
 * Waits for the elements that say when they are done (`ready`: the ledger once its chain is
 * verified, which the JavaScript fallback takes a while to do), at most 10 s in all, then two
 * frames, after each re-render.
 * Without it, "Verifying the hash chain…" or "Verified" in the tree depended on the machine's speed.
 */
async function settled(page) {
  await page.evaluate(async () => {
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    const deadline = Date.now() + 10_000;
    // A theme or language switch re-renders the story: the element walked first may be replaced
    // by a new one that starts loading again. So walk again until no element is new (3 rounds).
    const seen = new Set();
    for (let round = 0; round < 3; round++) {
      const readies = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const ready = /** @type {any} */ (el).ready;
          if (ready && typeof ready.then === 'function' && !seen.has(el)) {
            seen.add(el);
            readies.push(ready.catch(() => undefined));
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.getElementById('storybook-root') ?? document);
      if (round > 0 && readies.length === 0) break;
      await Promise.race([Promise.all(readies), new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
      await frames();
    }
  });
}

/** The first differing lines of two texts, as "- expected" / "+ actual", or '' when equal. */
function firstDifferences(expected, actual, max = 6) {
  if (expected === actual) return '';
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out = [`         at line ${i + 1}:`];
  for (let k = i; k < Math.min(i + max, Math.max(a.length, b.length)); k++) {
    if (a[k] === b[k]) continue;
    if (a[k] !== undefined) out.push(`         - ${a[k]}`);
    if (b[k] !== undefined) out.push(`         + ${b[k]}`);
  }
  return out.join('\n');
}

/**
 * Every chart: its figure is described by the text summary, and its data table reaches the tree
 * once the table is shown (the toggle is clicked as a user would, then clicked back).
 */
async function checkCharts(page) {
  const toggles = page.locator('#storybook-root ansinh-stat-chart >> button[data-action="toggle"]');
  // Charts that draw (one in its error state shows the error instead, which the tree holds).
  const count = await page.evaluate(
    () => [...document.querySelectorAll('#storybook-root ansinh-stat-chart')].filter((c) => c.shadowRoot?.querySelector('figure')).length,
  );
  if (count === 0) return [];
  const problems = [];
  const before = await accessibilityTree(page, '#storybook-root');
  const figures = before.lines.filter((l) => /^\s*figure /.test(l));
  if (figures.length < count) problems.push(`${count} charts but ${figures.length} named figures in the tree`);
  for (const f of figures) if (!f.includes(' description="')) problems.push(`a chart's figure has no summary: ${f.trim()}`);
  const n = await toggles.count();
  for (let i = 0; i < n; i++) await toggles.nth(i).click();
  const after = await accessibilityTree(page, '#storybook-root');
  const tables = after.lines.filter((l) => /^\s*table\b/.test(l)).length;
  if (tables < count) problems.push(`${count} charts but ${tables} data tables in the tree once shown`);
  for (let i = 0; i < n; i++) await toggles.nth(i).click();
  return problems;
}

/**
 * axe-core on the story root, with the WCAG tags or only the given rules; our own copy of axe,
 * injected once per page load.
 */
async function runAxe(page, rules) {
  if (!(await page.evaluate(() => '__smokeAxe' in window))) {
    await page.addScriptTag({ path: axePath });
    // Keep a private reference: the a11y addon may later load its own axe onto window.axe.
    await page.evaluate(() => {
      /** @type {any} */ (window).__smokeAxe = /** @type {any} */ (window).axe;
    });
  }
  return page.evaluate(async ({ tags, only }) => {
    const axe = /** @type {any} */ (window).__smokeAxe;
    const result = await axe.run('#storybook-root', {
      runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, { tags: AXE_TAGS, only: rules ?? null });
}

async function main() {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8').catch(() => {
    throw new Error(
      `No ${join(staticDir, 'index.json')}: build Storybook first ` +
        '(npx storybook build -o storybook-static --quiet).',
    );
  }));
  const stories = Object.values(index.entries)
    .filter((e) => e.type === 'story' && e.id.includes(filter))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (stories.length === 0) throw new Error('index.json lists no stories: nothing to test.');

  const server = await serve(staticDir);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  // Nothing but the local server: a story that reaches the network is a defect (and would hang).
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  // Every story sees the same day, so ages, lengths of stay and "today" in the trees do not
  // change with the calendar (timers keep running).
  await page.clock.setFixedTime(FIXED_NOW);

  /** Problems seen while the current story is open. */
  let problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${firstLines(msg.text())}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${firstLines(err.message)}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'unknown';
    // ERR_ABORTED is a request the browser cancelled because we navigated on to the next story
    // (typically the a11y addon still lazy-loading its axe chunk for the previous one). It says
    // nothing about either story; every other failure (404, blocked network) is a problem.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} (${reason})`);
  });

  const results = [];
  const started = Date.now();
  /** Whether the page holds a healthy Storybook preview we can switch stories in. */
  let warm = false;
  let lastFile = '';
  for (const story of stories) {
    problems = [];
    const t0 = Date.now();
    // Each stories file starts on a fresh page: what a page has registered changes what some
    // elements render (the survey results draw charts only where <ansinh-stat-chart> is defined),
    // so a story must not inherit another file's definitions.
    if (story.importPath !== lastFile) warm = false;
    lastFile = story.importPath;
    try {
      const state = warm ? await switchStory(page, story.id) : await loadStory(page, origin, story.id);
      if (state !== 'ok') {
        const message = await page
          .locator('#error-message')
          .textContent({ timeout: 1000 })
          .catch(() => '');
        problems.push(`story did not render (${state}) ${message ?? ''}`.trim());
      } else {
        // Let Lit finish its update cycle and any custom elements upgrade before auditing.
        await page.evaluate(
          () =>
            new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
        );
        for (const tag of await undefinedTags(page)) {
          problems.push(
            `<${tag}> is not a defined custom element (its define module is missing from the build)`,
          );
        }
        for (const v of await runAxe(page)) {
          problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
        }
        for (const theme of OTHER_THEMES) {
          if (!(await setTheme(page, theme))) continue; // the story shows a theme of its own
          for (const v of await runAxe(page, COLOUR_RULES)) {
            problems.push(`axe in the ${theme} theme ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
          }
        }
        await setTheme(page, 'light');
        problems.push(...(await checkTrees(page, story.id)));
        problems.push(...(await checkReflow(page)));
      }
    } catch (err) {
      problems.push(`failed to load: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
    // After any problem, start the next story from a fresh page so one story cannot spoil another.
    warm = problems.length === 0;
    const ms = Date.now() - t0;
    results.push({ id: story.id, problems, ms });
    const mark = problems.length ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${story.id} (${ms} ms)`);
    for (const p of problems) console.log(`       ${p}`);
  }

  await browser.close();
  server.close();

  const failed = results.filter((r) => r.problems.length > 0);
  console.log(
    `\nStorybook smoke test: ${results.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      ` (axe tags: ${AXE_TAGS.join(', ')}; in the ${OTHER_THEMES.join(' and ')} themes: ${COLOUR_RULES.join(', ')})`,
  );
  if (failed.length) {
    console.log('Failed stories:');
    for (const r of failed) console.log(`  ${r.id}: ${r.problems.length} problem(s)`);
  }
  console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
  // Counts for `npm test`'s total (scripts/test.js).
  mkdirSync(resolve(root, '.tmp'), { recursive: true });
  writeFileSync(
    resolve(root, '.tmp/storybook-smoke.json'),
    JSON.stringify({ passed: results.length - failed.length, failed: failed.length }),
  );
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
