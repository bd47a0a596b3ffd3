#!/usr/bin/env node
// The screen-reader group: Orca listens to <article-reader> in Chromium and Firefox ESR, driven by
// real keys; every check polls what Orca said (the speech-dispatcher log) for names, roles and
// states. Run by scripts/run-tests.mjs (or alone: node test/screen-reader/orca.test.mjs); prints
// "screen-reader: N passed, N failed, N skipped" and writes the counts to the JSON file named by
// ARTICLE_READER_TEST_RESULTS. A failure prints the transcript of what Orca said.
//   ARTICLE_READER_SCREEN_READER_BROWSERS=chromium   run one browser only
import fs from 'node:fs';
import path from 'node:path';
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

const counts = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
let stack = null;
let server = null;
let session = null;
const log = (msg) => console.log(`[screen-reader] ${msg}`);

async function cleanUp() {
  await session?.close().catch(() => {});
  await server?.close().catch(() => {});
  await stopScreenReaderStack(stack).catch(() => {});
}

let stopping = false;
for (const [sig, num] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.once(sig, async () => {
    stopping = true; // no retry, no next browser: the run ends here
    log(`${sig}: stopping the browser and the screen-reader stack`);
    await cleanUp();
    process.exit(128 + num);
  });
}

function transcript(since = 0) {
  return speechEntries(stack)
    .slice(since)
    .map(
      (e) =>
        `    ${new Date(e.t).toISOString().slice(11, 23)} ${/orca/i.test(e.client) ? 'Orca ' : 'page '} «${e.text}»`,
    )
    .join('\n');
}

