// normalizeForSpeech in the three browser engines: Chromium (puppeteer-core), Firefox (puppeteer
// over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb). One
// page (bench/normalize-page.js) times the normaliser on 1 MB of ordinary news (our sample
// paragraph, and the evaluation corpus when it is there) and on every adversarial family of
// bench/normalize-families.mjs, against String.prototype.normalize('NFKC') on the same text in the
// same page. Prints milliseconds (medians of --runs calls) per engine and the ratios
// Firefox/Chromium and WebKit/Chromium. Goal: WebKit at most 2× Chromium on every row.
// The browsers run side by side and take each timed call in turn (Chromium, Firefox, WebKit, then
// again), so a load that comes and goes on a shared machine weighs on all of them alike.
//   npx tsc -p tsconfig.json && node bench/normalize-engines.bench.mjs
//     [--chars 1000000] [--runs 5] [--engines chromium,firefox,webkit] [--only 'digit']
// NORMALIZE_LIB=/other/lib/text/normalize/index.js times another build (its text/ folder is served).
// An engine whose browser is missing is skipped with a message.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENGINES, engineBinaryMissing } from '../scripts/engines.mjs';
import { loadCorpus } from './metrics.mjs';
import { FAMILIES } from './normalize-families.mjs';
import { openWebKitPage } from './webkit-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const CHARS = Number(option('--chars', 1_000_000));
const RUNS = Number(option('--runs', 5));
const ONLY = option('--only', '');
const WANTED = option('--engines', 'chromium,firefox,webkit').split(',');
/** A hang guard for one step (a browser that stopped answering), not a time budget. */
const STEP_DEADLINE_MS = 5 * 60_000;

const libFile = path.resolve(process.env.NORMALIZE_LIB ?? path.join(ROOT, 'lib/text/normalize/index.js'));
const libText = path.resolve(path.dirname(libFile), '..'); // the text/ folder it imports from
if (!fs.existsSync(libFile)) {
  console.log(`[bench:engines] skipped: ${libFile} not found (npm run build).`);
  process.exit(0);
}

/** About CHARS characters of the corpus's lines, or '' when the corpus is absent. */
function corpusText() {
  const docs = [...(loadCorpus('seed-article.jsonl') ?? []), ...(loadCorpus('dev.jsonl') ?? [])];
  const lines = docs.flatMap((doc) => doc.text.split('\n')).filter((line) => line.trim());
  if (lines.length === 0) return '';
  const out = [];
  for (let length = 0, i = 0; length < CHARS; i++) {
    out.push(lines[i % lines.length]);
    length += lines[i % lines.length].length + 1;
  }
  return out.join('\n');
}
const CORPUS = corpusText();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

// ---- the page's server: the page, the bench modules, the lib under test, the steps -------------
/** Per engine, who takes the page's next POST /next (which carries its last figure). */
const waiting = new Map();
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };
const json = (res, value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));

function serveFile(res, base, relative) {
  const file = path.join(base, path.normalize(`/${relative}`));
  if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><meta charset="utf-8"><script type="module" src="/bench/normalize-page.js"></script>');
  } else if (url.pathname === '/job') {
    json(res, { lib: '/under-test/normalize/index.js', chars: CHARS, corpus: CORPUS !== '' });
  } else if (url.pathname === '/corpus.txt') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(CORPUS);
  } else if (url.pathname === '/next' && req.method === 'POST') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const taker = waiting.get(url.searchParams.get('engine'));
      if (taker) taker({ body: JSON.parse(body), res });
      else json(res, { done: true });
    });
  } else if (url.pathname.startsWith('/under-test/')) {
    serveFile(res, libText, url.pathname.slice('/under-test/'.length));
  } else if (url.pathname.startsWith('/bench/')) {
    serveFile(res, path.join(ROOT, 'bench'), url.pathname.slice('/bench/'.length));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const pageUrl = (engine) => `http://127.0.0.1:${server.address().port}/?engine=${engine}`;

/** The engine's next POST /next, or an error (the page's, or none within STEP_DEADLINE_MS). */
function nextRequest(engine) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(engine);
      reject(new Error(`no answer within ${STEP_DEADLINE_MS / 60_000} min`));
    }, STEP_DEADLINE_MS);
    waiting.set(engine, (request) => {
      clearTimeout(timer);
      waiting.delete(engine);
      if (request.body.error === undefined) return resolve(request);
      json(request.res, { done: true });
      reject(new Error(request.body.error));
    });
  });
}

/** A page in a running browser, driven one step at a time. */
class Driver {
  constructor(engine, request) {
    this.engine = engine;
    this.request = request; // the page's pending POST /next
  }
  /** Runs `step` ({ name, nfkc }) in the page; its milliseconds. */
  async run(step) {
    const answer = nextRequest(this.engine);
    json(this.request.res, step);
    this.request = null;
    this.request = await answer;
    return this.request.body.ms;
  }
  finish() {
    waiting.delete(this.engine);
    if (this.request) json(this.request.res, { done: true });
    this.request = null;
  }
}

// ---- the three engines ---------------------------------------------------------------------------
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

