/**
 * Word spans inside a sentence, for word-level highlighting.
 */
import { isArabicMark, isLetterOrDigit } from './chars.js';
import type { Span } from './segment/sentences.js';

interface WordSegment {
  index: number;
  segment: string;
  isWordLike?: boolean;
}
interface WordSegmenter {
  segment(input: string): Iterable<WordSegment>;
}

let cached: WordSegmenter | null | undefined;

/** One shared Intl.Segmenter (construction is costly); null where unsupported. */
function wordSegmenter(): WordSegmenter | null {
  if (cached === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => WordSegmenter }).Segmenter;
    cached = Ctor ? new Ctor(undefined, { granularity: 'word' }) : null;
  }
  return cached;
}

/** A word character for the fallback: letters, digits, Arabic marks and tatweel. */
function isWordChar(c: number): boolean {
  return isLetterOrDigit(c) || isArabicMark(c);
}

function hasWordChar(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) if (isLetterOrDigit(segment.charCodeAt(i))) return true;
  return false;
}

function fallbackWords(text: string, from: number, to: number): Span[] {
  const words: Span[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const inWord = isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) words.push({ start, end: to });
  return words;
}

/**
 * Word spans (UTF-16, end exclusive) within `span` (default: the whole text).
 * Diacritics and tatweel stay inside their word even if the platform
 * segmenter would separate them.
 */
export function wordSpans(text: string, span?: Span, forceFallback = false): Span[] {
  const from = Math.max(0, span?.start ?? 0);
  const to = Math.min(text.length, span?.end ?? text.length);
  if (to <= from) return [];
  const segmenter = forceFallback ? null : wordSegmenter();
  if (!segmenter) return fallbackWords(text, from, to);
  const words: Span[] = [];
  for (const seg of segmenter.segment(text.slice(from, to))) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    const last = words[words.length - 1];
    // Firefox (ICU4X) calls a word that ends in a diacritic not word-like: judge by its characters.
    const wordLike = seg.isWordLike || hasWordChar(seg.segment);
    // Glue a segment of marks/tatweel (or a word right after one) to the previous word.
    if (
      last &&
      last.end === start &&
      (isArabicMark(text.charCodeAt(start)) || isArabicMark(text.charCodeAt(start - 1)))
    ) {
      if (wordLike || isArabicMark(text.charCodeAt(start))) last.end = end;
      continue;
    }
    if (wordLike) words.push({ start, end });
  }
  return words;
}
