/** The engine running the tests: Chromium (Playwright), Firefox ESR (WebDriver BiDi), WebKit (WebDriver). */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent)
    ? 'webkit'
    : 'chromium';

/**
 * Whether the test driver can emulate media (print, reduced motion, forced colours, contrast) and
 * read the accessibility tree: Playwright's Chromium can; Firefox's WebDriver BiDi driver cannot
 * (puppeteer-core needs CDP for both). Tests that need it run in Chromium only
 * (web-test-runner.firefox.config.js lists them).
 */
export const driverEmulatesMedia = engine === 'chromium';

/**
 * Presses a key combination ("Control+z", "Alt+ArrowDown") in every engine: modifiers held down,
 * the key pressed, modifiers released. Playwright reads "A+B" itself; WebDriver BiDi does not;
 * classic WebDriver (WebKit) gets the chord as one action sequence (test/server/webdriver.js).
 */
export async function pressChord(chord: string): Promise<void> {
  const { sendKeys, executeServerCommand } = await import('@web/test-runner-commands');
  const keys = chord.split('+');
  if (engine === 'webkit') {
    await executeServerCommand('webdriver-chord', { keys });
    return;
  }
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of keys.reverse()) await sendKeys({ up: m });
}

/**
 * Sets the page's viewport in every engine: web-test-runner's setViewport for Playwright and
 * puppeteer, the window sized around the page for the WebDriver launcher (WebKit).
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const commands = await import('@web/test-runner-commands');
  if (engine === 'webkit') await commands.executeServerCommand('set-window-viewport', size);
  else await commands.setViewport(size);
}

/** Every root whose styles apply in a page: the document and each open shadow root in it. */
export function styleRoots(root: Document | ShadowRoot = document, out: (Document | ShadowRoot)[] = []): (Document | ShadowRoot)[] {
  out.push(root);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) styleRoots(el.shadowRoot, out);
  return out;
}

/** Media a test can lay the page out under, in every engine (`underMedia`). */
export type Media = { media: 'print' } | { reducedMotion: 'reduce' } | { forcedColors: 'active' };

/** Whether a `@media` condition holds under `media`: the feature alone, or `print` (alone, in a list or with a feature). */
function conditionHolds(condition: string, media: Media): boolean {
  const c = condition.trim().toLowerCase();
  if ('media' in media) return /(^|[\s,])print\b/.test(c) && !/\bnot\s+print\b/.test(c);
  if ('reducedMotion' in media) return /^\(\s*prefers-reduced-motion\s*:\s*reduce\s*\)$/.test(c);
  return /^\(\s*forced-colors\s*:\s*active\s*\)$/.test(c);
}

/** The rules inside `@media` blocks that hold under `media`, as text; inside `@layer` blocks too, kept in their layer. */
function rulesUnder(rules: CSSRuleList, media: Media): string {
  let text = '';
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && conditionHolds(rule.conditionText, media)) {
      for (const inner of rule.cssRules) text += `${inner.cssText}\n`;
    } else if (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule) {
      const inner = rulesUnder(rule.cssRules, media);
      // The same layer, so the hoisted rules win and lose as they would in place.
      if (inner) text += `@layer ${rule.name} {\n${inner}}\n`;
    }
  }
  return text;
}

/** A sheet's rules under `media` ('' for a cross-origin sheet: not ours). */
function sheetRulesUnder(sheet: CSSStyleSheet, media: Media): string {
  try {
    return rulesUnder(sheet.cssRules, media);
  } catch {
    return '';
  }
}

/**
 * Runs `check` while the page is laid out under `media` (print, reduced motion, forced colours),
 * in every engine. Chromium's driver emulates the media. The drivers of Firefox (BiDi) and WebKit
 * (classic WebDriver) cannot, so there the rules of every `@media` block for it (also inside
 * `@layer` blocks, kept in their layer), in the document and in every shadow root, are applied as
 * added sheets, after the others: the engine computes the project's rules for that media. What that
 * leaves out there: `@page` and paper page breaks; the engine's own colour forcing (only the
 * project's forced-colours rules apply); `matchMedia` in scripts, which still answers as before.
 */
export async function underMedia<T>(media: Media, check: () => Promise<T> | T): Promise<T> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  const reset = 'media' in media ? { media: 'screen' as const } : 'reducedMotion' in media ? { reducedMotion: 'no-preference' as const } : { forcedColors: 'none' as const };
  const added: [Document | ShadowRoot, CSSStyleSheet][] = [];
  if (driverEmulatesMedia) {
    await emulateMedia(media);
  } else {
    for (const root of styleRoots()) {
      const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
      const text = sheets.map((sheet) => sheetRulesUnder(sheet, media)).join('');
      if (!text) continue;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      added.push([root, sheet]);
    }
  }
  try {
    return await check();
  } finally {
    if (driverEmulatesMedia) await emulateMedia(reset);
    for (const [root, sheet] of added) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/**
 * Runs `check` while the page is laid out for printing, in every engine: the browser's
 * `beforeprint` (elements build their print view), then print media (`underMedia`), then
 * `afterprint`.
 */
export async function whilePrinting<T>(check: () => Promise<T> | T): Promise<T> {
  window.dispatchEvent(new Event('beforeprint'));
  await new Promise((r) => requestAnimationFrame(r));
  try {
    return await underMedia({ media: 'print' }, check);
  } finally {
    window.dispatchEvent(new Event('afterprint'));
  }
}
