import { webdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort, otherEngineConfig } from './web-test-runner.config.js';
import { keyCode } from './test/server/webdriver.js';

// The browser test suite in WebKit, Safari's engine, as Debian ships it: WebKitGTK's MiniBrowser
// driven by WebKitWebDriver (package webkit2gtk-driver) through WebdriverIO (@web/test-runner-
// webdriver), classic WebDriver. MiniBrowser needs a display: run under `xvfb-run -a` (npm test
// does). No coverage here: coverage is V8's, measured in the Chromium run.
//
// What runs in WebKit: every test file, except what a classic WebDriver cannot do (emulate media,
// read the accessibility tree: those tests skip themselves outside Chromium, `driverEmulatesMedia`
// in test/helpers/engine.ts) and the file that exists only to emulate media;
// docs/browser-support.md gives the matrix.
const driver = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const browser = process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
for (const [what, path, env] of [
  ['WebKitWebDriver', driver, 'WEBKIT_WEBDRIVER_PATH'],
  ['MiniBrowser', browser, 'WEBKIT_PATH'],
]) {
  if (!existsSync(path)) {
    throw new Error(`WebKit is needed for the WebKit run: apt-get install -y webkit2gtk-driver xvfb (or set ${env}). ${what} not found: ${path}`);
  }
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  throw new Error('WebKit (MiniBrowser) needs a display: run the WebKit tests under `xvfb-run -a` (apt-get install -y xvfb).');
}

const port = await freePort();

// WebKitWebDriver lives as long as this run; it starts a MiniBrowser per session.
const webdriver = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
const stopDriver = () => webdriver.kill();
process.on('exit', stopDriver);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopDriver(), process.exit(1)));
await new Promise((resolve, reject) => {
  const deadline = Date.now() + 15000;
  const poll = async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return resolve();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) return reject(new Error(`WebKitWebDriver did not answer on port ${port} within 15 s`));
    setTimeout(poll, 200);
  };
  void poll();
});

const launcher = webdriverLauncher({
  hostname: '127.0.0.1',
  port,
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    // Classic WebDriver: WebKitWebDriver speaks no BiDi, which WebdriverIO 9 asks for by default.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
  },
});
// WebdriverIO's `keys` holds every key of a typed string down, then releases them all; WebKit
// drops a key pressed again while still down ("mỗi ngày a b" arrives as "mỗi ngàyab"). So each
// key is pressed and released in turn, in one action sequence, as a person types.
launcher.sendKeys = async (sessionId, keys) => {
  const actions = keys.map(keyCode).flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  await launcher.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
};

export default await otherEngineConfig(launcher, '.tmp/wtr-webkit-results.json', { browserStartTimeout: 60000, testsStartTimeout: 60000 });
