// Voices and the first word (headless Debian Chromium): the longest main-thread task while the
// reader is inserted and while play is pressed, and the time from the click on play to the
// reader's first speechSynthesis.speak(), against a bare speak() of the same sentence in a click
// handler of the same page; for every layout (reader before, after, or in a fixed bar beside the
// article) x voice count x article size.
// The voice lists are synthetic (bench/voice-list.mjs): speechSynthesis.getVoices() is replaced in
// the page by 10 or 13,000 voices shaped like speech-dispatcher's (the count is what costs, and
// this machine's speech-dispatcher exposes far fewer), and speak() only notes when it was called.
// When speech-dispatcher can be started (scripts/speech-services.mjs), a last run uses the real
// voices and real speech, and also times click -> the utterance's `start` event.
// Run with `npm run bench` (after `npm run build`); `--runs N` (default 5) medians.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../scripts/engines.mjs';
import { startSpeechServices, stopSpeechServices } from '../scripts/speech-services.mjs';
import { SAMPLE_PARAGRAPH } from './sample-text.mjs';
import { syntheticVoices } from './voice-list.mjs';

const CHROME = ENGINES.chromium.binary;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 5;
const LAYOUTS = ['before', 'after', 'beside'];
const COUNTS = [10, 13_000];
const SIZES = [2_000, 1_000_000];
const GOAL_TASK_MS = 50;

if (!fs.existsSync(CHROME) || !fs.existsSync(path.join(ROOT, 'dist', 'article-reader.js'))) {
  console.log(`[bench:voices] skipped: needs ${CHROME} and a build (npm run build).`);
  process.exit(0);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><html lang="ar"><meta charset="utf-8"><body></body><script type="module" src="/bench/voices-page.js"></script></html>',
    );
    return;
  }
  const file = path.join(ROOT, path.normalize(url.pathname));
  if (!file.startsWith(ROOT) || !fs.existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/javascript' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const PAGE = `http://127.0.0.1:${server.address().port}/`;

/**
 * Before any script of the page: long tasks and clicks noted; speak() noted (and passed on only
 * with real speech); with `voices`, getVoices() gives them (objects with getters, as the
 * platform's are) and an utterance accepts them as its voice.
 */
function installHooks(voices) {
  const bench = (window.bench = { longTasks: [], clicks: [], speaks: [] });
  new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  synth.speak = (utterance) => {
    const record = { at: performance.now(), start: null, text: utterance.text, voice: utterance.voice };
    bench.speaks.push(record);
    utterance.addEventListener('start', () => (record.start = performance.now()));
    if (!voices) speak(utterance);
  };
  if (!voices) return;
  class BenchVoice {
    #v;
    constructor(v) {
      this.#v = v;
    }
    get name() {
      return this.#v.name;
    }
    get lang() {
      return this.#v.lang;
    }
    get voiceURI() {
      return this.#v.voiceURI;
    }
    get localService() {
      return this.#v.localService;
    }
    get default() {
      return this.#v.default;
    }
  }
  // A real voice to the reader (instanceof SpeechSynthesisVoice), its own getters in front.
  Object.setPrototypeOf(BenchVoice.prototype, SpeechSynthesisVoice.prototype);
  const list = voices.map((v) => new BenchVoice(v));
  synth.getVoices = () => list.slice();
  const chosen = new WeakMap();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return chosen.get(this) ?? null;
    },
    set(voice) {
      chosen.set(this, voice);
    },
  });
}

/** One page: insert the reader, click play, then click the bare button. */
async function round(browser, { layout, chars, voices, real }) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.evaluateOnNewDocument(installHooks, voices);
    await page.goto(PAGE);
    // Real voices: Chromium lists speech-dispatcher's voices a few seconds after it starts.
    if (real) await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, { timeout: 30_000 });
    await page.waitForFunction(() => typeof window.insertReader === 'function');
    const inserted = await page.evaluate((...a) => window.insertReader(...a), layout, SAMPLE_PARAGRAPH, chars);
    await (await page.waitForSelector('article-reader >>> [part="play"]')).click();
    const ours = await page.evaluate((r) => window.afterClick(r), real);
    await page.evaluate((text, voice) => window.addBare(text, voice), ours.text, ours.voice);
    await (await page.waitForSelector('#bare')).click();
    const bare = await page.evaluate((r) => window.afterClick(r), real);
    return { ...inserted, ours, bare };
  } finally {
    await page.close();
  }
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const task = (v) => (v > 0 ? ms(v) : 'none') + (v > GOAL_TASK_MS ? ' !' : '');
const size = (chars) => (chars >= 1e6 ? `${chars / 1e6}M` : `${chars / 1e3}k`);

async function measure(browser, label, cases) {
  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await round(browser, c));
    const speak = median(runs.map((r) => r.ours.speakMs));
    const bareSpeak = median(runs.map((r) => r.bare.speakMs));
    let line =
      `  ${label.padEnd(6)} ${c.layout.padEnd(6)} ${size(c.chars).padStart(4)} chars ${String(runs[0].options).padStart(2)} options | ` +
      `longest task: insert ${task(median(runs.map((r) => r.insertMs))).padEnd(9)} play ${task(median(runs.map((r) => r.ours.playMs))).padEnd(9)} | ` +
      `click→speak() ${ms(speak)} (bare ${ms(bareSpeak)}, ×${(speak / bareSpeak).toFixed(1)})`;
    if (c.real) {
      const start = median(runs.map((r) => r.ours.startMs));
      const bareStart = median(runs.map((r) => r.bare.startMs));
      line += ` | click→start ${ms(start)} (bare ${ms(bareStart)}, ×${(start / bareStart).toFixed(2)})`;
    }
    console.log(line);
  }
}

const launch = (extra = [], env = process.env) =>
  puppeteer.launch({ executablePath: CHROME, headless: true, args: [...ENGINES.chromium.args, ...extra], env });

console.log(
  `[bench:voices] medians of ${RUNS} runs; goals: click→speak() ≤ 5 ms, click→start ≤ 1.1× bare, no task over ${GOAL_TASK_MS} ms (! marks one)`,
);
try {
  const browser = await launch();
  try {
    const cases = [];
    for (const count of COUNTS) {
      const voices = syntheticVoices(count);
      for (const chars of SIZES) for (const layout of LAYOUTS) cases.push({ layout, chars, voices, real: false });
    }
    for (const count of COUNTS) {
      await measure(
        browser,
        String(count),
        cases.filter((c) => c.voices.length === count),
      );
    }
  } finally {
    await browser.close();
  }
  let services;
  try {
    services = await startSpeechServices(undefined, { log: () => {}, handleSignals: true });
  } catch (error) {
    console.log(`  real voices: skipped (speech-dispatcher could not start: ${String(error.message).split('\n')[0]})`);
  }
  if (services) {
    const browser = await launch(['--enable-speech-dispatcher'], { ...process.env, ...services.env });
    try {
      const cases = LAYOUTS.map((layout) => ({ layout, chars: SIZES[0], voices: null, real: true }));
      await measure(browser, 'real', cases);
    } finally {
      await browser.close();
      await stopSpeechServices(services);
    }
  }
} finally {
  server.close();
}
