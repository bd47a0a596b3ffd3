// Voices and the first word (headless Debian Chromium): the longest main-thread task while the
// reader is inserted and while play is pressed, and the time from the click on play to the
// reader's first speechSynthesis.speak(), against a bare speak() of the same sentence in a click
// handler of the same page; for every layout (reader before, after, or in a fixed bar beside the
// article) x voice count x article size.
// The voice lists are synthetic (bench/voice-list.mjs): speechSynthesis.getVoices() is replaced in
// the page by 10 or 13,000 voices shaped like speech-dispatcher's (the count is what costs, and
// this machine's speech-dispatcher exposes far fewer), and speak() only notes when it was called.
// When speech-dispatcher can be started (scripts/speech-services.mjs), a last run uses the real
// voices and real speech, and also times click -> the utterance's `start` event; its ratio is the
// median of each round's own (ours / bare in the same page), and every other round clicks the bare
// button first, so that the first speech of a page (slower while the service loads the voice)
// does not always fall to ours.
// Run with `npm run bench` (after `npm run build`); `--runs N` (default 5) medians. `--base DIR`
// (a checkout of another commit, built, with these three bench files copied into its bench/)
// measures it in the same run, its rounds alternating with ours, and prints each figure as
// ours / base: on a shared machine only figures taken side by side compare. `--real` runs only the
// real-voice cases.
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
const baseAt = process.argv.indexOf('--base');
const BASE = baseAt > 0 ? path.resolve(process.argv[baseAt + 1]) : null;
const ONLY_REAL = process.argv.includes('--real');
const LAYOUTS = ['before', 'after', 'beside'];
const COUNTS = [10, 13_000];
const SIZES = [2_000, 1_000_000];
const GOAL_TASK_MS = 50;

if (!fs.existsSync(CHROME) || !fs.existsSync(path.join(ROOT, 'dist', 'article-reader.js'))) {
  console.log(`[bench:voices] skipped: needs ${CHROME} and a build (npm run build).`);
  process.exit(0);
}
if (BASE && !fs.existsSync(path.join(BASE, 'dist', 'article-reader.js'))) {
  console.error(`[bench:voices] --base ${BASE}: no dist/article-reader.js there (build it first).`);
  process.exit(1);
}
if (BASE && !fs.existsSync(path.join(BASE, 'bench', 'voices-page.js'))) {
  console.error(`[bench:voices] --base ${BASE}: copy bench/voices-page.js into its bench/ first.`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // /base/... is the --base checkout, the rest ours.
  const inBase = BASE !== null && url.pathname.startsWith('/base/');
  const root = inBase ? BASE : ROOT;
  const rest = inBase ? url.pathname.slice('/base'.length) : url.pathname;
  if (rest === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><html lang="ar"><meta charset="utf-8"><body></body><script type="module" src="bench/voices-page.js"></script></html>',
    );
    return;
  }
  const file = path.join(root, path.normalize(rest));
  if (!file.startsWith(root) || !fs.existsSync(file)) return void res.writeHead(404).end();
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
    // When the platform said speech began (the event's own time, not when this listener ran:
    // the reader's own start handler, registered first, runs before it).
    utterance.addEventListener('start', (event) => (record.start = event.timeStamp));
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

/**
 * One page: insert the reader, then click play and the bare button. `bareFirst` (the sentence and
 * voice a round before found the reader saying) clicks the bare button first: the first speech of a
 * page may be slower (the speech service loads the voice), and that should not always fall to ours.
 */
async function round(browser, { layout, chars, voices, real }, base = false, bareFirst = null) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.evaluateOnNewDocument(installHooks, voices);
    await page.goto(base ? `${PAGE}base/` : PAGE);
    // Real voices: Chromium lists speech-dispatcher's voices a few seconds after it starts.
    if (real) await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, { timeout: 30_000 });
    await page.waitForFunction(() => typeof window.insertReader === 'function');
    const inserted = await page.evaluate((...a) => window.insertReader(...a), layout, SAMPLE_PARAGRAPH, chars);
    const clickBare = async (text, voice) => {
      await page.evaluate((t, v) => window.addBare(t, v), text, voice);
      await (await page.waitForSelector('#bare')).click();
      return page.evaluate((r) => window.afterClick(r), real);
    };
    const bare = bareFirst ? await clickBare(bareFirst.text, bareFirst.voice) : null;
    await (await page.waitForSelector('article-reader >>> [part="play"]')).click();
    const ours = await page.evaluate((r) => window.afterClick(r), real);
    return { ...inserted, ours, bare: bare ?? (await clickBare(ours.text, ours.voice)) };
  } finally {
    await page.close();
  }
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const task = (v) => (v > 0 ? ms(v) : 'none') + (v > GOAL_TASK_MS ? ' !' : '');
const size = (chars) => (chars >= 1e6 ? `${chars / 1e6}M` : `${chars / 1e3}k`);

