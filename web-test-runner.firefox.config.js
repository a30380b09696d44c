import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { otherEngineConfig } from './web-test-runner.config.js';

// puppeteer-core 25 sets the screen orientation with every viewport (web-test-runner sets one per
// test file), and Firefox ESR 140.12 (Debian, December 2026) answers "unknown command": every
// file then failed before running. Orientation is not something the suite tests, so a browser
// that cannot emulate it is told nothing; any other error still fails.
const setOrientation = BrowsingContext.prototype.setScreenOrientationOverride;
BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
  try {
    return await setOrientation.apply(this, args);
  } catch (err) {
    if (String(err?.message).includes('unknown command emulation.setScreenOrientationOverride')) return undefined;
    throw err;
  }
};

// The browser test suite in Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi by
// puppeteer-core through web-test-runner's Chrome launcher (which takes any puppeteer). No
// coverage here: coverage is V8's, measured in the Chromium run.
//
// What runs in Firefox: every test file, except what the BiDi driver cannot do. puppeteer-core
// needs CDP to emulate media (print, reduced motion, forced colours, contrast) and to read the
// accessibility tree, and Firefox speaks no CDP. Those tests skip themselves outside Chromium
// (`driverEmulatesMedia`, test/helpers/engine.ts: shown as skipped, not passed), and the file that
// exists only to emulate media is left out here; docs/browser-support.md counts them.
const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) {
  throw new Error(`Firefox ESR is needed for the Firefox run: apt-get install -y firefox-esr (or set FIREFOX_PATH). Not found: ${executablePath}`);
}

export default await otherEngineConfig(
  chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } }),
  '.tmp/wtr-firefox-results.json',
);
