// The browser engines `npm test` runs in, shared by web-test-runner.config.mjs and
// scripts/run-tests.mjs (plain Node). Facts behind each choice: docs/browsers.md.
//
//   chromium  Debian's chromium through @web/test-runner-chrome (puppeteer-core, CDP).
//   firefox   Debian's firefox-esr through @web/test-runner-puppeteer over WebDriver BiDi (no
//             geckodriver). Puppeteer never downloads a browser (.puppeteerrc.cjs, allowScripts).
//   webkit    WebKitGTK's MiniBrowser through @web/test-runner-webdriver and WebKitWebDriver,
//             under Xvfb (no headless mode); scripts/webkit-driver.mjs starts and stops both.
import fs from 'node:fs';

export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const ENGINES = {
  chromium: {
    binary: process.env.CHROME_PATH || '/usr/bin/chromium',
    // Flags for a headless run on a shared CI machine (the tests and the browser benches).
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    groups: ['unit', 'tts-engine', 'real-speech'],
    excluded: {},
  },
  firefox: {
    binary: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    groups: ['unit', 'real-speech'],
    // Tests this engine cannot run, by file, each with its reason. The runner prints this list.
    excluded: {
      unit: {
        // Forced colours and reduced motion are emulated with Emulation.setEmulatedMedia, a
        // Chrome DevTools command with no WebDriver BiDi equivalent (puppeteer says so).
        'test/element/media-emulation.test.ts': 'forced-colors and reduced-motion emulation are CDP-only',
      },
    },
  },
  webkit: {
    binary: MINIBROWSER,
    groups: ['unit', 'webkit-speech'],
    excluded: {
      unit: {
        'test/element/media-emulation.test.ts': 'forced-colors and reduced-motion emulation are CDP-only',
        // @web/test-runner-commands' setViewport supports puppeteer and playwright only.
        'test/element/viewport.test.ts': 'setViewport is not available over WebDriver',
      },
    },
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** Test-file globs that an engine leaves out of a group (for wtr's `files`). */
export function exclusionGlobs(engine, group) {
  return Object.keys(ENGINES[engine]?.excluded?.[group] ?? {}).map((file) => `!${file}`);
}

/** One line per excluded file, for the runner's output. */
export function exclusionLines(engine, group) {
  return Object.entries(ENGINES[engine]?.excluded?.[group] ?? {}).map(([file, why]) => `${file} (${why})`);
}

export function engineBinaryMissing(engine) {
  const binary = ENGINES[engine].binary;
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return null;
  } catch {
    return binary;
  }
}
