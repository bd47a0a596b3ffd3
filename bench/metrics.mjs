// Boundary metrics shared by the benchmark and the error report.
// Both gold and predicted ends are normalised to "after the last non-space
// character" so trailing-space conventions do not matter.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// The optional evaluation corpus: SENTENCE_CORPUS_DIR, by default a `shared/corpus` folder beside
// the repository (CONTRIBUTING.md, Environment variables). Benchmarks skip what needs it when absent.
export const CORPUS_DIR = process.env.SENTENCE_CORPUS_DIR || join(here, '..', '..', 'shared', 'corpus');
export const CORPUS_FILES = ['seed-article.jsonl', 'dev.jsonl'];

export function loadCorpus(file) {
  const path = join(CORPUS_DIR, file);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

const SPACE = /\s/;
function trimEnd(text, end) {
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  return end;
}

// Punctuation a punctuation-based splitter can see at a sentence end.
const PUNCT = new Set([...'.!?؟۔…"”“»)]’\'']);
/** A gold end a punctuation/line-break method can find: punctuation before it, or a line break / text end after it. */
function isFindable(text, end) {
  if (PUNCT.has(text[end - 1])) return true;
  let k = end;
  while (k < text.length && /[ \t]/.test(text[k])) k++;
  return k >= text.length || /[\n\r\u2028\u2029]/.test(text[k]);
}

const TERMINATORS = new Set([...'.!?؟۔…‼⁇⁈⁉']);
const CLOSERS = new Set([...'"”“»)]’\'']);
/**
 * A findable gold end that only a closing quote marks (`…"محفز"| "إنهم`): no terminator in the
 * closing cluster and no line break after. Our segmenter never splits there on purpose.
 */
function isBareQuoteEnd(text, end) {
  let k = end;
  while (k > 0 && CLOSERS.has(text[k - 1])) k--;
  if (k === end || TERMINATORS.has(text[k - 1])) return false;
  let j = end;
  while (j < text.length && /[ \t]/.test(text[j])) j++;
  return j < text.length && !/[\n\r\u2028\u2029]/.test(text[j]);
}

export function icuEnds(segmenter, text) {
  const ends = [];
  for (const s of segmenter.segment(text)) ends.push(s.index + s.segment.length);
  return ends;
}

export function oursEnds(segmentSentences, text) {
  return segmentSentences(text).map((s) => s.end);
}

/** Compares predicted and gold ends of one document; returns counts and error positions. */
export function compare(text, goldEnds, predEnds) {
  const gold = new Set(goldEnds.map((e) => trimEnd(text, e)).filter((e) => e > 0));
  const pred = new Set(predEnds.map((e) => trimEnd(text, e)).filter((e) => e > 0));
  const wrong = [...pred].filter((e) => !gold.has(e));
  const missed = [...gold].filter((e) => !pred.has(e));
  const missedFindable = missed.filter((e) => isFindable(text, e));
  const missedBareQuote = missedFindable.filter((e) => isBareQuoteEnd(text, e));
  return {
    gold: gold.size,
    pred: pred.size,
    correct: pred.size - wrong.length,
    wrong,
    missed,
    missedFindable,
    missedBareQuote,
  };
}

export function sumUp(results) {
  const t = { gold: 0, pred: 0, correct: 0, wrong: 0, missed: 0, missedFindable: 0, missedBareQuote: 0 };
  for (const r of results) {
    t.gold += r.gold;
    t.pred += r.pred;
    t.correct += r.correct;
    t.wrong += r.wrong.length;
    t.missed += r.missed.length;
    t.missedFindable += r.missedFindable.length;
    t.missedBareQuote += r.missedBareQuote.length;
  }
  t.precision = t.pred ? t.correct / t.pred : 1;
  t.recall = t.gold ? t.correct / t.gold : 1;
  t.f1 = t.precision + t.recall ? (2 * t.precision * t.recall) / (t.precision + t.recall) : 0;
  t.errors = t.wrong + t.missedFindable; // what a punctuation-based method can be blamed for
  // The same without ends marked only by a closing quote (no terminator, no line break).
  t.errorsAtTerminators = t.errors - t.missedBareQuote;
  return t;
}

export function context(text, pos, width = 40) {
  const before = text.slice(Math.max(0, pos - width), pos);
  const after = text.slice(pos, pos + width);
  return JSON.stringify(before + '⟦|⟧' + after);
}
