// The reader in a real page (headless Debian Chromium): how long a long article takes to be
// ready, against Intl.Segmenter alone on the same text in the same page; the longest main-thread
// task; re-indexing after an edit; a sentence change; memory after 1,000 sentence changes.
// The article is built from the evaluation corpus (SENTENCE_CORPUS_DIR) when it is there, from our
// own sample text otherwise.
// Run with `npm run bench` (after `npm run build`); `--runs N` (default 5) medians, `--chars N`
// (default 329,000) for another article size.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../scripts/engines.mjs';
import { CORPUS_DIR, loadCorpus } from './metrics.mjs';
import { SAMPLE_PARAGRAPH } from './sample-text.mjs';

const CHROME = ENGINES.chromium.binary;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const TARGET_CHARS = flag('--chars', 329_000);
const RUNS = flag('--runs', 5);

if (!fs.existsSync(CHROME) || !fs.existsSync(path.join(ROOT, 'dist', 'article-reader.js'))) {
  console.log(`[bench:browser] skipped: needs ${CHROME} and a build (npm run build).`);
  process.exit(0);
}

/** Paragraphs of about TARGET_CHARS characters: the corpus's lines, or our sample paragraph. */
function paragraphs() {
  const docs = [...(loadCorpus('seed-article.jsonl') ?? []), ...(loadCorpus('dev.jsonl') ?? [])];
  const lines = docs.flatMap((doc) => doc.text.split('\n')).filter((line) => line.trim());
  const source = lines.length > 0 ? lines : [SAMPLE_PARAGRAPH];
  const out = [];
  for (let length = 0, i = 0; length < TARGET_CHARS; i++) {
    const line = source[i % source.length];
    out.push(line);
    length += line.length + 1;
  }
  return { out, from: lines.length > 0 ? `the corpus in ${CORPUS_DIR}` : 'our sample paragraph' };
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      '<!doctype html><html lang="ar"><meta charset="utf-8"><body></body><script type="module" src="/bench/browser-page.js"></script></html>',
    );
    return;
  }
  const file = path.join(ROOT, path.normalize(url.pathname));
  if (!file.startsWith(ROOT) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...ENGINES.chromium.args, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  const { out, from } = paragraphs();
  const results = [];
  for (let round = 0; round < RUNS; round++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.measure === 'function');
    results.push(await page.evaluate((p, r) => window.measure(p, r), out, round));
    await page.close();
  }
  const median = (key) => {
    const values = results.map((r) => r[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  const first = results[0];
  const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  console.log(
    `[bench:browser] article from ${from}: ${first.chars} characters, ${first.paragraphs} paragraphs, ` +
      `${first.sentenceCount} sentences (ICU: ${first.icuSentences}); medians of ${RUNS} runs`,
  );
  console.log(`  ready (append → reader-ready)     ${ms(median('readyMs'))}`);
  console.log(
    `  Intl.Segmenter('ar') alone        ${ms(median('icuMs'))} (first use in the page; warm: ${ms(median('icuWarmMs'))})`,
  );
  console.log(`  ratio ready / ICU                 ${(median('readyMs') / median('icuMs')).toFixed(2)}  (goal ≤ 0.5)`);
  console.log(
    `  longest main-thread task          ${median('longestTaskMs') ? ms(median('longestTaskMs')) : 'none over 50 ms'}  (goal: none over 50 ms)`,
  );
  console.log(`  re-index after appending a paragraph ${ms(median('appendMs'))}  (goal < 5 ms)`);
  console.log(`  re-index after editing a paragraph   ${ms(median('editMs'))}  (goal < 5 ms)`);
  console.log(`  one sentence change               ${ms(median('changeMs'))}  (goal < 1 ms)`);
  const heap = median('heapDeltaKiB');
  console.log(
    `  heap after 1,000 more changes     ${heap >= 0 ? '+' : ''}${heap.toFixed(0)} KiB (after gc; goal: flat)`,
  );
} finally {
  await browser.close();
  server.close();
}