/** One browser, one UI language: the checks in order (each needs the previous one's focus). */
async function checkPage(browser, ui, results) {
  const w = WORDS[ui];
  const s = session;
  // In a right-to-left interface the arrows are mirrored: "next" is the left arrow.
  const next = ui === 'ar' ? 'Left' : 'Right';
  const step = async (name, fn) => {
    const t0 = Date.now();
    await fn();
    results.push(`${browser} ${ui}: ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  // The first reader's article is in a language no voice speaks.
  await step('no voice for the article: Orca reads the message', async () => {
    await s.waitSaid([w.play, BUTTON], { since: s.key('Tab') });
    await s.waitSaid([w.noVoice], { since: s.key('Return'), what: 'the no-voice message' });
    await s.waitSaid([w.speed, SLIDER, w.rate], { since: s.key('Tab') });
  });
  await step('Tab into the (second) reader: the toolbar name, play, a button', async () => {
    const mark = s.key('Tab');
    await s.waitSaid([w.toolbar, TOOLBAR], { since: mark });
    await s.waitSaid([w.play, BUTTON], { since: mark });
  });
  await step('arrows: stop and previous greyed, next enabled, then round to play', async () => {
    await s.waitSaid([w.stop, BUTTON, DISABLED], { since: s.key(next) });
    await s.waitSaid([w.previous, BUTTON, DISABLED], { since: s.key(next) });
    await s.waitSaid([w.next, BUTTON], { since: s.key(next), not: [DISABLED] });
    await s.waitSaid([w.play, BUTTON], { since: s.key(next) });
  });
  await step('Tab: the speed slider and its value in the UI language', () =>
    s.waitSaid([w.speed, SLIDER, w.rate], { since: s.key('Tab') }),
  );
  await step('Shift+Tab: the toolbar name, then play', async () => {
    const mark = s.key('shift+Tab');
    await s.waitSaid([w.toolbar, TOOLBAR], { since: mark });
    await s.waitSaid([w.play, BUTTON], { since: mark });
  });
  // Chromium: Orca says the focused button's new name. Firefox fires no name change Orca speaks
  // (measured), so there the listener hears the state from the status region instead.
  const toPause = browser === 'chromium' ? [w.pause] : [w.reading];
  const toPlay = browser === 'chromium' ? [w.play] : [w.paused];
  await step(
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
  await step(`Enter again: paused, Orca says ${browser === 'chromium' ? 'play' : 'paused'}`, async () => {
    const mark = s.key('Return');
    await s.page.waitForFunction(() => document.querySelector('#main').state === 'paused', { timeout: 10_000 });
    await s.waitSaid(toPlay, { since: mark });
  });
  // Orca talks over a sentence being said: a focus change away and back while reading.
  if (ui === 'en')
    await step('Orca talking over the reader: no sentence skipped, reading reaches the end', async () => {
      await s.waitSaid(toPause, { since: s.key('Return') });
      await s.waitSpeaking();
      await s.waitSaid([w.speed, SLIDER], { since: s.key('Tab') });
      await s.waitSpeaking();
      await s.waitSaid([w.toolbar, TOOLBAR], { since: s.key('shift+Tab') });
      await s.page.waitForFunction(
        () => document.querySelector('#main').state === 'ended' || window.readerErrors.length,
        { timeout: 150_000, polling: 250 },
      );
      const record = await s.record();
      results.notes.push(...describeCollisions(record, speechEntries(stack)).map((l) => `${browser} ${ui}: ${l}`));
      // After speech-dispatcher cuts a Chromium utterance for Orca, Chromium starts no later
      // utterance until the page calls speechSynthesis.cancel(): the speech adapter does that before
      // speaking again after a cut from outside, and the reader says the sentence again from the
      // word it reached. Before that fix the reader stopped here with "synthesis-failed".
      if (record.errors.length)
        throw new Error(`the reader stopped with "${record.errors[0].code}" while Orca talked over it`);
      checkReadToTheEnd(record);
    });
  await step('status region: at most one a second, never sentence text', async () => {
    checkStatusPace(await s.record(), s.orcaSaid(s.openMark));
  });
}

/** Every check for one browser; a failure stops that browser's run (later checks need its focus). */
async function runBrowser(browser) {
  // One line per check that passed; `notes`: the collision measurement.
  const results = Object.assign([], { notes: [] });
  const mark = speechEntries(stack).length;
  const t0 = Date.now();
  const pages = [{ ui: 'en' }, { ui: 'ar' }];
  try {
    // A fresh browser for each page: Orca reliably reads a page that opens with its window.
    for (const [i, { ui }] of pages.entries()) {
      if (stopping) throw new Error('stopped by a signal');
      const n = `${browser} ${i + 1}`;
      session = new BrowserSession(browser, stack);
      await session.open(
        `${server.origin}/test/screen-reader/page.html?ui=${ui}&n=${encodeURIComponent(n)}`,
        `Reader check ${n}`,
      );
      await checkPage(browser, ui, results);
      await session.close();
      session = null;
    }
    return { ok: true, results, seconds: (Date.now() - t0) / 1000 };
  } catch (error) {
    return { ok: false, results, error, seconds: (Date.now() - t0) / 1000, transcript: transcript(mark) };
  } finally {
    await session?.close();
    session = null;
  }
}

try {
  const browsers = (process.env.ARTICLE_READER_SCREEN_READER_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
  const t0 = Date.now();
  stack = await startScreenReaderStack({ log });
  server = await serveRepo(ROOT);
  log(`stack up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const browser of browsers) {
    if (!BROWSERS[browser] || !fs.existsSync(BROWSERS[browser].executable)) {
      counts.skipped++;
      log(`${browser}: SKIPPED (${BROWSERS[browser]?.executable ?? 'unknown browser'} not found)`);
      continue;
    }
    if (stopping) break;
    let run = await runBrowser(browser);
    if (stopping) break;
    if (!run.ok) {
      // Orca and a real desktop have rare hiccups (a browser dying at start, a dropped event):
      // say so loudly, then try once more; a real regression fails both times.
      log(
        `${browser}: FAILED once after ${run.seconds.toFixed(1)} s: ${run.error?.message ?? run.error}\n` +
          `  what Orca said:\n${run.transcript}\n[screen-reader] ${browser}: trying once more`,
      );
      problems.push(`${browser}: failed once, then retried: ${String(run.error?.message ?? run.error).split('\n')[0]}`);
      run = await runBrowser(browser);
    }
    for (const line of run.results.notes) log(`  ..  ${line}`);
    for (const line of run.results) log(`  ok  ${line}`);
    counts.passed += run.results.length;
    if (run.ok) {
      log(`${browser}: ${run.results.length} checks passed in ${run.seconds.toFixed(1)} s`);
    } else {
      counts.failed++;
      problems.push(`${browser}: ${String(run.error?.message ?? run.error).split('\n')[0]}`);
      log(
        `${browser}: FAILED after ${run.seconds.toFixed(1)} s: ${run.error?.stack ?? run.error}\n` +
          `  what Orca said:\n${run.transcript}`,
      );
    }
  }
  if (process.env.ARTICLE_READER_SCREEN_READER_TRANSCRIPT) {
    fs.writeFileSync(process.env.ARTICLE_READER_SCREEN_READER_TRANSCRIPT, transcript(0) + '\n');
  }
} catch (error) {
  counts.failed++;
  problems.push(`screen-reader: ${error.message.split('\n')[0]}`);
  log(`could not run: ${error.stack ?? error}`);
  if (stack) log(`what Orca said:\n${transcript(0)}`);
} finally {
  await cleanUp();
}

if (stopping) {
  counts.failed++;
  problems.push('stopped by a signal');
}
if (process.env.ARTICLE_READER_TEST_RESULTS) {
  fs.writeFileSync(process.env.ARTICLE_READER_TEST_RESULTS, JSON.stringify({ ...counts, problems }));
}
log(`screen-reader: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(stopping ? 130 : counts.failed ? 1 : 0);
