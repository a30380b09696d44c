// One place that finds the Chromium every browser tool here drives (tests, smoke test, benchmarks).
// CHROME_PATH wins; otherwise the Debian package's path. Nothing here downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    }
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium chromium-driver` ' +
        '(or run .ci/run, which does), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * The folder holding the ChromeDriver that matches chromePath() (tachometer finds `chromedriver` on
 * PATH). CHROMEDRIVER_PATH wins; otherwise Debian's chromium-driver. Never an npm-downloaded driver.
 */
export function chromedriverDir() {
  const path = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
  if (!existsSync(path)) {
    throw new Error(
      `No ChromeDriver at ${path}. Install it with \`apt-get install -y chromium-driver\` ` +
        '(or run .ci/run, which does), or set CHROMEDRIVER_PATH to a chromedriver matching your Chromium.',
    );
  }
  if (!path.endsWith('/chromedriver')) {
    throw new Error(`CHROMEDRIVER_PATH must name a file called chromedriver (got ${path}).`);
  }
  return path.slice(0, -'/chromedriver'.length);
}
