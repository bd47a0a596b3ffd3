// The screen-reader checks, on node:test: Orca listens to <article-reader> in Chromium and Firefox
// ESR, driven by real keys; every check polls what Orca said (the speech-dispatcher log) for names,
// roles and states. Run alone with `node --test-reporter=spec test/screen-reader/orca.test.mjs`
// (root, Debian: scripts/ensure-deps.mjs --test installs the stack), or by scripts/run-tests.mjs.
// One suite per browser, one per page, one test per step; the steps of a page share its focus, so
// after a failed step the later ones of that page are skipped (and say why). A failure carries the
// transcript of what Orca said on that page.
//   ARTICLE_READER_SCREEN_READER_BROWSERS=chromium      run one browser only
//   ARTICLE_READER_SCREEN_READER_TRANSCRIPT=file.txt    write the whole transcript there
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startScreenReaderStack, stopScreenReaderStack, speechEntries } from '../../scripts/screen-reader-stack.mjs';
import { BrowserSession, BROWSERS } from './browser-session.mjs';
import { serveRepo } from './static-server.mjs';
import { WORDS, checkReadToTheEnd, checkStatusPace, describeCollisions } from './expectations.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUTTON = /button/i;
const DISABLED = /grayed|dimmed|unavailable|disabled/i;
const SLIDER = /slider/i;
const TOOLBAR = /tool ?bar/i;
const log = (msg) => console.log(`[screen-reader] ${msg}`);

let stack = null;
let server = null;

function transcript(since = 0) {
  return speechEntries(stack)
    .slice(since)
    .map(
      (e) =>
        `    ${new Date(e.t).toISOString().slice(11, 23)} ${/orca/i.test(e.client) ? 'Orca ' : 'page '} «${e.text}»`,
    )
    .join('\n');
}

/**
 * One page in a fresh browser (Orca reliably reads a page that opens with its window), its steps
 * in order. `steps(step, w, s)` declares them; each step gets the page's session.
 */
function page(browser, ui, n, steps) {
  describe(`${ui} interface`, () => {
    const session = new BrowserSession(browser, stack);
    let mark = 0;
    let failed = null;
    before(async () => {
      session.stack = stack;
      mark = speechEntries(stack).length;
      const title = `Reader check ${browser} ${n}`;
      await session.open(
        `${server.origin}/test/screen-reader/page.html?ui=${ui}&n=${encodeURIComponent(`${browser} ${n}`)}`,
        title,
      );
    });
    after(() => session.close());
    const step = (name, fn) =>
      test(name, async (t) => {
        if (failed) return t.skip(`needs the focus that "${failed}" left`);
        try {
          await fn(t);
        } catch (error) {
          failed = name;
          error.message += `\n  what Orca said on this page:\n${transcript(mark)}`;
          throw error;
        }
      });
    steps(step, WORDS[ui], session);
  });
}

