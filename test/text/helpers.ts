import { segmentSentences, type SegmentOptions } from '../../src/text/index.js';

/** The sentence texts, for readable assertions. */
export function sentences(text: string, options?: SegmentOptions): string[] {
  return segmentSentences(text, options).map((s) => text.slice(s.start, s.end));
}
