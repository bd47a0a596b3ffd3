// Speed of normalizeForSpeech, per sentence, against a baseline run on the same sentences in
// the same process: String.prototype.normalize('NFKC') (a single built-in pass over the text).
// Build first: `npx tsc -p tsconfig.json` (src → lib). Prints figures, not pass/fail.
// Optional: NORMALIZE_LIB=/some/dir/text/normalize.js to time a build made elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from './metrics.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const libPath = process.env.NORMALIZE_LIB ?? path.join(here, '../lib/text/normalize/index.js');
const { normalizeForSpeech } = await import(path.resolve(libPath));

/** Our own sentences: plain prose, and prose full of things the rules rewrite. */
const OWN_SENTENCES = [
  'ذهب الأطفال إلى الحديقة بعد الظهر، ولعبوا هناك حتى غروب الشمس ثم عادوا إلى البيت متعبين وسعداء.',
  'يرى الباحثون أن القراءة اليومية تحسن التركيز وتوسع المفردات، خاصة عند الأطفال في سنواتهم الأولى.',
  'The committee met on Tuesday and agreed on a short list of proposals for the coming year.',
  'ارتفعت أسعار الخضار 12.5% خلال الفترة 2019–2023 بحسب تقرير صدر في 2023/11/28 عن الوزارة.',
  'يبدأ الاجتماع الساعة 7:30 م في القاعة الكبرى، ويرأسه أ.د. سامي ومعه م. خالد ود. ليلى.',
  'بلغت قيمة الصفقة $5 مليون، أي ما يعادل ١٨٫٧٥ مليون ر.س تقريبا، وفق بيان الشركة 🎉.',
  'بنيت القلعة نحو عام 500 ق.م وجددت سنة 1250م ثم سنة ٦٤٨هـ، والحرارة فيها اليوم -5°C.',
  'للمزيد زوروا https://www.example.com/news?id=42 أو راسلونا على info@example.org #أخبار_اليوم',
  'قال النبي ﷺ: «الكلمة الطيبة صدقة» — وهذه العربيـــة الجميلة ❤️ تجمعنا.',
  '• الصفحات 5-10 من الكتاب & الملحق، إلخ.',
];

const CORPUS = path.join(CORPUS_DIR, 'dev.jsonl');

/** Sentences of the evaluation corpus (split at its gold boundaries), or [] when it is absent. */
function corpusSentences() {
  if (!fs.existsSync(CORPUS)) return [];
  const out = [];
  for (const line of fs.readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, boundaries } = JSON.parse(line);
    let start = 0;
    for (const end of boundaries) {
      const sentence = text.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end;
    }
  }
  return out;
}

const baselines = {
  'normalize(NFKC)': (s) => s.normalize('NFKC'),
};
const candidates = {
  normalizeForSpeech: (s) => normalizeForSpeech(s),
  'normalizeForSpeech+toSource': (s) => {
    const r = normalizeForSpeech(s);
    return r.toSource(r.text.length >> 1);
  },
};

/** Median µs per sentence over `trials` timed passes of at least `minMillis` each. */
function microsPerSentence(fn, sentences, { trials = 7, minMillis = 100 } = {}) {
  for (let w = 0; w < 3; w++) for (const s of sentences) fn(s);
  const samples = [];
  for (let t = 0; t < trials; t++) {
    let rounds = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const s of sentences) fn(s);
      rounds++;
      elapsed = performance.now() - start;
    } while (elapsed < minMillis);
    samples.push((elapsed * 1000) / (rounds * sentences.length));
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

function report(title, sentences) {
  const chars = sentences.reduce((n, s) => n + s.length, 0);
  const changed = sentences.filter((s) => normalizeForSpeech(s).text !== s).length;
  console.log(
    `\n${title}: ${sentences.length} sentences, ${(chars / sentences.length).toFixed(0)} chars on average, ` +
      `${changed} changed by normalizeForSpeech`,
  );
  const base = microsPerSentence(baselines['normalize(NFKC)'], sentences);
  console.log(`  ${'normalize(NFKC)'.padEnd(30)} ${base.toFixed(2).padStart(8)} µs/sentence   (baseline)`);
  for (const [name, fn] of Object.entries(candidates)) {
    const us = microsPerSentence(fn, sentences);
    console.log(`  ${name.padEnd(30)} ${us.toFixed(2).padStart(8)} µs/sentence   ${(us / base).toFixed(1)}× baseline`);
  }
  let worst = { us: 0, s: '' };
  for (const s of sentences) {
    const us = microsPerSentence(candidates.normalizeForSpeech, [s], { trials: 3, minMillis: 2 });
    if (us > worst.us) worst = { us, s };
  }
  console.log(`  slowest sentence: ${worst.us.toFixed(2)} µs (${worst.s.length} chars): ${worst.s.slice(0, 60)}…`);
}

console.log(`normalizeForSpeech bench (${libPath}), Node ${process.version}`);
report('own sentences', OWN_SENTENCES);
const corpus = corpusSentences();
if (corpus.length > 0) report('corpus dev.jsonl', corpus);
else console.log(`\ncorpus: ${path.relative(process.cwd(), CORPUS)} not found, skipped`);

// Long adversarial inputs: linear time (prints its own table).
console.log('');
await import('./normalize-linear.bench.mjs');
