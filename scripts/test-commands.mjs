// Server commands for the tests that @web/test-runner-commands lacks (used by
// web-test-runner.config.mjs; tests call them with executeServerCommand).

// `forced-colors` emulation (Windows High Contrast): executeServerCommand('emulate-forced-colors',
// { active: true | false }). Chromium only (DevTools protocol).
export function forcedColorsPlugin() {
  // The emulation lasts only as long as the DevTools session that set it: keep one per page.
  const clients = new WeakMap();
  return {
    name: 'article-reader-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures rejects this feature name; the DevTools protocol takes it.
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

// WebDriver key codes of the keys tests hold down together.
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Tab: '\uE004', Enter: '\uE007' };

// A key chord, e.g. executeServerCommand('press-chord', { keys: ['Shift', 'Tab'] }): keys go down
// in order and up in reverse. sendKeys' down/up does this in puppeteer but not over WebDriver.
export function keyChordPlugin() {
  return {
    name: 'article-reader-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys ?? [];
      if (session.browser.type === 'webdriver') {
        const values = keys.map((key) => WEBDRIVER_KEYS[key] ?? key);
        await session.browser.driverManager.performActions(session.id, [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              ...values.map((value) => ({ type: 'keyDown', value })),
              ...values.reverse().map((value) => ({ type: 'keyUp', value })),
            ],
          },
        ]);
        return true;
      }
      const { keyboard } = session.browser.getPage(session.id);
      for (const key of keys) await keyboard.down(key);
      for (const key of [...keys].reverse()) await keyboard.up(key);
      return true;
    },
  };
}
