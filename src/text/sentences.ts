/**
 * DOM-free Arabic (and mixed-script) sentence segmentation.
 *
 * One forward pass over UTF-16 code units. Only terminators (. ! ? ؟ ۔ …)
 * and line breaks trigger a decision, which looks at a few words around the
 * punctuation (boundary-rules.ts). Nothing is tracked across sentences —
 * in particular no quote nesting — so an unbalanced quote cannot swallow text.
 */
import { DEFAULT_ABBREVIATIONS, withExtraAbbreviations } from './abbreviations.js';
import { quoteEndAt, sentenceEndAt } from './boundary-rules.js';
import { isLineBreak, isTerminator, isWhitespace } from './chars.js';
import { clusterEnd } from './scan.js';

export interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (exclusive). */
  end: number;
}

export interface SegmentOptions {
  /** Extra abbreviations (e.g. "ج.ب." or "Gen") that never end a sentence. */
  abbreviations?: Iterable<string>;
}

const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const TERMINATOR = 3;
const QUOTE = 4; // " and ”: may close a quotation whose full stop was dropped

/** Class of each code unit below 0x3100 (covers Latin, Arabic and general punctuation). */
const CLASS_TABLE_SIZE = 0x3100;
const charClass = new Uint8Array(CLASS_TABLE_SIZE);
for (let c = 0; c < CLASS_TABLE_SIZE; c++) {
  if (isLineBreak(c)) charClass[c] = BREAK;
  else if (isWhitespace(c)) charClass[c] = SPACE;
  else if (isTerminator(c)) charClass[c] = TERMINATOR;
}
charClass[0x22] = QUOTE;
charClass[0x201d] = QUOTE;

function classOf(c: number): number {
  if (c < CLASS_TABLE_SIZE) return charClass[c];
  return isWhitespace(c) ? SPACE : OTHER;
}

export function segmentSentences(text: string, options?: SegmentOptions): Span[] {
  const tables = options?.abbreviations ? withExtraAbbreviations(options.abbreviations) : DEFAULT_ABBREVIATIONS;
  const spans: Span[] = [];
  const n = text.length;
  let start = -1; // first character of the open sentence, -1 if none
  let lastEnd = 0; // end of the last non-space character of the open sentence
  let i = 0;
  while (i < n) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === OTHER) {
      if (start < 0) start = i;
      lastEnd = ++i;
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
    if (cls === QUOTE) {
      if (start < 0) start = i;
      const seam = quoteEndAt(text, start, i);
      lastEnd = ++i;
      if (seam >= 0) {
        spans.push({ start, end: seam });
        start = -1;
      }
      continue;
    }
    // A terminator: read the whole punctuation cluster, then decide once.
    if (start < 0) start = i;
    const end = clusterEnd(text, i);
    const sentenceEnd = sentenceEndAt(text, start, i, end, tables);
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
