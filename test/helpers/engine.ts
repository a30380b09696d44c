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

/** Every root whose styles apply in the page: the document and each open shadow root in it. */
function styleRoots(root: Document | ShadowRoot = document, out: (Document | ShadowRoot)[] = []): (Document | ShadowRoot)[] {
  out.push(root);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) styleRoots(el.shadowRoot, out);
  return out;
}

/** The rules inside a sheet's `@media print` blocks, as text. */
function printRules(sheet: CSSStyleSheet): string {
  let text = '';
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return ''; // a cross-origin sheet: not ours
  }
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && /(^|[\s,])print\b/.test(rule.conditionText) && !/\bnot\s+print\b/.test(rule.conditionText)) {
      for (const inner of rule.cssRules) text += `${inner.cssText}\n`;
    }
  }
  return text;
}

/**
 * Runs `check` while the page is laid out for printing, in every engine: the browser's
 * `beforeprint` (elements build their print view), then print media, then `afterprint`.
 * Chromium's driver emulates print media. The drivers of Firefox (BiDi) and WebKit (classic
 * WebDriver) cannot, so there the rules of every `@media print` block, in the document and in
 * every shadow root, are applied as added sheets: the engine computes the same print rules, but
 * `@page` (margins, page size) and page breaks on paper are not exercised.
 */
export async function whilePrinting<T>(check: () => Promise<T> | T): Promise<T> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  window.dispatchEvent(new Event('beforeprint'));
  await new Promise((r) => requestAnimationFrame(r));
  const added: [Document | ShadowRoot, CSSStyleSheet][] = [];
  if (driverEmulatesMedia) {
    await emulateMedia({ media: 'print' });
  } else {
    for (const root of styleRoots()) {
      const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
      const text = sheets.map(printRules).join('');
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
    if (driverEmulatesMedia) await emulateMedia({ media: 'screen' });
    for (const [root, sheet] of added) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    window.dispatchEvent(new Event('afterprint'));
  }
}