async function openPuppeteer(engine, options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  try {
    const ready = nextRequest(engine);
    const page = await browser.newPage();
    await page.goto(pageUrl(engine));
    return { driver: new Driver(engine, await ready), close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function openWebKit() {
  const ready = nextRequest('webkit');
  const close = await openWebKitPage(pageUrl('webkit'));
  try {
    return { driver: new Driver('webkit', await ready), close };
  } catch (error) {
    await close();
    throw error;
  }
}

// A socket nobody serves: Firefox would otherwise start a system speech-dispatcher of its own.
const NO_SPEECHD = `unix_socket:${path.join(os.tmpdir(), 'article-reader-no-speechd.sock')}`;
const RUNNERS = {
  chromium: {
    missing: () => engineBinaryMissing('chromium'),
    open: () => openPuppeteer('chromium', { executablePath: ENGINES.chromium.binary, args: ENGINES.chromium.args }),
  },
  firefox: {
    missing: () => engineBinaryMissing('firefox'),
    open: () =>
      openPuppeteer('firefox', {
        browser: 'firefox',
        executablePath: ENGINES.firefox.binary,
        env: { ...process.env, SPEECHD_ADDRESS: NO_SPEECHD },
        timeout: 60_000,
      }),
  },
  webkit: {
    missing: () =>
      engineBinaryMissing('webkit') ?? (['WebKitWebDriver', 'Xvfb'].find((command) => !onPath(command)) || null),
    open: openWebKit,
  },
};

// ---- run --------------------------------------------------------------------------------------------
console.log(
  `[bench:engines] normalizeForSpeech (${path.relative(process.cwd(), libFile) || libFile}), ` +
    `${CHARS.toLocaleString('en')} chars per text, medians of ${RUNS} runs` +
    (RUNS < 5 ? ' (fewer than 5: indicative only)' : ''),
);
if (!CORPUS) console.log('  corpus not found: the ordinary news is our own sample paragraph only');
const names = [...(CORPUS ? ['news (corpus)'] : []), ...Object.keys(FAMILIES)].filter((name) => name.includes(ONLY));
const open = [];
/** engine → text → { ms, nfkc } */
const results = {};

async function closeAll() {
  for (const entry of open.splice(0)) {
    entry.driver.finish();
    await entry.close().catch(() => {});
  }
  server.close();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => closeAll().finally(() => process.exit(130)));

try {
  for (const engine of WANTED) {
    const runner = RUNNERS[engine];
    const missing = runner ? runner.missing() : `an engine called ${engine}`;
    if (missing) {
      console.log(`  ${engine}: skipped (${missing} not found)`);
      continue;
    }
    try {
      open.push({ engine, ...(await runner.open()) });
      results[engine] = new Map();
    } catch (error) {
      console.log(`  ${engine}: skipped (could not start: ${error.message.split('\n')[0]})`);
    }
  }
  for (const name of names) {
    const samples = new Map(open.map(({ engine }) => [engine, { ms: [], nfkc: [] }]));
    for (let round = 0; round < RUNS; round++) {
      for (const nfkc of [false, true]) {
        for (const { engine, driver } of open) {
          if (!results[engine]) continue;
          try {
            samples.get(engine)[nfkc ? 'nfkc' : 'ms'].push(await driver.run({ name, nfkc }));
          } catch (error) {
            console.log(`  ${engine}: failed on "${name}" (${error.message.split('\n')[0]}); left out`);
            delete results[engine];
          }
        }
      }
    }
    for (const [engine, s] of samples) {
      if (results[engine]) results[engine].set(name, { ms: median(s.ms), nfkc: median(s.nfkc) });
    }
  }
} finally {
  await closeAll();
}

// ---- print ------------------------------------------------------------------------------------------
const measured = Object.keys(results);
const ratio = (engine, name) => {
  const a = results[engine]?.get(name);
  const c = results.chromium?.get(name);
  return a && c ? a.ms / Math.max(c.ms, 0.1) : null;
};
if (measured.length > 0) {
  const cell = (engine, name) => {
    const r = results[engine].get(name);
    return r ? `${r.ms.toFixed(r.ms < 10 ? 1 : 0)} (${(r.ms / Math.max(r.nfkc, 0.1)).toFixed(0)}×)` : '–';
  };
  const show = (v) => (v === null ? '–' : v.toFixed(2));
  console.log('  milliseconds (× NFKC on the same text in the same page)');
  console.log(
    `  ${'text'.padEnd(30)}${measured.map((e) => e.padStart(15)).join('')}` +
      `${'firefox/chromium'.padStart(18)}${'webkit/chromium'.padStart(17)}`,
  );
  let worst = null;
  for (const name of names) {
    const w = ratio('webkit', name);
    if (w !== null && (worst === null || w > worst.ratio)) worst = { ratio: w, name };
    console.log(
      `  ${name.padEnd(30)}${measured.map((e) => cell(e, name).padStart(15)).join('')}` +
        `${show(ratio('firefox', name)).padStart(18)}${show(w).padStart(17)}`,
    );
  }
  const first = names[0];
  const nfkc = measured.map((e) => `${e} ${results[e].get(first)?.nfkc.toFixed(1) ?? '–'} ms`).join(', ');
  console.log(`  NFKC alone on "${first}": ${nfkc}`);
  if (worst)
    console.log(`  worst webkit/chromium: ${worst.ratio.toFixed(2)} (${worst.name}); goal: at most 2 on every row`);
}
