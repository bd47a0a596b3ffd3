import type { Span } from '../../src/text/index.js';

const WHITESPACE = /\s/;

/**
 * Checks the span contract shared by sentences and chunks: in range, ordered,
 * non-overlapping, trimmed, and covering every non-space character of
 * [from, to) exactly once. Returns a description of the first violation.
 */
export function spanViolation(text: string, spans: Span[], from = 0, to = text.length): string | null {
  let previousEnd = from;
  let covered = from; // every non-space char before this index has been accounted for
  for (const [k, s] of spans.entries()) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `span ${k} has non-integer offsets`;
    if (s.start < from || s.end > to) return `span ${k} out of range`;
    if (s.start >= s.end) return `span ${k} is empty`;
    if (s.start < previousEnd) return `span ${k} overlaps or is out of order`;
    if (WHITESPACE.test(text[s.start]) || WHITESPACE.test(text[s.end - 1])) return `span ${k} is not trimmed`;
    for (let i = covered; i < s.start; i++) if (!WHITESPACE.test(text[i])) return `char ${i} is not covered`;
    previousEnd = covered = s.end;
  }
  for (let i = covered; i < to; i++) if (!WHITESPACE.test(text[i])) return `char ${i} is not covered`;
  return null;
}
