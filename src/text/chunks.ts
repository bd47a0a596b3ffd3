/**
 * Cuts one sentence into utterance-sized pieces for speechSynthesis, which
 * misbehaves on long utterances in several browsers.
 */
import { isDigit, isWhitespace } from './chars.js';
import { safeCut } from './scan.js';
import type { Span } from './segment/sentences.js';

/** ، ؛ , : — a pause the listener expects anyway. */
function isClauseMark(c: number): boolean {
  return c === 0x060c || c === 0x061b || c === 0x2c || c === 0x3a;
}

/** A clause mark is a good cut unless it sits inside a number ("3,5", "10:30"). */
function isClauseCut(text: string, k: number, end: number): boolean {
  if (!isClauseMark(text.charCodeAt(k))) return false;
  if (k + 1 >= end) return true;
  const next = text.charCodeAt(k + 1);
  if (isWhitespace(next)) return true;
  return !(isDigit(next) && k > 0 && isDigit(text.charCodeAt(k - 1)));
}

/** Only prefer a clause cut if it leaves a chunk of at least this share of maxLength. */
const MIN_CLAUSE_SHARE = 0.4;

/** Where to cut the text starting at `pos` so the chunk fits in `maxLength`. */
function findCut(text: string, pos: number, end: number, maxLength: number): number {
  const limit = pos + maxLength; // the chunk may end at most here
  let clause = -1;
  let space = -1;
  for (let k = limit; k > pos; k--) {
    // A cut at k means the chunk is [pos, k).
    if (clause < 0 && k - 1 > pos && isClauseCut(text, k - 1, end)) clause = k;
    if (space < 0 && k < end && isWhitespace(text.charCodeAt(k)) && !isWhitespace(text.charCodeAt(k - 1))) space = k;
    if (clause >= 0) break;
  }
  if (clause >= 0 && (clause - pos >= maxLength * MIN_CLAUSE_SHARE || space < 0)) return clause;
  if (space >= 0) return space;
  const hard = safeCut(text, limit, pos);
  return hard > pos ? hard : limit + 1; // maxLength 1 on a surrogate pair: keep the pair whole
}

/**
 * Splits `span` of `text` into chunks of at most `maxLength` UTF-16 units,
 * cutting after ، ؛ , : when that leaves a reasonable chunk, else at a space,
 * else hard (never inside a surrogate pair). Chunks are trimmed and together
 * cover every non-space character of the span, in order.
 */
export function speechChunks(text: string, span: Span, maxLength = 200): Span[] {
  const max = Math.max(1, Math.floor(maxLength));
  let pos = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (pos < end && isWhitespace(text.charCodeAt(pos))) pos++;
  while (end > pos && isWhitespace(text.charCodeAt(end - 1))) end--;
  const chunks: Span[] = [];
  while (pos < end) {
    let cut = end - pos <= max ? end : findCut(text, pos, end, max);
    if (cut > end) cut = end;
    let chunkEnd = cut;
    while (chunkEnd > pos && isWhitespace(text.charCodeAt(chunkEnd - 1))) chunkEnd--;
    chunks.push({ start: pos, end: chunkEnd });
    pos = cut;
    while (pos < end && isWhitespace(text.charCodeAt(pos))) pos++;
  }
  return chunks;
}
