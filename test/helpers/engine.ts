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
