// Document-level cross-validation of the segmenter's heuristics on dev.jsonl, so that a rule
// is kept only if it helps on documents it was not written on.
//   npx tsc -p tsconfig.json && node bench/crossval.mjs [--folds 5] [file.jsonl]
// For each switch in src/text/segment/rule-switches.ts (passed as `segmentSentences(text, { rules })`):
// errors with it on and off, fold by fold.
// Then the cross-validated figure: for each fold, every switch is set by what helps on the
// OTHER folds (ties keep the default), and the held-out fold is scored with that setting.
// Errors = wrong splits + missed ends that have punctuation or a line break (see metrics.mjs).
import { segmentSentences } from '../lib/text/index.js';
import { DEFAULT_RULES } from '../lib/text/segment/rule-switches.js';
import { compare, icuEnds, loadCorpus, oursEnds } from './metrics.mjs';

const args = process.argv.slice(2);
const foldArg = args.indexOf('--folds');
const K = foldArg >= 0 ? Number(args[foldArg + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds') ?? 'dev.jsonl';
const docs = loadCorpus(file);
if (!docs) {
  console.log(`corpus not found (${file}), skipping cross-validation`);
  process.exit(0);
}

/** Stable fold of a document: a hash of its id, so folds do not follow corpus order. */
function foldOf(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % K;
}
const folds = Array.from({ length: K }, () => []);
for (const d of docs) folds[foldOf(d.id)].push(d);

const defaults = { ...DEFAULT_RULES };
const names = Object.keys(defaults);

/** [errors, wrong splits] per fold with the given switches. */
function score(switches, split = (t) => oursEnds((text) => segmentSentences(text, { rules: switches }), t)) {
  const out = folds.map((fold) => {
    let errors = 0;
    let wrong = 0;
    let bare = 0;
    for (const d of fold) {
      const r = compare(d.text, d.boundaries, split(d.text));
      errors += r.wrong.length + r.missedFindable.length;
      wrong += r.wrong.length;
      bare += r.missedBareQuote.length;
    }
    return { errors, wrong, bare };
  });
  return out;
}
const sum = (xs, key) => xs.reduce((n, x) => n + x[key], 0);

const icu = new Intl.Segmenter('ar', { granularity: 'sentence' });
const base = score(defaults);
const icuScore = score(defaults, (t) => icuEnds(icu, t));
console.log(`${file}: ${docs.length} docs in ${K} document folds (${folds.map((f) => f.length).join(', ')})`);
console.log(
  `errors per fold, defaults: ${base.map((f) => f.errors).join(' ')} = ${sum(base, 'errors')} ` +
    `(wrong splits ${sum(base, 'wrong')}); ICU: ${icuScore.map((f) => f.errors).join(' ')} = ${sum(icuScore, 'errors')} ` +
    `(wrong splits ${sum(icuScore, 'wrong')})`,
);

console.log('\nswitch                       errors on / off (all folds)   folds where on helps / hurts');
const flipped = {};
for (const name of names) {
  flipped[name] = score({ [name]: !defaults[name] });
  const on = defaults[name] ? base : flipped[name];
  const off = defaults[name] ? flipped[name] : base;
  const helps = on.filter((f, i) => f.errors < off[i].errors).length;
  const hurts = on.filter((f, i) => f.errors > off[i].errors).length;
  const state = defaults[name] ? 'on ' : 'off';
  console.log(
    `  ${name.padEnd(27)}${state} ${String(sum(on, 'errors')).padStart(5)} / ${String(sum(off, 'errors')).padEnd(14)}` +
      `${helps} / ${hurts}`,
  );
}

// Cross-validated errors: each switch chosen on the other folds, scored on the held-out one.
let cv = 0;
let cvWrong = 0;
let cvBare = 0;
const choices = [];
for (let f = 0; f < K; f++) {
  const chosen = {};
  for (const name of names) {
    const train = (s) => s.reduce((n, x, i) => (i === f ? n : n + x.errors), 0);
    const flipBetter = train(flipped[name]) < train(base);
    chosen[name] = flipBetter ? !defaults[name] : defaults[name];
    if (flipBetter) choices.push(`fold ${f}: ${name} → ${chosen[name] ? 'on' : 'off'}`);
  }
  const held = score(chosen)[f];
  cv += held.errors;
  cvWrong += held.wrong;
  cvBare += held.bare;
}
console.log(
  `\ncross-validated errors (each switch set on the other ${K - 1} folds): ${cv} (wrong splits ${cvWrong}, ` +
    `${cv - cvBare} without misses at a bare closing quote); defaults on all docs: ${sum(base, 'errors')} ` +
    `(${sum(base, 'errors') - sum(base, 'bare')}); ICU: ${sum(icuScore, 'errors')} (${sum(icuScore, 'errors') - sum(icuScore, 'bare')})`,
);
console.log(
  choices.length
    ? `  switches the training folds would flip: ${choices.join('; ')}`
    : '  no switch flips on any training split',
);
