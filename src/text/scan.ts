/**
 * Small bounded look-around helpers for the sentence scanner. Every helper
 * reads at most a fixed number of characters so the whole scan stays linear.
 */
import {
  isCloser,
  isHighSurrogate,
  isLineBreak,
  isLowSurrogate,
  isWhitespace,
  isTerminator,
  LEFT_DOUBLE_QUOTE,
} from './chars.js';

/** Longest word the look-around helpers will read. Longer tokens are never abbreviations or tags. */
const MAX_WORD = 24;

export interface WordRange {
  start: number;
  end: number;
}

/** Index of the first non-space character at or after `pos` on the same line, or -1 at a line break/end of text. */
export function nextOnLine(text: string, pos: number): number {
  const n = text.length;
  for (let i = pos; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return -1;
    if (!isWhitespace(c)) return i;
    if (i - pos > 64) return i; // absurd runs of spaces: treat as text follows
  }
  return -1;
}

/** The whitespace-delimited word starting at `pos` (bounded). */
export function wordAt(text: string, pos: number): WordRange {
  const limit = Math.min(text.length, pos + MAX_WORD + 1);
  let end = pos;
  while (end < limit && !isWhitespace(text.charCodeAt(end))) end++;
  return { start: pos, end };
}

/** Characters that open a token: quotes and brackets before a word. */
function isOpener(c: number): boolean {
  return (
    c === 0x28 ||
    c === 0x5b ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xab ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 0x201e ||
    c === 0x7b
  );
}

/**
 * The token that ends right before `dot` (exclusive), stopping at whitespace
 * or an opening quote/bracket. Returns null when it is longer than MAX_WORD.
 */
export function tokenBefore(text: string, dot: number, floor: number): WordRange | null {
  let start = dot;
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (isWhitespace(c) || isOpener(c)) break;
    if (dot - start >= MAX_WORD) return null;
    start--;
  }
  return { start, end: dot };
}

/** The whitespace-delimited word ending right before `pos` (skipping spaces), or null. */
export function wordBefore(text: string, pos: number, floor: number): WordRange | null {
  let end = pos;
  while (end > floor && isWhitespace(text.charCodeAt(end - 1))) {
    if (isLineBreak(text.charCodeAt(end - 1)) || pos - end > 8) return null;
    end--;
  }
  if (end <= floor) return null;
  return tokenBefore(text, end, floor);
}

/**
 * End of the punctuation cluster that starts with the terminator at `i`:
 * more terminators and closing quotes/brackets in any order (`."`, `".`,
 * `?!”`, `.)`). A `“` right after punctuation is a closing quote typed the
 * other way round. Quotes that touch a following letter open the next
 * sentence, so they are given back.
 */
export function clusterEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && j - i < 16) {
    const c = text.charCodeAt(j);
    if (isTerminator(c) || isCloser(c) || c === LEFT_DOUBLE_QUOTE) j++;
    else break;
  }
  // Give back trailing straight quotes that actually open a following word.
  if (j < n && !isWhitespace(text.charCodeAt(j))) {
    while (j > i + 1) {
      const c = text.charCodeAt(j - 1);
      if (c === 0x22 || c === 0x27 || c === LEFT_DOUBLE_QUOTE) j--;
      else break;
    }
  }
  return j;
}

/**
 * A `“` separated by spaces from the end of a sentence and followed only by a
 * line end is a closing quote typed after a space: «... المفتوح. “». Returns
 * the end including that quote, or `end` unchanged.
 */
export function absorbDetachedCloser(text: string, end: number): number {
  const q = nextOnLine(text, end);
  if (q < 0) return end;
  const c = text.charCodeAt(q);
  if (c !== LEFT_DOUBLE_QUOTE && c !== 0x201d && c !== 0x22) return end;
  if (q - end > 2) return end;
  return nextOnLine(text, q + 1) < 0 ? q + 1 : end;
}

/** Step back from `pos` if it would split a surrogate pair. */
export function safeCut(text: string, pos: number, floor: number): number {
  if (
    pos > floor &&
    pos < text.length &&
    isLowSurrogate(text.charCodeAt(pos)) &&
    isHighSurrogate(text.charCodeAt(pos - 1))
  ) {
    return pos - 1;
  }
  return pos;
}
