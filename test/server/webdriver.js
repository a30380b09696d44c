// Commands for the WebDriver launcher (WebKit) that @web/test-runner-commands does not offer
// there: its setViewport throws, and its sendKeys knows only "press" and "type" (no held
// modifiers). Tests reach them through test/helpers/engine.ts (setViewport, pressChord).
//
//   set-window-viewport { width, height }  sizes the window so the page's viewport is that size
//                                          (the browser's frame around the page measured once)
//   webdriver-chord { keys: ['Alt', 'ArrowDown'] }  holds the modifiers, presses the last key

/** WebDriver key codes (W3C WebDriver, "keyboard actions") of the named keys tests use. */
const KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Escape: '\uE00C',
  Enter: '\uE007',
  Tab: '\uE004',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Space: '\uE00D',
};

/** The WebDriver code of a key: a named key's code, or the character itself. */
export function keyCode(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`webdriver-chord: no WebDriver code for the key "${name}"`);
}

function driverOf(session, command) {
  const driver = session.browser.driver;
  if (session.browser.type !== 'webdriver' || !driver) throw new Error(`${command} needs the WebDriver launcher`);
  return driver;
}

export function webdriverPlugin() {
  return {
    name: 'webdriver-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-window-viewport') {
        const driver = driverOf(session, command);
        const { width, height } = payload;
        await driver.setWindowSize(width, height);
        const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (innerWidth !== width || innerHeight !== height) {
          await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
        }
        return true;
      }
      if (command === 'webdriver-chord') {
        const driver = driverOf(session, command);
        const codes = payload.keys.map(keyCode);
        const key = codes.pop();
        const actions = [
          ...codes.map((value) => ({ type: 'keyDown', value })),
          { type: 'keyDown', value: key },
          { type: 'keyUp', value: key },
          ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        await driver.releaseActions();
        return true;
      }
      return undefined;
    },
  };
}
