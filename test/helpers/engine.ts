/** The engine running the tests: Chromium (Playwright), Firefox ESR (WebDriver BiDi), later WebKit. */
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
 * the key pressed, modifiers released. Playwright reads "A+B" itself; WebDriver BiDi does not.
 */
export async function pressChord(chord: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  const keys = chord.split('+');
  const key = keys.pop()!;
  for (const m of keys) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of keys.reverse()) await sendKeys({ up: m });
}
