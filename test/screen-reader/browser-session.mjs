// One browser, not headless, on the screen-reader stack's display, driven the way a listener
// drives it: real X key presses (xdotool), while Orca listens over AT-SPI. puppeteer-core only
// launches the browser and reads the page's own record of its utterances (never sends keys).
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { ownPid, stopOwned } from '../../scripts/processes.mjs';
import { speechEntries } from '../../scripts/screen-reader-stack.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const isOrca = (entry) => /orca/i.test(entry.client);

export const BROWSERS = {
  chromium: { executable: '/usr/bin/chromium', label: 'Chromium' },
  firefox: { executable: '/usr/bin/firefox-esr', label: 'Firefox ESR' },
};

function launchOptions(name, env, url) {
  if (name === 'chromium') {
    return {
      browser: 'chrome',
      executablePath: BROWSERS.chromium.executable,
      headless: false,
      env,
      // --app: a window with the page only, so keys land in the page, not the address bar.
      // --test-type: no "unsupported flag --no-sandbox" bar for Orca to read.
      args: [
        '--no-sandbox',
        '--no-first-run',
        '--test-type',
        '--force-renderer-accessibility',
        '--disable-gpu',
        '--password-store=basic',
        '--enable-speech-dispatcher',
        '--disable-features=Translate',
        '--window-position=0,0',
        '--window-size=1200,900',
        `--app=${url}`,
      ],
      ignoreDefaultArgs: ['--enable-automation'],
    };
  }
  return {
    browser: 'firefox',
    executablePath: BROWSERS.firefox.executable,
    headless: false,
    env,
    args: [url],
    extraPrefsFirefox: { 'accessibility.force_disabled': 0 },
  };
}

export class BrowserSession {
  constructor(name, stack) {
    this.name = name;
    this.stack = stack;
    this.browser = null;
    this.page = null;
    this.window = '';
  }

  /** Orca's lines since `mark` (a count of log entries). */
  orcaSaid(mark = 0) {
    return speechEntries(this.stack).slice(mark).filter(isOrca);
  }

  /** Poll the speech log until the browser (not Orca) asked for text containing `letters`. */
  async waitOurs(pattern, { since = 0, timeoutMs = 45_000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = speechEntries(this.stack)
        .slice(since)
        .find((e) => !isOrca(e) && pattern.test(e.text));
      if (hit) return hit;
      if (Date.now() > deadline)
        throw new Error(`the browser's own speech never reached speech-dispatcher within ${timeoutMs / 1000} s`);
      await sleep(150);
    }
  }

  /** Where the log is now: pass to waitSaid() to look only at what comes after. */
  mark() {
    return speechEntries(this.stack).length;
  }

  /** Poll the speech log until Orca says a line matching every pattern (and none of `not`). */
  async waitSaid(patterns, { since = 0, not = [], timeoutMs = 20_000, what = patterns.join(' + ') } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.orcaSaid(since).find(
        (e) => patterns.every((p) => p.test(e.text)) && !not.some((p) => p.test(e.text)),
      );
      if (hit) return hit;
      if (Date.now() > deadline) {
        throw new Error(
          `Orca did not say ${what} within ${timeoutMs / 1000} s; it said since then:\n` +
            this.orcaSaid(since)
              .map((e) => `    «${e.text}»`)
              .join('\n'),
        );
      }
      await sleep(150);
    }
  }

  async open(url, titleText) {
    const env = { ...this.stack.env };
    const mark = this.mark();
    this.openMark = mark;
    // scripts/processes.mjs stops the browser on a signal or exit, with the stack (puppeteer's
    // own handlers would exit before the stack is stopped).
    this.browser = await puppeteer.launch({
      ...launchOptions(this.name, env, url),
      protocolTimeout: 60_000,
      timeout: 60_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    ownPid(this.browser.process()?.pid);
    this.page = await this.findPage('page.html');
    this.window = await this.findWindow(titleText);
    // Keys sent before Orca has taken in the page move its reading cursor instead.
    await this.waitSaid([new RegExp(titleText)], {
      since: mark,
      timeoutMs: 60_000,
      what: `the page title "${titleText}"`,
    });
    await this.ready();
  }

  async ready() {
    await this.page
      .waitForFunction(
        () => {
          const reader = document.querySelector('#main');
          return Boolean(reader?.shadowRoot?.querySelector('[part=play]') && window.readerErrors);
        },
        { timeout: 30_000, polling: 200 },
      )
      .catch((e) => {
        throw new Error(`${this.name}: the reader never rendered: ${e.message}`);
      });
    this.focusWindow();
  }

  async findPage(fragment) {
    for (let i = 0; i < 150; i++) {
      const page = (await this.browser.pages()).find((p) => p.url().includes(fragment));
      if (page) return page;
      await sleep(200);
    }
    throw new Error(`${this.name}: the test page never appeared`);
  }

  async findWindow(titleText) {
    for (let i = 0; i < 150; i++) {
      const r = this.xdotool(['search', '--onlyvisible', '--name', titleText]);
      const id = r.stdout.trim().split('\n').filter(Boolean).pop();
      if (id) return id;
      await sleep(200);
    }
    throw new Error(`${this.name}: no window titled "${titleText}" on ${this.stack.env.DISPLAY}`);
  }

  /** There is no window manager: give the browser window the keyboard focus ourselves. */
  focusWindow() {
    this.xdotool(['windowfocus', '--sync', this.window]);
    const focused = this.xdotool(['getwindowfocus']).stdout.trim();
    if (focused !== this.window) this.xdotool(['windowactivate', '--sync', this.window]);
  }

  xdotool(args) {
    return spawnSync('xdotool', args, { env: this.stack.env, encoding: 'utf8', timeout: 10_000 });
  }

  /** Press a key (xdotool names: Tab, shift+Tab, Right, Return) and return the log mark before it. */
  key(name) {
    const mark = this.mark();
    this.xdotool(['key', '--clearmodifiers', name]);
    return mark;
  }

  /**
   * Until one of our utterances is being said (started, not yet ended), so Orca can talk over
   * it, or the reader reported an error.
   */
  waitSpeaking(timeoutMs = 30_000) {
    return this.page
      .waitForFunction(
        () => {
          const last = window.utteranceLog.filter((u) => !u.cancel).pop();
          const speaking =
            last && last.events.some((e) => e.type === 'start') && !last.events.some((e) => e.type !== 'start');
          return speaking || window.readerErrors.length > 0;
        },
        { timeout: timeoutMs, polling: 50 },
      )
      .catch((e) => {
        throw new Error(`our speech never started: ${e.message}`);
      });
  }

  /** The page's record: utterances, our own cancels, live-region changes, the reader's state. */
  record() {
    return this.page.evaluate(() => ({
      utterances: window.utteranceLog.filter((u) => !u.cancel),
      cancels: window.utteranceLog.filter((u) => u.cancel).map((u) => u.t),
      announcements: window.announcementLog ?? [],
      errors: window.readerErrors ?? [],
      state: document.querySelector('#main')?.state,
      sentences: [...document.querySelectorAll('#main article p')].map((p) => p.textContent),
    }));
  }

  async close() {
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    await Promise.race([browser.close().catch(() => {}), sleep(5_000)]);
    await stopOwned(browser.process()?.pid); // whatever close() left behind
  }
}