/** The medians of one build's rounds. */
function figures(runs, real) {
  const of = (pick) => median(runs.map(pick));
  return {
    insert: of((r) => r.insertMs),
    play: of((r) => r.ours.playMs),
    speak: of((r) => r.ours.speakMs),
    bareSpeak: of((r) => r.bare.speakMs),
    start: real ? of((r) => r.ours.startMs) : null,
    bareStart: real ? of((r) => r.bare.startMs) : null,
    // Each round's own ratio (ours and bare in the same page), then their median.
    startRatio: real ? of((r) => r.ours.startMs / r.bare.startMs) : null,
  };
}

const versus = (ours, base, format) => (base === undefined ? format(ours) : `${format(ours)} / ${format(base)}`);

async function measure(browser, label, cases) {
  for (const c of cases) {
    const runs = [];
    const baseRuns = [];
    // Every other round clicks the bare button first, with what the first round found said.
    for (let i = 0; i < RUNS; i++) {
      const bareFirst = i % 2 === 1 ? runs[0].ours : null;
      runs.push(await round(browser, c, false, bareFirst));
      if (BASE) baseRuns.push(await round(browser, c, true, bareFirst && baseRuns[0].ours));
    }
    const f = figures(runs, c.real);
    const b = BASE ? figures(baseRuns, c.real) : {};
    const ratio = (x) => `×${x.toFixed(x < 10 ? 2 : 1)}`;
    let line =
      `  ${label.padEnd(6)} ${c.layout.padEnd(6)} ${size(c.chars).padStart(4)} chars ${String(runs[0].options).padStart(2)} options | ` +
      `longest task: insert ${versus(f.insert, b.insert, task)}, play ${versus(f.play, b.play, task)} | ` +
      `click→speak() ${versus(f.speak, b.speak, ms)} (bare ${versus(f.bareSpeak, b.bareSpeak, ms)}, ` +
      `${versus(f.speak / f.bareSpeak, b.speak && b.speak / b.bareSpeak, ratio)})`;
    if (c.real) {
      line +=
        ` | click→start ${versus(f.start, b.start, ms)} (bare ${versus(f.bareStart, b.bareStart, ms)}, ` +
        `median of each round's ratio ${versus(f.startRatio, b.startRatio, ratio)})`;
    }
    console.log(line);
  }
}

const launch = (extra = [], env = process.env) =>
  puppeteer.launch({ executablePath: CHROME, headless: true, args: [...ENGINES.chromium.args, ...extra], env });

console.log(
  `[bench:voices] medians of ${RUNS} runs${BASE ? `; each figure ours / base (${BASE})` : ''}; goals: click→speak() ≤ 5 ms, click→start ≤ 1.1× bare, no task over ${GOAL_TASK_MS} ms (! marks one)`,
);
try {
  const browser = await launch();
  try {
    const cases = [];
    if (!ONLY_REAL)
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
