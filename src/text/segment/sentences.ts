/**
 * DOM-free Arabic (and mixed-script) sentence segmentation.
 *
 * One forward pass over UTF-16 code units. Only terminators (. ! ? ؟ ۔ …)
 * and line breaks trigger a decision, which looks at a few words around the
 * punctuation (boundary-rules.ts). Nothing is tracked across sentences —
 * in particular no quote nesting — so an unbalanced quote cannot swallow text.
 * A closing quote with no terminator before it never ends a sentence: guessing
 * there splits quoted titles and phrases in the middle of unseen sentences,
 * which cuts the prosody and the highlight (worse than a missed end).
 */
import { DEFAULT_ABBREVIATIONS, withExtraAbbreviations } from './abbreviation-tables.js';
import { DEFAULT_RULES, type RuleSwitches } from './rule-switches.js';
import { sentenceEndAt } from './boundary-rules.js';
import { isLineBreak, isTerminator, isWhitespace } from '../chars.js';
import { clusterEnd } from '../scan.js';

export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
}

export interface SegmentOptions {
  /** Extra abbreviations (e.g. "ج.ب." or "Gen") that never end a sentence. */
  abbreviations?: Iterable<string>;
  /**
   * Turn the segmenter's heuristics off one by one (all are on by default), to measure what
   * each does on a corpus: `{ rules: { initials: false } }`. The reader never sets it.
   */
  rules?: Partial<RuleSwitches>;
}

const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const TERMINATOR = 3;

/** Class of every UTF-16 code unit (64 KB, built once): one array load per character in the hot loop. */
const charClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isLineBreak(c)) charClass[c] = BREAK;
  else if (isWhitespace(c)) charClass[c] = SPACE;
  else if (isTerminator(c)) charClass[c] = TERMINATOR;
}

export function segmentSentences(text: string, options?: SegmentOptions): Span[] {
  const tables = options?.abbreviations ? withExtraAbbreviations(options.abbreviations) : DEFAULT_ABBREVIATIONS;
  const on: RuleSwitches = options?.rules ? { ...DEFAULT_RULES, ...options.rules } : DEFAULT_RULES;
  const spans: Span[] = [];
  const n = text.length;
  let start = -1; // first character of the open sentence, -1 if none
  let lastEnd = 0; // end of the last non-space character of the open sentence
  let i = 0;
  while (i < n) {
    const cls = charClass[text.charCodeAt(i)];
    if (cls === OTHER) {
      // Skip the whole run of words and spaces at once; only punctuation and
      // line breaks need a closer look.
      if (start < 0) start = i;
      i++;
      while (i < n && charClass[text.charCodeAt(i)] <= SPACE) i++;
      lastEnd = i;
      while (charClass[text.charCodeAt(lastEnd - 1)] === SPACE) lastEnd--;
      continue;
    }
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === BREAK) {
      if (start >= 0) spans.push({ start, end: lastEnd });
      start = -1;
      i++;
      continue;
    }
    // A terminator: read the whole punctuation cluster, then decide once.
    if (start < 0) start = i;
    const end = clusterEnd(text, i);
    const sentenceEnd = sentenceEndAt(text, start, i, end, tables, on);
    if (sentenceEnd >= 0) {
      spans.push({ start, end: sentenceEnd });
      start = -1;
      i = sentenceEnd;
    } else {
      lastEnd = i = end;
    }
  }
  if (start >= 0) spans.push({ start, end: lastEnd });
  return spans;
}
