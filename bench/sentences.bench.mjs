// Accuracy and speed of segmentSentences against Intl.Segmenter('ar').
// Run with `npm run bench` (compiles src → lib first). `--verbose` also prints
// every error of ours with context (same as bench/eval-errors.mjs).
import { segmentSentences } from '../lib/text/index.js';
import { CORPUS_DIR, CORPUS_FILES, compare, context, icuEnds, loadCorpus, oursEnds, sumUp } from './metrics.mjs';
import { NO_PUNCTUATION_UNIT, SAMPLE_PARAGRAPH, repeatTo } from './sample-text.mjs';

const verbose = process.argv.includes('--verbose');
const icu = new Intl.Segmenter('ar', { granularity: 'sentence' });
const splitters = {
  ours: (text) => oursEnds(segmentSentences, text),
  ICU: (text) => icuEnds(icu, text),
};

const utf8Bytes = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

/** Runs `split` once per text, repeating the whole set for at least `minMillis`; returns MB/s (UTF-8 bytes). */
function timedPass(split, texts, bytes, minMillis) {
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) split(t);
    rounds++;
    elapsed = performance.now() - start;
  } while (elapsed < minMillis);
  return (bytes * rounds) / (elapsed / 1000) / 1e6;
}

/**
 * Throughput of several splitters on the same texts: warm up, then alternate
 * short timed passes (so machine noise hits all of them alike) and keep each
 * splitter's median.
 */
function compareThroughput(splitterMap, texts, { trials = 7, minMillis = 120 } = {}) {
  const bytes = utf8Bytes(texts);
  const samples = {};
  for (const [name, split] of Object.entries(splitterMap)) {
    for (let w = 0; w < 2; w++) for (const t of texts) split(t);
    samples[name] = [];
  }
  for (let k = 0; k < trials; k++) {
    for (const [name, split] of Object.entries(splitterMap))
      samples[name].push(timedPass(split, texts, bytes, minMillis));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
}

const pct = (x) => (100 * x).toFixed(1).padStart(6) + '%';
const num = (x) => String(x).padStart(7);

function printTable(rows) {
  const names = Object.keys(rows);
  console.log('  ' + 'metric'.padEnd(30) + names.map((n) => n.padStart(10)).join(''));
  const line = (label, f) => console.log('  ' + label.padEnd(30) + names.map((n) => f(rows[n]).padStart(10)).join(''));
  line('gold boundaries', (r) => num(r.gold));
  line('predicted', (r) => num(r.pred));
  line('precision', (r) => pct(r.precision));
  line('recall', (r) => pct(r.recall));
  line('F1', (r) => pct(r.f1));
  line('wrong splits', (r) => num(r.wrong));
  line('misses (all)', (r) => num(r.missed));
  line('  of which punctuated/line end', (r) => num(r.missedFindable));
  line('    after a bare closing quote', (r) => num(r.missedBareQuote));
  line('  of which unpunctuated', (r) => num(r.missed - r.missedFindable));
  line('errors (wrong + punct. misses)', (r) => num(r.errors));
  line('  without bare-quote misses', (r) => num(r.errorsAtTerminators));
  line('throughput MB/s', (r) => r.mbps.toFixed(1).padStart(7));
}

let anyCorpus = false;
const totals = { ours: [], ICU: [] };
const speed = { ours: [], ICU: [] };
for (const file of CORPUS_FILES) {
  const docs = loadCorpus(file);
  if (!docs) continue;
  anyCorpus = true;
  const texts = docs.map((d) => d.text);
  const rows = {};
  const mbps = compareThroughput(splitters, texts);
  for (const [name, split] of Object.entries(splitters)) {
    const results = docs.map((d) => compare(d.text, d.boundaries, split(d.text)));
    totals[name].push(...results);
    rows[name] = { ...sumUp(results), mbps: mbps[name] };
    speed[name].push(mbps[name]);
    if (verbose && name === 'ours') {
      docs.forEach((d, k) => {
        for (const e of results[k].wrong) console.log(`  WRONG ${d.id} ${context(d.text, e)}`);
        for (const e of results[k].missedFindable) console.log(`  MISS  ${d.id} ${context(d.text, e)}`);
      });
    }
  }
  console.log(`\n${file}: ${docs.length} docs, ${(utf8Bytes(texts) / 1024).toFixed(0)} KB`);
  printTable(rows);
}

if (!anyCorpus) {
  console.log(`corpus not found (${CORPUS_DIR}; set SENTENCE_CORPUS_DIR), skipping accuracy`);
} else {
  const ours = sumUp(totals.ours);
  const ref = sumUp(totals.ICU);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `\nall files: errors ours=${ours.errors} ICU=${ref.errors} (unpunctuated gold ends, unfindable by both: ${ours.missed - ours.missedFindable})`,
  );
  console.log(
    `wrong splits ours=${ours.wrong} ICU=${ref.wrong}; errors without bare-quote misses ours=${ours.errorsAtTerminators} ICU=${ref.errorsAtTerminators}`,
  );
  console.log(
    `errors: ours/ICU = ${(ours.errors / ref.errors).toFixed(2)}, speed: ours/ICU = ${(mean(speed.ours) / mean(speed.ICU)).toFixed(1)}×`,
  );
}

console.log('\nsynthetic inputs (1 MB each, UTF-8 MB/s; per-char rate = MB/s ÷ ~1.9 bytes/char):');
const MB = 1 << 20;
const synthetic = {
  'no punctuation': repeatTo(NO_PUNCTUATION_UNIT, MB),
  'normal text (own sample)': repeatTo(SAMPLE_PARAGRAPH, MB),
  'unbalanced quotes': repeatTo('قال "نعم أنا هنا', MB),
  'only full stops': repeatTo('.', MB, ''),
};
// V8's Intl.Segmenter iterator slows down superlinearly on long strings with
// many sentences (about 2 s for 256 KB), so ICU gets a 64 KB prefix there.
const ICU_PREFIX = 64 * 1024;
for (const [label, text] of Object.entries(synthetic)) {
  const icuText = label.startsWith('normal') ? text.slice(0, ICU_PREFIX) : text;
  const ours = compareThroughput({ ours: splitters.ours }, [text], { trials: 3, minMillis: 200 }).ours;
  const ref = compareThroughput({ ICU: splitters.ICU }, [icuText], { trials: 1, minMillis: 100 }).ICU;
  const note = icuText === text ? '' : ` (ICU on a ${ICU_PREFIX / 1024} KB prefix)`;
  const n = segmentSentences(text).length;
  const chars = (text.length / 1e6).toFixed(2);
  console.log(
    `  ${label.padEnd(26)} ours ${ours.toFixed(1).padStart(7)} MB/s   ICU ${ref.toFixed(1).padStart(7)} MB/s   ${chars} M chars, ${n} sentences${note}`,
  );
}

// Document-level cross-validation of each heuristic (prints its own table).
console.log('\ncross-validation (bench/crossval.mjs):');
await import('./crossval.mjs');