function checks(browser, ui) {
  // In a right-to-left interface the arrows are mirrored: "next" is the left arrow.
  const next = ui === 'ar' ? 'Left' : 'Right';
  // Chromium: Orca says the focused button's new name. Firefox fires no name change Orca speaks
  // (measured), so there the listener hears the state from the status region instead.
  return (step, w, s) => {
    const toPause = browser === 'chromium' ? [w.pause] : [w.reading];
    const toPlay = browser === 'chromium' ? [w.play] : [w.paused];
    // The first reader's article is in a language no voice speaks.
    step('no voice for the article: Orca reads the message', async () => {
      await s.waitSaid([w.play, BUTTON], { since: s.key('Tab') });
      await s.waitSaid([w.noVoice], { since: s.key('Return'), what: 'the no-voice message' });
      await s.waitSaid([w.speed, SLIDER, w.rate], { since: s.key('Tab') });
    });
    step('Tab into the (second) reader: the toolbar name, play, a button', async () => {
      const mark = s.key('Tab');
      await s.waitSaid([w.toolbar, TOOLBAR], { since: mark });
      await s.waitSaid([w.play, BUTTON], { since: mark });
    });
    step('arrows: stop and previous greyed, next enabled, then round to play', async () => {
      await s.waitSaid([w.stop, BUTTON, DISABLED], { since: s.key(next) });
      await s.waitSaid([w.previous, BUTTON, DISABLED], { since: s.key(next) });
      await s.waitSaid([w.next, BUTTON], { since: s.key(next), not: [DISABLED] });
      await s.waitSaid([w.play, BUTTON], { since: s.key(next) });
    });
    step('Tab: the speed slider and its value in the UI language', () =>
      s.waitSaid([w.speed, SLIDER, w.rate], { since: s.key('Tab') }),
    );
    step('Shift+Tab: the toolbar name, then play', async () => {
      const mark = s.key('shift+Tab');
      await s.waitSaid([w.toolbar, TOOLBAR], { since: mark });
      await s.waitSaid([w.play, BUTTON], { since: mark });
    });
    step(
      `Enter: reading starts (the browser's speech, not Orca's), Orca says ${browser === 'chromium' ? 'the new name (pause)' : 'reading'}`,
      async () => {
        const mark = s.key('Return');
        await s.waitSaid(toPause, { since: mark });
        // Our sentence reaches the same speech service from the browser's own connection.
        await s.waitOurs(/بدأت المدرسة/, { since: mark });
        // Orca's echo of the key may cut our first utterance; it is said again once Orca is quiet.
        await s.page.waitForFunction(() => window.utteranceLog.some((u) => u.events?.some((e) => e.type === 'start')), {
          timeout: 45_000,
          polling: 200,
        });
      },
    );
    step(`Enter again: paused, Orca says ${browser === 'chromium' ? 'play' : 'paused'}`, async () => {
      const mark = s.key('Return');
      await s.page.waitForFunction(() => document.querySelector('#main').state === 'paused', { timeout: 10_000 });
      await s.waitSaid(toPlay, { since: mark });
    });
    // Orca talks over a sentence being said: a focus change away and back while reading.
    if (ui === 'en')
      step('Orca talking over the reader: no sentence skipped, reading reaches the end', async (t) => {
        // Each key is sent while our sentence is being said, not after Orca's echo of the last:
        // on a busy machine that echo comes 5-9 s late, when this short article may be over.
        const play = s.key('Return');
        await s.waitSpeaking();
        const away = s.key('Tab');
        await s.waitSpeaking();
        const back = s.key('shift+Tab');
        await s.page.waitForFunction(
          () => document.querySelector('#main').state === 'ended' || window.readerErrors.length,
          { timeout: 150_000, polling: 250 },
        );
        await s.waitSaid(toPause, { since: play });
        await s.waitSaid([w.speed, SLIDER], { since: away });
        await s.waitSaid([w.toolbar, TOOLBAR], { since: back });
        const record = await s.record();
        for (const line of describeCollisions(record, speechEntries(stack))) t.diagnostic(line);
        // After speech-dispatcher cuts a Chromium utterance for Orca, Chromium starts no later
        // utterance until the page calls speechSynthesis.cancel(): the speech adapter does that
        // before speaking again after a cut from outside, and the reader says the sentence again
        // from the word it reached. Before that fix the reader stopped here with "synthesis-failed".
        if (record.errors.length)
          throw new Error(`the reader stopped with "${record.errors[0].code}" while Orca talked over it`);
        checkReadToTheEnd(record);
      });
    step('status region: at most one a second, never sentence text', async () => {
      checkStatusPace(await s.record(), s.orcaSaid(s.openMark));
    });
  };
}

describe('Orca and the reader', { concurrency: 1 }, () => {
  before(async () => {
    const t0 = Date.now();
    stack = await startScreenReaderStack({ log });
    server = await serveRepo(ROOT);
    log(`stack up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });
  after(async () => {
    if (stack && process.env.ARTICLE_READER_SCREEN_READER_TRANSCRIPT)
      fs.writeFileSync(process.env.ARTICLE_READER_SCREEN_READER_TRANSCRIPT, transcript(0) + '\n');
    await server?.close().catch(() => {});
    await stopScreenReaderStack(stack);
  });
  const browsers = (process.env.ARTICLE_READER_SCREEN_READER_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
  for (const browser of browsers) {
    describe(browser, () => {
      const executable = BROWSERS[browser]?.executable;
      if (!executable || !fs.existsSync(executable)) {
        test(`${browser} is installed`, { skip: `${executable ?? 'unknown browser'} not found` }, () => {});
        return;
      }
      page(browser, 'en', 1, checks(browser, 'en'));
      page(browser, 'ar', 2, checks(browser, 'ar'));
    });
  }
});
