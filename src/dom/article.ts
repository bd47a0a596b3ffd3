import { segmentSentences, type Span } from '../text/index.js';
import { TextMap, type LanguageRun } from './text-map.js';

export type { LanguageRun };

/** An article indexed for reading: its flat text, its sentences, and ranges back into the DOM. */
export interface ReadableArticle {
  readonly text: string;
  readonly sentences: readonly Span[];
  rangeFor(start: number, end: number): Range | null;
  /** The sentence holding a DOM position (a caret or a selection end), or -1. */
  sentenceAt(node: Node, offset: number): number;
  /** Where text marked with its own `lang` (e.g. `<span lang="en">`) begins and ends. */
  languageRuns(start: number, end: number): LanguageRun[];
}

/** The text a listener would hear for a span: white space folded and trimmed. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** Index `root`: walk its readable text once and find sentences block by block. */
export function indexArticle(root: Node): ReadableArticle {
  const map = TextMap.build(root);
  const sentences: Span[] = [];
  // Segmenting each block on its own guarantees no sentence spans two blocks.
  for (const block of map.blocks) {
    const blockText = map.text.slice(block.start, block.end);
    for (const span of segmentSentences(blockText)) {
      sentences.push({ start: block.start + span.start, end: block.start + span.end });
    }
  }
  return {
    text: map.text,
    sentences,
    rangeFor: (start, end) => map.rangeFor(start, end),
    languageRuns: (start, end) => map.languageRuns(start, end),
    sentenceAt(node, offset) {
      const at = map.offsetOf(node, offset);
      if (at < 0) return -1;
      // The sentence that holds the offset, or the next one when it falls between sentences.
      const index = sentences.findIndex((span) => at < span.end);
      return index;
    },
  };
}
